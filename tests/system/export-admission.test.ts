/**
 * What the exports do before and around their work: an unknown file name (including the names
 * of Object.prototype) or an unknown route anywhere is a 404 in JSON before any database work;
 * an export is kept per data version, so a repeat is answered 304 by ETag (or from memory) until
 * a write or a load changes the graph; and while the database is saturated, an export is
 * refused at once with 429 and Retry-After instead of queueing beside the API's requests.
 */
import { BusyDatabase } from '../support/busy-database';
import { connectTestDatabase, reloadDataset } from '../support/test-api';
import { restoreCuratedGraph, TestHttp } from '../support/test-http';

let api: TestHttp;
beforeAll(async () => {
  api = await TestHttp.start();
});
afterAll(async () => {
  await restoreCuratedGraph(api.db);
  await api.stop();
});

describe('unknown names', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'graph.csv'])(
    'answers /export/%s with 404 JSON before any database work',
    async (name) => {
      const before = api.db.total.count;
      const result = await api.get(`/export/${name}`);
      expect(result.status).toBe(404);
      expect(result.json.error).toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining('there are graph.gexf, graph.graphml, graph.json, cytoscape.json'),
      });
      expect(api.db.total.count).toBe(before);
    },
  );

  it.each(['/nothing-here', '/export', '/export/graph.gexf/more', '/assets/no-such-file.js'])(
    'answers GET %s with 404 JSON, not an HTML page',
    async (path) => {
      const result = await api.get(path);
      expect(result.status).toBe(404);
      expect(result.headers.get('content-type')).toMatch(/^application\/json/);
      expect(result.text).not.toMatch(/<html|<pre/i);
      expect(JSON.stringify(result.json)).toContain('NOT_FOUND');
    },
  );
});

describe('kept per data version', () => {
  const CREATE = 'mutation($input: NewEntityInput!) { createEntity(input: $input) { id } }';

  it('answers a repeat 304 by ETag until a write, and again until a load, changes the graph', async () => {
    const first = await api.get('/export/graph.json');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);

    const unchanged = await api.get('/export/graph.json', { 'if-none-match': etag! });
    expect(unchanged.status).toBe(304);
    expect(unchanged.text).toBe('');
    // The same export in another format is another resource with its own tag.
    expect((await api.get('/export/graph.gexf', { 'if-none-match': etag! })).status).toBe(200);

    // A repeat without the tag is the same file, written once: only the version is read.
    const before = api.db.total.count;
    const again = await api.get('/export/graph.json');
    expect(again.text).toBe(first.text);
    expect(api.db.total.count - before).toBe(1);

    const created = await api.edit(CREATE, {
      input: { id: 'person:export-cache-probe', kind: 'PERSON', name: 'Export Cache Probe' },
    });
    expect(created.json.errors).toBeUndefined();
    const afterWrite = await api.get('/export/graph.json', { 'if-none-match': etag! });
    expect(afterWrite.status).toBe(200);
    expect(afterWrite.text).toContain('person:export-cache-probe');
    const writeTag = afterWrite.headers.get('etag');
    expect(writeTag).not.toBe(etag);

    await reloadDataset(api.db);
    const afterLoad = await api.get('/export/graph.json', { 'if-none-match': writeTag! });
    expect(afterLoad.status).toBe(200);
    expect(afterLoad.headers.get('etag')).not.toBe(writeTag);
  });
});

describe('saturation', () => {
  it('refuses an export with 429 and Retry-After while API requests wait for the database, and serves it once they are through', async () => {
    const db = connectTestDatabase({ maxConcurrentTransactions: 1 });
    const small = await TestHttp.start(db);
    const busy = await BusyDatabase.lock();
    try {
      await busy.occupy(db);
      // A lookup now waits for the one slot.
      const lookup = (
        await BusyDatabase.queued(db, () => small.post('{ entity(id: "person:nika-poliakov") { name } }'))
      ).answer;

      const refused = await small.get('/export/graph.gexf');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('2');
      expect(refused.json.error).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 2 });

      await busy.release();
      expect((await lookup).json.data.entity.name).toBe('Nika Poliakov');
      expect((await small.get('/export/graph.gexf')).status).toBe(200);
    } finally {
      await busy.release();
      await small.stop();
    }
  });
});
