/**
 * Imports curators' spreadsheets (read-spreadsheet.ts) in ONE write transaction, under the
 * importing editor's name: every row is validated by the API's own rules (the GraphQL input
 * classes through validate-input.ts, then the checks of entity-writes.ts and relation-writes.ts,
 * which need the graph), entities before relations, so a relation may cite an entity or source
 * of the same import. A row that is already in the graph as given is left alone, so a second
 * run changes nothing. Any refused row, or a dry run, rolls the whole transaction back: the
 * report then says what would have been created, changed and refused, and nothing is written.
 */
import { DomainError, ErrorCode } from '../api-errors';
import { relationId } from '../domain/relation-id';
import { cypher } from '../db/cypher-files';
import { cypherTemplate, typeAlternation } from '../db/cypher-identifiers';
import { Database, WriteTransaction } from '../db/database';
import { Author } from '../writes/change-log';
import { createEntityIn, EntityFields, newEntityProps, updateEntityIn } from '../writes/entity-writes';
import { addRelationIn, NewRelation, newRelationProps } from '../writes/relation-writes';
import { NewEntityInput } from '../graphql/inputs/entity-inputs';
import { CitationInput, NewRelationInput } from '../graphql/inputs/relation-inputs';
import { validateInput } from '../graphql/validate-input';
import { Problem, Sheet, SheetRow } from './read-spreadsheet';
import { CITATION_COLUMNS } from './spreadsheet-layout';

/** An import writes far more than one API write; the API's time limit would cut it short. */
const IMPORT_TIMEOUT_MS = 300_000;
/**
 * Thrown inside the transaction to roll it back on a dry run or a refusal; never leaves this
 * module. A DomainError, so the database module passes it through unchanged.
 */
class RolledBack extends DomainError {
  constructor() {
    super(ErrorCode.BAD_USER_INPUT, 'rolled back');
  }
}

export interface Outcome {
  action: 'create' | 'change' | 'unchanged';
  kind: 'entity' | 'relation';
  id: string;
  rows: number[];
  fields?: string[];
}

export interface ImportReport {
  outcomes: Outcome[];
  refused: Problem[];
  written: boolean;
}

/** A refusal of the API's rules, its path (`row 4.evidence[1].quote`) turned into a row and column. */
function problemOf(error: DomainError, file: string, rows: number[]): Problem {
  const argument = String(error.details.argument ?? '');
  const match = /^row \d+(?:\.evidence\[(\d+)\])?(?:\.(\w+))?/.exec(argument);
  const citation = match?.[1] === undefined ? 0 : Number(match[1]);
  const column = match?.[2] ?? (argument.endsWith('.evidence') ? 'source' : null);
  const message = error.message.startsWith(`${argument}: `)
    ? error.message.slice(argument.length + 2)
    : error.message;
  return { file, row: rows[citation] ?? rows[0]!, column, message };
}

function isRefusal(error: unknown): error is DomainError {
  const code = error instanceof DomainError ? error.code : null;
  return code === ErrorCode.BAD_USER_INPUT || code === ErrorCode.CONFLICT || code === ErrorCode.NOT_FOUND;
}

function same(stored: unknown, given: unknown): boolean {
  return JSON.stringify(stored ?? null) === JSON.stringify(given);
}

async function importEntity(tx: WriteTransaction, actor: Author, { row, cells }: SheetRow): Promise<Outcome> {
  const argument = `row ${row}`;
  await validateInput(argument, Object.assign(new NewEntityInput(), cells));
  const { id, kind, ...fields } = cells as unknown as {
    id: string;
    kind: NewEntityInput['kind'];
  } & EntityFields;
  const [existing] = await tx.run(cypher('entities-by-ids'), { ids: [id] });
  if (!existing) {
    await createEntityIn(tx, actor, newEntityProps({ id, kind, ...fields }, argument));
    return { action: 'create', kind: 'entity', id, rows: [row] };
  }
  const stored = existing.entity as Record<string, unknown>;
  if (stored.kind !== kind)
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `"${id}" is a ${String(stored.kind)} in the graph, not a ${kind}`,
      { argument: `${argument}.kind` },
    );
  const changed = Object.keys(fields).filter((field) => !same(stored[field], fields[field]));
  if (changed.length === 0) return { action: 'unchanged', kind: 'entity', id, rows: [row] };
  await updateEntityIn(
    tx,
    actor,
    id,
    null,
    Object.fromEntries(changed.map((field) => [field, fields[field]])),
    argument,
  );
  return { action: 'change', kind: 'entity', id, rows: [row], fields: changed };
}

/** Rows of one relation: same from, type, to and key. */
function relationGroups(rows: SheetRow[]): SheetRow[][] {
  const groups = new Map<string, SheetRow[]>();
  for (const row of rows) {
    const c = row.cells as Record<string, string | undefined>;
    const id = relationId({
      from: c.from ?? '',
      type: (c.type ?? '') as NewRelation['type'],
      to: c.to ?? '',
      key: c.key,
    });
    groups.set(id, [...(groups.get(id) ?? []), row]);
  }
  return [...groups.values()];
}

function relationInput(group: SheetRow[]): NewRelationInput {
  const [first, ...others] = group;
  const relationCells = Object.fromEntries(
    Object.entries(first!.cells).filter(([column]) => !CITATION_COLUMNS.has(column)),
  );
  for (const other of others) {
    for (const column of new Set([...Object.keys(relationCells), ...Object.keys(other.cells)])) {
      if (CITATION_COLUMNS.has(column) || same(relationCells[column], other.cells[column] ?? null)) continue;
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `row ${other.row} gives ${column} "${String(other.cells[column] ?? '')}", but row ${first!.row} of the same relation gives "${String(relationCells[column] ?? '')}"`,
        { argument: `row ${first!.row}.evidence[${group.indexOf(other)}].${column}` },
      );
    }
  }
  const evidence = group.map(({ cells }) =>
    Object.assign(
      new CitationInput(),
      Object.fromEntries(Object.entries(cells).filter(([column]) => CITATION_COLUMNS.has(column))),
    ),
  );
  return Object.assign(new NewRelationInput(), relationCells, { evidence });
}

async function importRelation(tx: WriteTransaction, actor: Author, group: SheetRow[]): Promise<Outcome> {
  const rows = group.map((r) => r.row);
  const argument = `row ${rows[0]}`;
  const input = relationInput(group);
  await validateInput(argument, input);
  const { type, from, to, key, certainty, date, evidence, ...rest } = input;
  const relation: NewRelation = {
    type,
    from,
    to,
    key,
    certainty,
    date,
    props: rest as NewRelation['props'],
    evidence: evidence.map((c) => ({ ...c })),
  };
  const prepared = newRelationProps(relation, argument);
  const [existing] = await tx.run(cypherTemplate('relation-lock', { TYPES: typeAlternation(null) }), {
    id: prepared.id,
  });
  if (!existing) {
    await addRelationIn(tx, actor, relation, prepared, argument);
    return { action: 'create', kind: 'relation', id: prepared.id, rows };
  }
  const stored = existing.relation as Record<string, unknown>;
  const differing = ['certainty', 'date', ...Object.keys(relation.props)].filter((field) => {
    const given = field === 'certainty' ? certainty : field === 'date' ? date : relation.props[field];
    return given !== undefined && given !== null && !same(stored[field], given);
  });
  if (differing.length > 0) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `the relation "${prepared.id}" is in the graph with another ${differing.join(', ')}; change it with updateRelation, which takes its version`,
      { argument: `${argument}.${differing[0]}` },
    );
  }
  return { action: 'unchanged', kind: 'relation', id: prepared.id, rows };
}

export async function importSpreadsheets(
  db: Database,
  sheets: Sheet[],
  options: { editor: string; dryRun: boolean },
): Promise<ImportReport> {
  const actor: Author = { name: options.editor, role: 'editor' };
  const outcomes: Outcome[] = [];
  const refused: Problem[] = [];
  const attempt = async <T>(file: string, rows: number[], work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (error) {
      if (!isRefusal(error)) throw error;
      refused.push(problemOf(error, file, rows));
      return null;
    }
  };
  try {
    await db.writeTransaction(
      async (tx) => {
        outcomes.length = 0;
        refused.length = 0;
        const ordered = [
          ...sheets.filter((s) => s.layout.name === 'entities'),
          ...sheets.filter((s) => s.layout.name === 'relations'),
        ];
        for (const sheet of ordered) {
          if (sheet.layout.name === 'entities') {
            for (const row of sheet.rows) {
              const outcome = await attempt(sheet.file, [row.row], () => importEntity(tx, actor, row));
              if (outcome) outcomes.push(outcome);
            }
          } else {
            for (const group of relationGroups(sheet.rows)) {
              const outcome = await attempt(
                sheet.file,
                group.map((r) => r.row),
                () => importRelation(tx, actor, group),
              );
              if (outcome) outcomes.push(outcome);
            }
          }
        }
        if (options.dryRun || refused.length > 0) throw new RolledBack();
      },
      undefined,
      IMPORT_TIMEOUT_MS,
    );
  } catch (error) {
    if (error instanceof RolledBack) return { outcomes, refused, written: false };
    throw error;
  }
  return { outcomes, refused, written: true };
}
