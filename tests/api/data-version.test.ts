/**
 * The data version moves with every committed API write and every load, and only then; the
 * statistics kept per version are scanned once per version and are never stale. Restores the
 * curated graph afterwards.
 */
import { QueryCounter } from '../../src/db/database';
import { readDataVersion } from '../../src/graph-state/data-version';
import { graphStats } from '../../src/graph-state/graph-stats';
import { cachedGraphStats } from '../../src/graph-state/stats-cache';
import { reloadDataset } from '../support/test-api';
import { apiForWritingTests, TestHttp } from '../support/test-http';

let api: TestHttp;
apiForWritingTests((started) => (api = started));

const CREATE = 'mutation($input: NewEntityInput!) { createEntity(input: $input) { id } }';

it('moves with every write and every load, not with a refused write or a read', async () => {
  const seen = [await readDataVersion(api.db)];
  await api.post('{ entity(id: "person:leo-klejn") { name } }');
  expect(await readDataVersion(api.db)).toBe(seen[0]);

  const refused = await api.edit(CREATE, {
    input: { id: 'person:leo-klejn', kind: 'PERSON', name: 'Taken' },
  });
  expect(refused.json.errors[0].extensions.code).toBe('CONFLICT');
  expect(await readDataVersion(api.db)).toBe(seen[0]);

  const created = await api.edit(CREATE, {
    input: { id: 'person:test-data-version', kind: 'PERSON', name: 'Versioned' },
  });
  expect(created.json.errors).toBeUndefined();
  seen.push(await readDataVersion(api.db));
  await reloadDataset(api.db);
  seen.push(await readDataVersion(api.db));
  expect(new Set(seen).size).toBe(3);
});

it('answers stats from memory while the version stands, and scans again once it moves', async () => {
  await cachedGraphStats(api.db);
  const again = new QueryCounter();
  const kept = await cachedGraphStats(api.db, again);
  expect(again.count).toBe(1);
  expect(kept).toEqual(await graphStats(api.db));

  const created = await api.edit(CREATE, {
    input: { id: 'person:test-stats-cache', kind: 'PERSON', name: 'Counted' },
  });
  expect(created.json.errors).toBeUndefined();
  const after = new QueryCounter();
  const fresh = await cachedGraphStats(api.db, after);
  expect(after.count).toBe(2);
  const people = (stats: typeof fresh) => stats.entities.find((e) => e.kind === 'PERSON')?.count;
  expect(people(fresh)).toBe((people(kept) ?? 0) + 1);
  expect(fresh).toEqual(await graphStats(api.db));
});
