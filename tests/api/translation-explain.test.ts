/**
 * Every pinned translation (tests/unit/translation.test.ts) is one the real Neo4j accepts: the
 * statement each operation sends passes EXPLAIN.
 */
import { Database, Params, QueryCounter, Row } from '../../src/db/database';
import { READ_TRANSLATIONS } from '../support/read-translations';
import { TestApi } from '../support/test-api';

let api: TestApi;
let sent: { query: string; params: Params }[] = [];
beforeAll(async () => {
  api = await TestApi.start();
  const read = api.db.read.bind(api.db) as Database['read'];
  api.db.read = (query: string, params: Params = {}, counter?: QueryCounter): Promise<Row[]> => {
    sent.push({ query, params });
    return read(query, params, counter);
  };
});
afterAll(() => api.stop());

describe('translation of each read field on Neo4j', () => {
  it.each(READ_TRANSLATIONS)('%s passes EXPLAIN', async (_name, operation) => {
    // Once before catching: weakRelations' price reads the graph's size, once per process.
    await api.execute(operation);
    sent = [];
    const result = await api.execute(operation);
    expect(result.errors).toBeUndefined();
    expect(sent).toHaveLength(1);
    const [statement] = sent as [{ query: string; params: Params }];
    const plan = await api.db.read(`EXPLAIN ${statement.query}`, statement.params);
    expect(plan).toEqual([]);
  });
});
