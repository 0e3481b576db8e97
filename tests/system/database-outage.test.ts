/**
 * Neo4j goes away while clients are querying and writing: requests fail fast with
 * SERVICE_UNAVAILABLE, /readyz turns 503 while /healthz stays 200, the API process stays up,
 * each write in flight either committed whole (entity and change record) or not at all, and
 * when Neo4j is back the same API answers again with no restart. Stops and restarts the test
 * run's own Neo4j (tests/support/test-neo4j.ts), so it needs the local test instance.
 */
import { readConfig } from '../../src/config';
import { ensureAssembled } from '../../src/neo4j-server/assembly';
import { restoreCuratedGraph, TestHttp } from '../support/test-http';
import { testInstance } from '../support/test-neo4j';

const instance = testInstance();
let api: TestHttp;

beforeAll(async () => {
  const state = await instance.status();
  if (state.state !== 'running' || state.boltUri !== process.env.TEST_NEO4J_URI) {
    throw new Error(
      `this test stops and restarts the local test Neo4j; it is not the one the tests use (${process.env.TEST_NEO4J_URI})`,
    );
  }
  api = await TestHttp.start();
});
afterAll(async () => {
  if ((await instance.status()).state !== 'running')
    await instance.start(ensureAssembled(readConfig().local.homeDir));
  await restoreCuratedGraph(api.db);
  await api.stop();
});

const READ = '{ entity(id: "person:nika-poliakov") { name relations(first: 5) { totalCount } } }';
const CREATE = 'mutation($input: NewEntityInput!) { createEntity(input: $input) { id } }';

function outcome(result: { status: number; json: any }): string {
  if (result.status >= 500 && !result.json?.errors) return `HTTP ${result.status}`;
  return result.json?.errors?.[0]?.extensions?.code ?? 'OK';
}

async function waitFor(what: string, check: () => Promise<boolean>, ms: number): Promise<number> {
  const began = Date.now();
  while (Date.now() - began < ms) {
    if (await check()) return Date.now() - began;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not happen within ${ms} ms`);
}

it('fails fast with SERVICE_UNAVAILABLE during an outage, loses no write half-way, and recovers without a restart', async () => {
  expect((await api.get('/readyz')).status).toBe(200);
  expect(outcome(await api.post(READ))).toBe('OK');

  // Writers keep creating entities while the database stops under them.
  const writes: { id: string; outcome: string }[] = [];
  let writing = true;
  const writers = Array.from({ length: 5 }, async (_, w) => {
    for (let i = 0; writing; i++) {
      const id = `person:outage-${w}-${i}`;
      writes.push({
        id,
        outcome: outcome(await api.edit(CREATE, { input: { id, kind: 'PERSON', name: `Outage ${w} ${i}` } })),
      });
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await instance.stop();
  writing = false;
  await Promise.all(writers);

  // During the outage: quick, clear refusals; the process lives on.
  const began = Date.now();
  const during = await Promise.all(Array.from({ length: 10 }, () => api.post(READ)));
  const elapsed = Date.now() - began;
  expect(new Set(during.map(outcome))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
  expect(during[0]?.json.errors[0].message).toBe('The graph database is unavailable; try again shortly.');
  expect(elapsed).toBeLessThan(10_000);
  expect(
    outcome(
      await api.edit(CREATE, { input: { id: 'person:outage-refused', kind: 'PERSON', name: 'Refused' } }),
    ),
  ).toBe('SERVICE_UNAVAILABLE');
  const ready = await api.get('/readyz');
  expect(ready.status).toBe(503);
  expect(ready.json).toMatchObject({ status: 'database unavailable' });
  expect((await api.get('/healthz')).status).toBe(200);

  await instance.start(ensureAssembled(readConfig().local.homeDir));
  const recoveredIn = await waitFor('recovery', async () => outcome(await api.post(READ)) === 'OK', 60_000);
  process.stdout.write(`API answered again ${recoveredIn} ms after Neo4j was back\n`);
  await waitFor('/readyz 200', async () => (await api.get('/readyz')).status === 200, 30_000);

  // Every write either committed whole (entity and its change record) or left nothing; one
  // whose commit was under way when the server went is OUTCOME_UNKNOWN, never "unavailable".
  const outcomes = new Set(writes.map((w) => w.outcome));
  for (const code of outcomes) expect(['OK', 'SERVICE_UNAVAILABLE', 'OUTCOME_UNKNOWN']).toContain(code);
  const ids = writes.map((w) => w.id);
  const rows = await api.db.read(
    'UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) RETURN id, e IS NOT NULL AS entity, COUNT { MATCH (c:Change {targetId: id}) } AS changes',
    { ids },
  );
  for (const row of rows)
    expect([
      { entity: true, changes: 1 },
      { entity: false, changes: 0 },
    ]).toContainEqual({ entity: row.entity, changes: row.changes });
  const committed = rows.filter((r) => r.entity).map((r) => r.id);
  for (const write of writes) if (write.outcome === 'OK') expect(committed).toContain(write.id);
  for (const write of writes)
    if (write.outcome === 'SERVICE_UNAVAILABLE') expect(committed).not.toContain(write.id);
  const count = (outcome: string) => writes.filter((w) => w.outcome === outcome).length;
  process.stdout.write(
    `writes during the stop: ${writes.length}, committed ${committed.length}, answered OK ${count('OK')}, OUTCOME_UNKNOWN ${count('OUTCOME_UNKNOWN')}, SERVICE_UNAVAILABLE ${count('SERVICE_UNAVAILABLE')}\n`,
  );
  expect(rows.filter((r) => r.id === 'person:outage-refused' && r.entity)).toHaveLength(0);
});
