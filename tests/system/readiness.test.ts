/**
 * /healthz says the process is alive; /readyz says Neo4j answers and the schema is applied:
 * it turns 503 when a constraint or index of cypher/schema.cypher is missing, and 200 again
 * once the schema is applied. Busy is not down: with every transaction slot taken and requests
 * queued, /readyz stays 200 and says it is busy; only a database that does not answer is a 503.
 */
import { applySchema } from '../../src/db/apply-schema';
import { BusyDatabase } from '../support/busy-database';
import { FaultProxy } from '../support/fault-proxy';
import { connectTestDatabase } from '../support/test-api';
import { TestHttp } from '../support/test-http';

let api: TestHttp;
beforeAll(async () => {
  api = await TestHttp.start();
});
afterAll(async () => {
  await applySchema(api.db);
  await api.stop();
});

it('answers /healthz and /readyz, and /readyz turns 503 while the schema is incomplete', async () => {
  expect(await api.get('/healthz')).toMatchObject({ status: 200, json: { status: 'ok' } });
  expect(await api.get('/readyz')).toMatchObject({ status: 200, json: { status: 'ready', busy: false } });
  await api.db.runSchemaStatement('DROP INDEX change_at IF EXISTS');
  expect(await api.get('/readyz')).toMatchObject({ status: 503, json: { status: 'schema not applied' } });
  await applySchema(api.db);
  expect(await api.get('/readyz')).toMatchObject({ status: 200, json: { status: 'ready' } });
});

it('stays ready while busy, saying so, and answers 503 only when the database is down', async () => {
  const db = connectTestDatabase({ maxConcurrentTransactions: 1 });
  const busyApi = await TestHttp.start(db);
  const busy = await BusyDatabase.lock();
  try {
    await busy.occupy(db);
    const lookup = (
      await BusyDatabase.queued(db, () => busyApi.post('{ entity(id: "person:nika-poliakov") { name } }'))
    ).answer;
    expect(await busyApi.get('/readyz')).toMatchObject({
      status: 200,
      json: { status: 'ready', busy: true, transactions: { running: 1, waiting: 1, limit: 1 } },
    });
    await busy.release();
    expect((await lookup).json.data.entity.name).toBe('Nika Poliakov');
    expect(await busyApi.get('/readyz')).toMatchObject({
      status: 200,
      json: { status: 'ready', busy: false },
    });
  } finally {
    await busy.release();
    await busyApi.stop();
  }

  const target = new URL(String(process.env.TEST_NEO4J_URI).replace(/^bolt/, 'http'));
  const proxy = await FaultProxy.start({ host: target.hostname, port: Number(target.port) });
  proxy.mode = 'refuse';
  const downApi = await TestHttp.start(connectTestDatabase({ uri: proxy.uri }));
  try {
    expect(await downApi.get('/readyz')).toMatchObject({
      status: 503,
      json: { status: 'database unavailable', busy: false },
    });
  } finally {
    await downApi.stop();
    await proxy.stop();
  }
});
