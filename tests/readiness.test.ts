/**
 * /healthz says the process is alive; /readyz says Neo4j answers and the schema is applied:
 * it turns 503 when a constraint or index of cypher/schema.cypher is missing, and 200 again
 * once the schema is applied.
 */
import { applySchema } from '../src/db/apply-schema';
import { TestHttp } from './support/test-http';

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
  expect(await api.get('/readyz')).toMatchObject({ status: 200, json: { status: 'ready' } });
  await api.db.runSchemaStatement('DROP INDEX change_at IF EXISTS');
  expect(await api.get('/readyz')).toMatchObject({ status: 503, json: { status: 'schema not applied' } });
  await applySchema(api.db);
  expect(await api.get('/readyz')).toMatchObject({ status: 200, json: { status: 'ready' } });
});
