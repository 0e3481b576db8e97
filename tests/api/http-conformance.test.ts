/**
 * The GraphQL-over-HTTP conformance audits of the graphql-http package, run against the real
 * HTTP server: every MUST passes. The SHOULD and MAY audits that do not pass are listed here
 * with the reason, and printed when the test runs.
 */
import { serverAudits } from 'graphql-http';
import { TestHttp } from '../support/test-http';

let api: TestHttp;
beforeAll(async () => {
  api = await TestHttp.start();
});
afterAll(() => api.stop());

it('passes every MUST audit of graphql-http', async () => {
  const results = [];
  for (const audit of serverAudits({ url: () => api.graphqlUrl })) results.push(await audit.fn());
  expect(results.length).toBeGreaterThan(20);
  const failed = results.filter((r) => r.status !== 'ok');
  const mustFailures = failed
    .filter((r) => r.name.startsWith('MUST'))
    .map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
  expect(mustFailures).toEqual([]);
  const others = failed.map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
  process.stdout.write(
    `graphql-http audits: ${results.length} run, ${results.length - failed.length} ok; not ok (SHOULD/MAY):\n${others.join('\n')}\n`,
  );
});
