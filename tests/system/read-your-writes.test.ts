/**
 * Read your writes across API replicas: two API processes on one Neo4j (through neo4j://). An
 * editor writes through A and gets the database's bookmarks in `extensions.bookmarks`; a reader
 * sends them to B in the X-Neo4j-Bookmarks header and sees the write. On one server B cannot
 * lag behind, so this proves the round trip (A issues, B accepts and reads at that state), not
 * the wait of a lagging secondary, which needs a cluster. Restores the curated graph afterwards.
 */
import { ApiReplicas, startApiReplicas } from '../support/api-replicas';
import { connectTestDatabase } from '../support/test-api';
import { restoreCuratedGraph } from '../support/test-http';

let apis: ApiReplicas;

beforeAll(async () => {
  apis = await startApiReplicas(2);
}, 300_000);
afterAll(async () => {
  await apis?.stop();
  const db = connectTestDatabase();
  await restoreCuratedGraph(db);
  await db.close();
});

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

it('a write through one replica is read through another with its bookmarks', async () => {
  const [a, b] = apis.replicas;
  if (!a || !b) throw new Error('two replicas expected');
  expect(a.url).not.toBe(b.url);
  const created = await post(
    a.url,
    {
      query: 'mutation($input: NewEntityInput!) { createEntity(input: $input) { id } }',
      variables: { input: { id: 'person:test-replica-write', kind: 'PERSON', name: 'Written Through A' } },
    },
    { authorization: `Bearer ${apis.editorToken}` },
  );
  expect(created.json.errors).toBeUndefined();
  const bookmarks: string[] = created.json.extensions.bookmarks;
  expect(bookmarks.length).toBeGreaterThan(0);

  const read = await post(
    b.url,
    {
      query:
        '{ entity(id: "person:test-replica-write") { name } changes(targetId: "person:test-replica-write") { nodes { actor action } } }',
    },
    { 'x-neo4j-bookmarks': bookmarks.join(', ') },
  );
  expect(read.status).toBe(200);
  expect(read.json.errors).toBeUndefined();
  expect(read.json.data.entity).toEqual({ name: 'Written Through A' });
  expect(read.json.data.changes.nodes).toEqual([
    { actor: 'replica-editor', action: expect.stringMatching(/CREATE/) },
  ]);

  // B checks the header as A does: the replicas are the same program, not a front and a back.
  const refused = await post(b.url, { query: '{ __typename }' }, { 'x-neo4j-bookmarks': 'not a bookmark' });
  expect(refused.status).toBe(400);
  expect(refused.json.errors[0].extensions).toMatchObject({ header: 'X-Neo4j-Bookmarks' });
}, 120_000);
