/**
 * Applies cypher/schema.cypher (every statement is IF NOT EXISTS, so this runs at every start)
 * and waits until the indexes are online, so the first search does not miss.
 */
import { cypher, cypherStatements } from './cypher-files';
import { Database } from './database';

export async function applySchema(db: Database): Promise<void> {
  for (const statement of cypherStatements('schema')) await db.runSchemaStatement(statement);
  await db.runSchemaStatement('CALL db.awaitIndexes(120)');
}

/** The names of the constraints and indexes schema.cypher creates. */
export function schemaNames(): string[] {
  return cypherStatements('schema').flatMap(
    (statement) => /^CREATE (?:CONSTRAINT|(?:FULLTEXT )?INDEX) (\w+)/.exec(statement)?.[1] ?? [],
  );
}

/** Whether every constraint and index of schema.cypher exists and is online (for /readyz, so outside the gate). */
export async function schemaIsApplied(db: Database): Promise<boolean> {
  const names = schemaNames();
  const [row] = await db.healthRead(cypher('schema-online'), { names });
  return Number(row?.online ?? 0) === names.length;
}
