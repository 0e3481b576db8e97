/**
 * The API must recover by itself after any outage, whatever order events come in. One order a
 * real restart produces only now and then left the API refusing every call for good: a request
 * that began before the outage carried its remaining time budget into the one probe call the
 * outage breaker lets through, and that probe ran out of time instead of failing. Neo4j sits
 * behind a proxy (tests/support/fault-proxy.ts) that makes it vanish and return on cue.
 */
import { Database, QueryCounter } from '../../src/db/database';
import { FaultProxy } from '../support/fault-proxy';
import { testCredentials } from '../support/test-neo4j';
import { domainCode } from '../../src/api-errors';

let proxy: FaultProxy;
let db: Database;

beforeAll(async () => {
  const target = new URL((process.env.TEST_NEO4J_URI ?? '').replace(/^bolt/, 'http'));
  proxy = await FaultProxy.start({ host: target.hostname, port: Number(target.port) });
  // The server's default time limit, so the driver's own retries fit in it as they do in use.
  db = Database.connect({
    uri: proxy.uri,
    ...testCredentials(),
    database: 'neo4j',
    transactionTimeoutMs: 10_000,
  });
});
afterAll(async () => {
  await db.close();
  await proxy.stop();
});

/** One statement, as part of a request that must be answered within `leftMs` (or the default). */
async function outcome(leftMs?: number): Promise<string> {
  const request = new QueryCounter();
  if (leftMs !== undefined) request.deadline = Date.now() + leftMs;
  try {
    await db.read('RETURN 1 AS one', {}, request);
    return 'OK';
  } catch (error) {
    return String(domainCode(error) ?? error);
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('answers again once the server is back, even after a probe ran out of its request’s time', async () => {
  expect(await outcome()).toBe('OK');

  proxy.mode = 'refuse';
  proxy.dropOpen();
  expect(await outcome()).toBe('SERVICE_UNAVAILABLE');
  // Refused at once now, without trying.
  const began = Date.now();
  expect(await outcome()).toBe('SERVICE_UNAVAILABLE');
  expect(Date.now() - began).toBeLessThan(500);

  // After the probe interval, the next call is the probe; it belongs to a request with little
  // time left, which runs out while the driver is still trying to connect.
  await pause(1_100);
  expect(await outcome(1_500)).toBe('TIMEOUT');

  proxy.mode = 'forward';
  const back = Date.now();
  const seen: string[] = [];
  while (Date.now() - back < 20_000) {
    const result = await outcome();
    seen.push(result);
    if (result === 'OK') break;
    await pause(250);
  }
  process.stdout.write(`after the server was back: ${seen.join(' ')} (${Date.now() - back} ms)\n`);
  expect(seen.at(-1)).toBe('OK');
}, 60_000);
