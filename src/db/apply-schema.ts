/**
 * Applies cypher/schema.cypher (every statement is IF NOT EXISTS, so this runs at every start)
 * and waits until the indexes are online, so the first search does not miss.
 */
import { cypherStatements } from './cypher-files';
import { Database } from './database';

export async function applySchema(db: Database): Promise<void> {
  for (const statement of cypherStatements('schema')) await db.runSchemaStatement(statement);
  await db.runSchemaStatement('CALL db.awaitIndexes(120)');
}
