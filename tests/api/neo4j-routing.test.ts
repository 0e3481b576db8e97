/**
 * The API on a routing URI (neo4j://), as it runs on a Neo4j cluster or Aura: the driver asks
 * the server for its routing table and sends reads and writes where it says (here the one test
 * server is reader and writer both). Reads run in read transactions, which the server holds to:
 * a statement that writes is refused there and leaves nothing. Mutations return the database's
 * bookmarks in `extensions.bookmarks`; the X-Neo4j-Bookmarks header that sends them back is
 * checked before any work. Restores the curated graph afterwards.
 */
import { Database } from '../../src/db/database';
import { MAX_BOOKMARK_LENGTH, MAX_BOOKMARKS } from '../../src/server/bookmark-header';
import { connectTestDatabase } from '../support/test-api';
import { restoreCuratedGraph, TestHttp } from '../support/test-http';

const routingUri = (process.env.TEST_NEO4J_URI ?? '').replace(/^bolt:/, 'neo4j:');
let routed: Database;
let direct: Database;
let api: TestHttp;

beforeAll(async () => {
  routed = connectTestDatabase({ uri: routingUri });
  direct = connectTestDatabase();
  api = await TestHttp.start(routed);
});
afterAll(async () => {
  await direct.write('MATCH (p:RoutingProbe) DELETE p');
  await restoreCuratedGraph(direct);
  await direct.close();
  await api.stop();
});

const CREATE = 'mutation($input: NewEntityInput!) { createEntity(input: $input) { id name } }';
const READ = 'query($id: ID!) { entity(id: $id) { name } }';

async function probes(): Promise<number> {
  const [row] = await direct.read('RETURN COUNT { MATCH (p:RoutingProbe) } AS n');
  return Number(row?.n);
}

describe('a neo4j:// routing URI', () => {
  it('is what the API uses here, and it answers reads and writes through it', async () => {
    expect(routingUri).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    const created = await api.edit(CREATE, {
      input: { id: 'person:test-routed-write', kind: 'PERSON', name: 'Routed Writer' },
    });
    expect(created.json.errors).toBeUndefined();
    expect(created.json.data.createEntity).toEqual({ id: 'person:test-routed-write', name: 'Routed Writer' });
    const read = await api.post(READ, { id: 'person:test-routed-write' });
    expect(read.json.data.entity).toEqual({ name: 'Routed Writer' });
  });

  it('runs reads in read transactions: a statement that writes is refused by the server there and changes nothing', async () => {
    await expect(routed.read('CREATE (p:RoutingProbe) RETURN 1 AS one')).rejects.toThrow();
    expect(await probes()).toBe(0);
    // The same statement in a write transaction goes through: the refusal was the access mode.
    await routed.write('CREATE (p:RoutingProbe) RETURN 1 AS one');
    expect(await probes()).toBe(1);
  });
});

describe('bookmarks', () => {
  it('come back with every mutation, and a read that sends them back sees the write', async () => {
    const created = await api.edit(CREATE, {
      input: { id: 'person:test-bookmarked', kind: 'PERSON', name: 'Bookmarked' },
    });
    const { bookmarks } = created.json.extensions;
    expect(bookmarks).toEqual([expect.stringMatching(/^[A-Za-z0-9:+/=_.-]{8,}$/)]);
    const read = await api.raw(JSON.stringify({ query: READ, variables: { id: 'person:test-bookmarked' } }), {
      'content-type': 'application/json',
      'x-neo4j-bookmarks': bookmarks.join(','),
    });
    expect(read.status).toBe(200);
    expect(read.json.data.entity).toEqual({ name: 'Bookmarked' });
    // A read's response does not carry them: only writes move the state a client must wait for.
    expect(read.json.extensions.bookmarks).toBeUndefined();
  });

  it.each([
    ['an empty header', ' , ', /the header is empty/, undefined],
    [
      'too many bookmarks',
      Array.from({ length: MAX_BOOKMARKS + 1 }, (_, i) => `FB:bookmark${i}`).join(','),
      /17 bookmarks sent; at most 16/,
      'maxBookmarks',
    ],
    [
      'a bookmark too long',
      `FB:${'a'.repeat(MAX_BOOKMARK_LENGTH)}`,
      /bookmark 1 is 515 characters long; the limit is 512/,
      'maxBookmarkLength',
    ],
    [
      'a bookmark with other characters',
      'FB:good,FB:bad;drop',
      /bookmark 2 is not a Neo4j bookmark/,
      undefined,
    ],
  ])(
    'refuses %s with HTTP 400 naming the header, before any database work',
    async (_name, header, message, limit) => {
      const before = routed.total.count;
      const result = await api.raw(
        JSON.stringify({ query: READ, variables: { id: 'person:nika-poliakov' } }),
        { 'content-type': 'application/json', 'x-neo4j-bookmarks': header },
      );
      expect(result.status).toBe(400);
      expect(result.json.errors[0].message).toMatch(/^X-Neo4j-Bookmarks: /);
      expect(result.json.errors[0].message).toMatch(message);
      expect(result.json.errors[0].extensions).toEqual({
        code: 'BAD_REQUEST',
        header: 'X-Neo4j-Bookmarks',
        ...(limit ? { limit } : {}),
      });
      expect(routed.total.count).toBe(before);
    },
  );

  it('refuses a well-formed bookmark this database never issued, naming the header', async () => {
    const result = await api.raw(JSON.stringify({ query: READ, variables: { id: 'person:nika-poliakov' } }), {
      'content-type': 'application/json',
      'x-neo4j-bookmarks': 'FB:notabookmark',
    });
    expect(result.json.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'X-Neo4j-Bookmarks',
    });
    expect(result.json.data?.entity ?? null).toBeNull();
  });
});
