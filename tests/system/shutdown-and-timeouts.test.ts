/**
 * SIGTERM drains the requests in flight (each gets its full answer), closes the driver and
 * exits 0; and a statement that outlives the transaction time limit is stopped by the server
 * and reported as TIMEOUT, quickly, not as a hung request.
 */
import { Database } from '../../src/db/database';
import { startApiProcess } from '../support/api-process';
import { testCredentials, testServerEnv } from '../support/test-neo4j';
import { domainCode } from '../../src/api-errors';

it('drains in-flight requests on SIGTERM and exits 0', async () => {
  // NODE_ENV as in production: Apollo installs its own signal handlers outside NODE_ENV=test.
  const { child, url, output, exited } = await startApiProcess({
    ...process.env,
    NODE_ENV: 'production',
    ...testServerEnv(),
    LOAD_ON_START: 'never',
    PORT: '0',
  });
  const query =
    '{ neighborhood(id: "person:maxim-gorky", depth: 2, limit: 500) { nodes { id name degree } edges { id evidence { quote } } } }';
  const requests = Array.from({ length: 30 }, () =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as any,
      at: Date.now(),
    })),
  );
  // Once one has been answered the others have reached the server (they left together), and
  // with 30 heavy queries and a few transactions at a time most are still running.
  await Promise.race(requests);
  const killedAt = Date.now();
  child.kill('SIGTERM');
  const responses = await Promise.all(requests);
  expect(responses.filter((r) => r.at > killedAt).length).toBeGreaterThan(0);
  for (const response of responses) {
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.neighborhood.nodes.length).toBeGreaterThan(20);
  }
  expect(await exited).toBe(0);
  expect(output()).toContain('SIGTERM: draining requests');
  expect(output()).toContain('Stopped.');
  await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
});

it('stops a statement at the transaction time limit and reports TIMEOUT', async () => {
  const db = Database.connect({
    uri: String(process.env.TEST_NEO4J_URI),
    ...testCredentials(),
    database: 'neo4j',
    transactionTimeoutMs: 200,
  });
  try {
    const began = Date.now();
    const failure = await db
      .read('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n')
      .catch((error: unknown) => error);
    const elapsed = Date.now() - began;
    expect(domainCode(failure)).toBe('TIMEOUT');
    expect((failure as Error).message).toBe(
      'The query took longer than the transaction time limit and was stopped.',
    );
    expect(elapsed).toBeLessThan(5_000);
    const write = await db
      .write('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n')
      .catch((error: unknown) => error);
    expect(domainCode(write)).toBe('TIMEOUT');
  } finally {
    await db.close();
  }
});
