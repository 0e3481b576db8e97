/**
 * Three API processes behind Debian's HAProxy, configured by docs/deploy/haproxy.cfg: autocannon
 * sends a fixed number of reads through the balancer, and one replica is killed (SIGKILL, as a
 * crash or an OOM kill would) a third of the way through. Counted, not timed: every read is
 * answered 200 with data, because the balancer sends a read that met the dead replica to
 * another one and its health checks (/readyz) take the dead one out; the surviving replicas
 * serve the rest. Which requests the balancer resends (reads, keyed writes) and which it does
 * not (a mutation without an Idempotency-Key) is tests/balancer-retries.test.ts.
 */
import autocannon from 'autocannon';
import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { ApiReplicas, startApiReplicas } from '../support/api-replicas';
import { haproxyConfig, Haproxy, startHaproxy } from '../support/haproxy';

const ROOT = path.join(__dirname, '..', '..');
/** Small enough for a loaded 2-core machine; the kill lands after a third of them. */
const REQUESTS = 900;
const KILL_AFTER = 300;
const CONNECTIONS = 8;

let apis: ApiReplicas;
let balancer: Haproxy;

beforeAll(async () => {
  apis = await startApiReplicas(3);
  balancer = await startHaproxy(
    apis.replicas.map((replica, i) => ({ name: `api${i + 1}`, port: Number(new URL(replica.url).port) })),
  );
}, 300_000);
afterAll(async () => {
  await balancer?.stop();
  await apis?.stop();
});

function readBodies(): string[] {
  const files = fs
    .readdirSync(path.join(ROOT, 'docs', 'queries'))
    .filter(
      (f) =>
        f.endsWith('.graphql') &&
        !/mutation/i.test(fs.readFileSync(path.join(ROOT, 'docs', 'queries', f), 'utf8')),
    );
  return files
    .sort()
    .slice(0, 4)
    .map((file) =>
      JSON.stringify({ query: fs.readFileSync(path.join(ROOT, 'docs', 'queries', file), 'utf8') }),
    );
}

it('the generated configuration is the shipped one with loopback servers', () => {
  const config = haproxyConfig(1234, [{ name: 'api1', port: 5001 }]);
  expect(config).toContain('bind 127.0.0.1:1234');
  expect(config).toContain('server api1 127.0.0.1:5001 check');
  expect(config).not.toMatch(/^\s*(server-template|resolvers) /m);
  expect(config).toMatch(/retry-on conn-failure empty-response/);
});

it(`answers all ${REQUESTS} reads while one of three replicas is killed mid-run`, async () => {
  const victim = apis.replicas[0];
  if (!victim) throw new Error('no replica');
  const outcomes = new Map<string, number>();
  const servedBy = new Map<string, number>();
  const servedAfterKill = new Map<string, number>();
  let responses = 0;
  let killedAt: number | null = null;
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const requests = readBodies().map((body) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body,
    onResponse: (status: number, text: string, _context: object, headers: IncomingHttpHeaders = {}) => {
      responses += 1;
      let outcome = `HTTP ${status}`;
      try {
        const json = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        outcome =
          json.errors?.[0]?.extensions?.code ??
          (status === 200 && json.data ? 'OK' : `HTTP ${status} without data`);
      } catch {
        outcome = `unparsable ${status}`;
      }
      count(outcomes, outcome);
      const server = String(headers['x-served-by'] ?? headers['X-Served-By'] ?? 'none');
      count(killedAt === null ? servedBy : servedAfterKill, server);
      if (responses === KILL_AFTER && killedAt === null) {
        killedAt = responses;
        victim.child.kill('SIGKILL');
      }
    },
  }));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      { url: balancer.url, connections: CONNECTIONS, amount: REQUESTS, requests, timeout: 30 },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    run.on('reqError', (error: NodeJS.ErrnoException) =>
      count(outcomes, `socket ${error.code ?? error.message}`),
    );
  });
  await victim.exited;
  process.stdout.write(
    `load balancer: ${result.requests.total} requests, outcomes ${JSON.stringify(Object.fromEntries(outcomes))}; before the kill ${JSON.stringify(Object.fromEntries(servedBy))}, after ${JSON.stringify(Object.fromEntries(servedAfterKill))}\n`,
  );
  expect(killedAt).toBe(KILL_AFTER);
  expect(Object.fromEntries(outcomes)).toEqual({ OK: REQUESTS });
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  // All three served before the kill; after it, the two survivors served what was left.
  expect([...servedBy.keys()].sort()).toEqual(['api1', 'api2', 'api3']);
  expect([...servedAfterKill.keys()].filter((server) => server !== 'api1').sort()).toEqual(['api2', 'api3']);
  expect([...servedAfterKill.values()].reduce((a, b) => a + b, 0)).toBe(REQUESTS - KILL_AFTER);
}, 120_000);
