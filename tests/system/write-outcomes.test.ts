/**
 * A write whose commit reached Neo4j but whose answer never came back (the connection died in
 * between) is reported as OUTCOME_UNKNOWN, not as "unavailable, try again"; and a retry with
 * the same idempotency key, by the client or by the driver itself, returns the first outcome
 * and never applies the write twice. Neo4j sits behind tests/support/fault-proxy.ts, which
 * cuts the connection right after a COMMIT has been sent. Restores the curated graph afterwards.
 */
import { Database } from '../../src/db/database';
import { FaultProxy } from '../support/fault-proxy';
import { connectTestDatabase } from '../support/test-api';
import { HttpResult, restoreCuratedGraph, TestHttp } from '../support/test-http';

let proxy: FaultProxy;
let api: TestHttp;
/** Straight to the server, not through the proxy: what was really committed. */
let direct: Database;

beforeAll(async () => {
  const target = new URL((process.env.TEST_NEO4J_URI ?? '').replace(/^bolt/, 'http'));
  proxy = await FaultProxy.start({ host: target.hostname, port: Number(target.port) });
  api = await TestHttp.start(
    Database.connect({
      uri: proxy.uri,
      user: 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
      database: 'neo4j',
      transactionTimeoutMs: 10_000,
    }),
  );
  direct = connectTestDatabase();
});
afterAll(async () => {
  await restoreCuratedGraph(direct);
  await direct.close();
  await api.stop();
  await proxy.stop();
});

const CREATE =
  'mutation($input: NewEntityInput!, $key: String) { createEntity(input: $input, idempotencyKey: $key) { id name version } }';
const UPDATE_RELATION =
  'mutation($id: ID!, $version: Int!, $patch: RelationPatch!, $key: String) { updateRelation(id: $id, version: $version, patch: $patch, idempotencyKey: $key) { id version certainty } }';

const code = (result: HttpResult): string => result.json?.errors?.[0]?.extensions?.code ?? 'OK';

async function committed(id: string): Promise<{ entities: number; changes: number }> {
  const [row] = await direct.read(
    'RETURN COUNT { MATCH (e:Entity {id: $id}) } AS entities, COUNT { MATCH (c:Change {targetId: $id}) } AS changes',
    { id },
  );
  return { entities: Number(row?.entities), changes: Number(row?.changes) };
}

/** Sends until the API is past its outage breaker (it refuses at once for a second after an outage). */
async function sendOnceBack(send: () => Promise<HttpResult>): Promise<HttpResult> {
  for (let i = 0; i < 40; i++) {
    const result = await send();
    if (code(result) !== 'SERVICE_UNAVAILABLE') return result;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the API did not come back');
}

it('reports a write that committed while the connection died as OUTCOME_UNKNOWN, and a retry with its key returns it without applying it again', async () => {
  const input = { id: 'person:test-outcome-unknown', kind: 'PERSON', name: 'Committed In The Dark' };
  const key = 'retry-key-outcome-unknown';
  const cut = proxy.cutAfterNextCommit('refuse');
  const first = await api.edit(CREATE, { input, key });
  await cut;
  expect(code(first)).toBe('OUTCOME_UNKNOWN');
  expect(first.json.errors[0].message).toMatch(/may or may not have been applied.*same idempotencyKey/);
  // It did commit: the entity and its one change record are there.
  expect(await committed(input.id)).toEqual({ entities: 1, changes: 1 });

  proxy.mode = 'forward';
  const retry = await sendOnceBack(() => api.edit(CREATE, { input, key }));
  expect(code(retry)).toBe('OK');
  expect(retry.json.data.createEntity).toEqual({ id: input.id, name: input.name, version: 1 });
  expect(await committed(input.id)).toEqual({ entities: 1, changes: 1 });
});

it('reports a write whose commit was confirmed but whose read-back met an outage as OUTCOME_UNKNOWN with applied: true, never "unavailable"', async () => {
  const input = { id: 'person:test-read-back-outage', kind: 'PERSON', name: 'Committed Then Unreadable' };
  const key = 'retry-key-read-back-outage';
  const cut = proxy.cutAfterNextCommitAnswer('refuse');
  const first = await api.edit(CREATE, { input, key });
  await cut;
  expect(code(first)).toBe('OUTCOME_UNKNOWN');
  expect(first.json.errors[0].extensions.applied).toBe(true);
  expect(first.json.errors[0].message).toMatch(/was applied, but its result could not be read back/);
  expect(await committed(input.id)).toEqual({ entities: 1, changes: 1 });

  proxy.mode = 'forward';
  const retry = await sendOnceBack(() => api.edit(CREATE, { input, key }));
  expect(retry.json.data.createEntity).toEqual({ id: input.id, name: input.name, version: 1 });
  expect(await committed(input.id)).toEqual({ entities: 1, changes: 1 });
});

it('applies once when the driver retries by itself after the answer to its COMMIT was lost', async () => {
  const relation = 'person:leo-klejn>CONVICTED_UNDER>law:rsfsr-121';
  const read = await sendOnceBack(() => api.post(`{ relation(id: "${relation}") { version } }`));
  const { version } = read.json.data.relation;
  const changesBefore = (await committed(relation)).changes;
  const cut = proxy.cutAfterNextCommit('forward');
  const result = await api.edit(UPDATE_RELATION, {
    id: relation,
    version,
    patch: { certainty: 'PROBABLE' },
    key: 'retry-key-driver-retry',
  });
  await cut;
  // Without the key, the driver's second attempt met its own first one: CONFLICT (stale version).
  expect(code(result)).toBe('OK');
  expect(result.json.data.updateRelation).toMatchObject({
    id: relation,
    version: version + 1,
    certainty: 'PROBABLE',
  });
  expect((await committed(relation)).changes).toBe(changesBefore + 1);
});

it('refuses a key already used for another write, naming it', async () => {
  const key = 'retry-key-reused-elsewhere';
  const first = await sendOnceBack(() =>
    api.edit(CREATE, { input: { id: 'person:test-key-first', kind: 'PERSON', name: 'First' }, key }),
  );
  expect(code(first)).toBe('OK');
  const other = await api.edit(CREATE, {
    input: { id: 'person:test-key-second', kind: 'PERSON', name: 'Second' },
    key,
  });
  expect(other.json.errors[0].extensions).toMatchObject({ code: 'CONFLICT', argument: 'idempotencyKey' });
  expect(other.json.errors[0].message).toMatch(
    /you used this key for CREATE_ENTITY of "person:test-key-first"/,
  );
  expect(await committed('person:test-key-second')).toEqual({ entities: 0, changes: 0 });
});

describe('the Idempotency-Key header', () => {
  const send = (query: string, variables: Record<string, unknown>, key: string) =>
    api.raw(JSON.stringify({ query, variables }), {
      'content-type': 'application/json',
      authorization: `Bearer ${api.editorToken}`,
      'idempotency-key': key,
    });

  it('stands for the idempotencyKey of the operation’s one mutation', async () => {
    const input = { id: 'person:test-key-header', kind: 'PERSON', name: 'Sent Twice' };
    const first = await sendOnceBack(() => send(CREATE, { input }, 'header-key-0001'));
    const again = await send(CREATE, { input }, 'header-key-0001');
    expect(code(first)).toBe('OK');
    expect(again.json.data).toEqual(first.json.data);
    expect(await committed(input.id)).toEqual({ entities: 1, changes: 1 });
    // The same write without a key is a new attempt, and the id is taken by now.
    expect(code(await api.edit(CREATE, { input }))).toBe('CONFLICT');
  });

  it('is refused for an operation of several mutations, naming the header', async () => {
    const two = `mutation { a: createEntity(input: { id: "person:test-key-two-a", kind: PERSON, name: "A" }) { id } b: createEntity(input: { id: "person:test-key-two-b", kind: PERSON, name: "B" }) { id } }`;
    const result = await send(two, {}, 'header-key-0002');
    expect(result.status).toBe(400);
    expect(result.json.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'Idempotency-Key',
    });
    expect(await committed('person:test-key-two-a')).toEqual({ entities: 0, changes: 0 });
  });
});

it('applies once when the same keyed write is sent twice at the same time', async () => {
  const input = { id: 'person:test-key-parallel', kind: 'PERSON', name: 'Sent Side By Side' };
  const results = await Promise.all(
    Array.from({ length: 4 }, () => api.edit(CREATE, { input, key: 'retry-key-parallel' })),
  );
  expect(results.map(code)).toEqual(['OK', 'OK', 'OK', 'OK']);
  for (const result of results)
    expect(result.json.data.createEntity).toEqual({ id: input.id, name: input.name, version: 1 });
  expect(await committed(input.id)).toEqual({ entities: 1, changes: 1 });
});
