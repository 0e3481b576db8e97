/**
 * `npm run import`'s engine on the real Neo4j: CSV files of entities and of relations with
 * their evidence go in one transaction under the editor's name; a wrong header, a broken row,
 * a bad cell or an unknown reference is refused naming row and column, and then nothing at all
 * is written; a dry run writes nothing; a second run changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { importSpreadsheets } from '../../src/import/import-spreadsheets';
import { readSheet, SheetError } from '../../src/import/read-spreadsheet';
import { restoreCuratedGraph } from '../support/test-http';
import { connectTestDatabase } from '../support/test-api';

let db: Database;
let dir: string;
let source: string;
const EDITOR = 'test-importer';

beforeAll(async () => {
  db = connectTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spreadsheet-import-'));
  const [row] = await db.read('MATCH (s:Source) RETURN s.id AS id ORDER BY s.id LIMIT 1');
  source = String(row!.id);
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await restoreCuratedGraph(db);
  await db.close();
});

function csv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const ENTITIES = [
  'id,kind,name,aliases,born,description',
  'person:test-import-anna,PERSON,Anna Importova,A. Importova|Anya,1901,Made by the import test',
  'person:test-import-boris,PERSON,Boris Importov,,1899-05,',
];
const relations = () => [
  'type,from,to,certainty,date,source,quote,offset',
  `INTERVIEWED,person:test-import-anna,person:test-import-boris,PROBABLE,1930,${source},Anna spoke with Boris,12`,
  `INTERVIEWED,person:test-import-anna,person:test-import-boris,PROBABLE,1930,${source},and again with him,40`,
];

async function written(): Promise<{ entities: number; relations: number; changes: number }> {
  const [row] = await db.read(
    `RETURN COUNT { MATCH (e:Entity) WHERE e.id STARTS WITH 'person:test-import' } AS entities,
            COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.id STARTS WITH 'person:test-import' } AS relations,
            COUNT { MATCH (c:Change {actor: $editor}) } AS changes`,
    { editor: EDITOR },
  );
  return {
    entities: Number(row!.entities),
    relations: Number(row!.relations),
    changes: Number(row!.changes),
  };
}

const NOTHING = { entities: 0, relations: 0, changes: 0 };

it('refuses a header with an unknown column, naming it', () => {
  const file = csv('wrong-header.csv', ['id,kind,name,brn', 'person:test-import-x,PERSON,X,1900']);
  expect(() => readSheet(file)).toThrow(SheetError);
  try {
    readSheet(file);
  } catch (error) {
    expect((error as SheetError).problem).toMatchObject({ row: 1, column: 'brn' });
  }
});

it('refuses a row with the wrong number of cells, naming its row', () => {
  const file = csv('broken-row.csv', [
    ...ENTITIES,
    'person:test-import-c,PERSON,"C, the third",1900,extra,cells,here',
  ]);
  expect(() => readSheet(file)).toThrow(/row 4|line 4/);
});

it('refuses a bad cell by row and column, and then writes none of the good rows', async () => {
  const file = csv('bad-date.csv', [...ENTITIES, 'person:test-import-c,PERSON,Cyril Importov,,last spring,']);
  const report = await importSpreadsheets(db, [readSheet(file)], { editor: EDITOR, dryRun: false });
  expect(report.written).toBe(false);
  expect(report.refused).toEqual([expect.objectContaining({ row: 4, column: 'born' })]);
  expect(await written()).toEqual(NOTHING);
});

it('refuses a relation to an unknown entity by row and column, and writes nothing', async () => {
  const rows = relations();
  rows[2] = rows[2]!.replace('person:test-import-boris', 'person:test-import-nobody');
  const report = await importSpreadsheets(
    db,
    [readSheet(csv('e.csv', ENTITIES)), readSheet(csv('unknown.csv', rows))],
    { editor: EDITOR, dryRun: false },
  );
  expect(report.written).toBe(false);
  expect(report.refused).toEqual([
    expect.objectContaining({ file: path.join(dir, 'unknown.csv'), row: 3, column: 'to' }),
  ]);
  expect(await written()).toEqual(NOTHING);
});

it('says in a dry run what it would create, and writes nothing', async () => {
  const report = await importSpreadsheets(
    db,
    [readSheet(csv('e.csv', ENTITIES)), readSheet(csv('r.csv', relations()))],
    { editor: EDITOR, dryRun: true },
  );
  expect(report.refused).toEqual([]);
  expect(report.outcomes.map((o) => `${o.action} ${o.id} ${o.rows.join(',')}`)).toEqual([
    'create person:test-import-anna 2',
    'create person:test-import-boris 3',
    'create person:test-import-anna>INTERVIEWED>person:test-import-boris 2,3',
  ]);
  expect(report.written).toBe(false);
  expect(await written()).toEqual(NOTHING);
});

it('writes everything with change records under the editor, and a second run changes nothing', async () => {
  const sheets = () => [readSheet(csv('e.csv', ENTITIES)), readSheet(csv('r.csv', relations()))];
  const first = await importSpreadsheets(db, sheets(), { editor: EDITOR, dryRun: false });
  expect(first.written).toBe(true);
  expect(await written()).toEqual({ entities: 2, relations: 1, changes: 3 });
  const [citations] = await db.read(
    "MATCH (c:Citation {relationId: 'person:test-import-anna>INTERVIEWED>person:test-import-boris'}) RETURN collect(c.quote) AS quotes",
  );
  expect((citations!.quotes as string[]).sort()).toEqual(['Anna spoke with Boris', 'and again with him']);
  const again = await importSpreadsheets(db, sheets(), { editor: EDITOR, dryRun: false });
  expect(again.outcomes.map((o) => o.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  expect(await written()).toEqual({ entities: 2, relations: 1, changes: 3 });
  const edited = ENTITIES.map((line) => line.replace(',1901,', ',1902,'));
  const third = await importSpreadsheets(db, [readSheet(csv('e.csv', edited))], {
    editor: EDITOR,
    dryRun: false,
  });
  expect(third.outcomes.filter((o) => o.action === 'change')).toEqual([
    expect.objectContaining({ id: 'person:test-import-anna', fields: ['born'] }),
  ]);
  expect(await written()).toEqual({ entities: 2, relations: 1, changes: 4 });
});
