/**
 * Loading data/ again must not quietly undo curators' work. With curators' edits of the
 * dataset's own items in the graph, `npm run load` refuses, names them and writes nothing;
 * with --overwrite-edits data/ wins and every undone edit is kept as a change record. A
 * retraction that data/ agrees with (the relation is gone from data/ too) is no conflict and
 * stays in the graph as history.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { readConfig } from '../../src/config';
import { CuratorEditsError, loadDataset } from '../../src/dataset/load-dataset';
import { readDataset } from '../../src/dataset/read-dataset';
import { graphFingerprint } from '../support/graph-fingerprint';
import { apiForWritingTests, TestHttp } from '../support/test-http';
import { testServerEnv } from '../support/test-neo4j';
import { builtFile } from '../support/built-code';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');

let api: TestHttp;
apiForWritingTests((started) => (api = started));

const UPDATE =
  'mutation($id: ID!, $version: Int!, $patch: EntityPatch!) { updateEntity(id: $id, version: $version, patch: $patch) { version } }';
const RETRACT =
  'mutation($id: ID!, $version: Int!, $reason: String!) { retractRelation(id: $id, version: $version, reason: $reason) { id } }';
const KLEJN =
  '{ entity(id: "person:leo-klejn") { version description ... on Person { convictions { nodes { id version } } } } }';
const CHANGES =
  'query($target: ID) { changes(targetId: $target) { nodes { actor action version before after } } }';

async function klejn() {
  const read = await api.post(KLEJN);
  return read.json.data.entity as {
    version: number;
    description: string;
    convictions: { nodes: { id: string; version: number }[] };
  };
}

it('refuses to load over curators’ edits, naming them and writing nothing; --overwrite-edits lets data/ win and keeps each edit as a change', async () => {
  const original = await klejn();
  const [conviction] = original.convictions.nodes;
  if (!conviction) throw new Error('the dataset has no conviction of Leo Klejn');
  const updated = await api.edit(UPDATE, {
    id: 'person:leo-klejn',
    version: original.version,
    patch: { description: 'A curator’s better description.' },
  });
  expect(updated.json.errors).toBeUndefined();
  const retracted = await api.edit(RETRACT, {
    id: conviction.id,
    version: conviction.version,
    reason: 'test: wrongly attested',
  });
  expect(retracted.json.errors).toBeUndefined();
  const edited = await graphFingerprint(api.db);

  // The command a curator's colleague would run: refused, with both items named, exit 1.
  const refused = await run(process.execPath, [builtFile('src', 'cli', 'load.js')], {
    cwd: ROOT,
    env: { ...process.env, ...testServerEnv() },
  }).then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  );
  expect(refused?.code).toBe(1);
  expect(refused?.stderr).toContain('Nothing was loaded');
  expect(refused?.stderr).toContain('entity person:leo-klejn (version 1)');
  expect(refused?.stderr).toContain(`retracted relation ${conviction.id}`);
  expect(refused?.stderr).toContain('--overwrite-edits');
  expect(refused?.stderr).not.toContain('    at ');
  expect(await graphFingerprint(api.db)).toEqual(edited);
  await expect(loadDataset(api.db, readDataset(readConfig().dataDir))).rejects.toBeInstanceOf(
    CuratorEditsError,
  );
  expect(await graphFingerprint(api.db)).toEqual(edited);

  // Told to let data/ win: Klejn's description and conviction are data/'s again ...
  const summary = await loadDataset(api.db, readDataset(readConfig().dataDir), {
    overwriteEdits: true,
    actor: 'test load',
  });
  expect(summary.overwrittenEdits).toBe(2);
  const back = await klejn();
  expect(back.description).toBe(original.description);
  expect(back.convictions.nodes.map((n) => n.id)).toEqual([conviction.id]);
  const [copies] = await api.db.read('MATCH ()-[r]->() WHERE r.id = $id RETURN collect(type(r)) AS types', {
    id: conviction.id,
  });
  expect(copies?.types).toEqual(['CONVICTED_UNDER']);

  // ... and what the curator wrote is in the change log, before and after.
  const entityChanges = (await api.post(CHANGES, { target: 'person:leo-klejn' })).json.data.changes.nodes;
  expect(entityChanges[0]).toMatchObject({ actor: 'test load', action: 'RESET_BY_LOAD', version: 0 });
  expect(entityChanges[0].before.description).toBe('A curator’s better description.');
  expect(entityChanges[0].after.description).toBe(original.description);
  const relationChanges = (await api.post(CHANGES, { target: conviction.id })).json.data.changes.nodes;
  expect(relationChanges[0]).toMatchObject({ action: 'RESET_BY_LOAD' });
  expect(relationChanges[0].before.reason).toBe('test: wrongly attested');

  // Nothing is left to undo: the next plain load goes through.
  await expect(loadDataset(api.db, readDataset(readConfig().dataDir))).resolves.toMatchObject({
    overwrittenEdits: 0,
  });
});

it('keeps a retraction that data/ agrees with, citations and all, and loads without asking', async () => {
  const { convictions } = await klejn();
  const [conviction] = convictions.nodes;
  if (!conviction) throw new Error('the dataset has no conviction of Leo Klejn');
  const [cited] = await api.db.read('MATCH (c:Citation {relationId: $id}) RETURN count(c) AS n', {
    id: conviction.id,
  });
  expect(cited?.n).toBeGreaterThan(0);
  expect(
    (
      await api.edit(RETRACT, {
        id: conviction.id,
        version: conviction.version,
        reason: 'test: removed from data/ as well',
      })
    ).json.errors,
  ).toBeUndefined();

  const dataset = readDataset(readConfig().dataDir);
  const withoutIt = { ...dataset, relations: dataset.relations.filter((r) => r.id !== conviction.id) };
  await expect(loadDataset(api.db, withoutIt)).resolves.toMatchObject({ overwrittenEdits: 0 });

  const [kept] = await api.db.read(
    'MATCH ()-[x:RETRACTED]->() WHERE x.id = $id RETURN x.reason AS reason, COUNT { MATCH (c:Citation {relationId: $id}) } AS citations',
    { id: conviction.id },
  );
  expect(kept).toEqual({ reason: 'test: removed from data/ as well', citations: cited?.n });
  expect((await klejn()).convictions.nodes).toEqual([]);
});
