/**
 * Which requests docs/deploy/haproxy.cfg resends to another replica when one dies before answering.
 * Behind HAProxy (Debian's, with the shipped file) sit two stand-in replicas that pass the
 * health check and, for every POST /graphql, count it and drop the connection without a word,
 * as an API process killed mid-request would. A query is resent (it is safe to); a mutation is
 * delivered once and the client gets the error, since it may have committed; a mutation with
 * an Idempotency-Key is resent, the key making a second delivery harmless. No Neo4j is involved.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Haproxy, startHaproxy } from '../support/haproxy';

interface StandIn {
  server: http.Server;
  port: number;
  posts: number;
}

async function standIn(): Promise<StandIn> {
  const replica: StandIn = { server: http.createServer(), port: 0, posts: 0 };
  replica.server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.method === 'GET' && req.url === '/readyz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}');
      return;
    }
    replica.posts += 1;
    // Read the body first, so the balancer has sent all of it, then vanish.
    req.resume();
    req.on('end', () => req.socket.destroy());
  });
  await new Promise<void>((resolve) => replica.server.listen(0, '127.0.0.1', resolve));
  replica.port = (replica.server.address() as AddressInfo).port;
  return replica;
}

let replicas: StandIn[];
let balancer: Haproxy;

beforeAll(async () => {
  replicas = [await standIn(), await standIn()];
  balancer = await startHaproxy(replicas.map((r, i) => ({ name: `api${i + 1}`, port: r.port })));
}, 60_000);
afterAll(async () => {
  await balancer?.stop();
  for (const r of replicas ?? []) {
    r.server.closeAllConnections();
    await new Promise((resolve) => r.server.close(resolve));
  }
});

/** One POST on a connection of its own (no pooled keep-alive connection from earlier requests). */
function post(body: unknown, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${balancer.url}/graphql`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

async function deliveries(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; delivered: number }> {
  for (const r of replicas) r.posts = 0;
  const status = await post(body, headers);
  return { status, delivered: replicas.reduce((n, r) => n + r.posts, 0) };
}

it('resends a query to another replica, up to the retries', async () => {
  const outcome = await deliveries({ query: '{ entity(id: "person:nika-poliakov") { name } }' });
  // The first delivery and 3 retries (retries 3), each on a replica that dies too.
  expect(outcome).toEqual({ status: 502, delivered: 4 });
});

it('delivers a mutation without an Idempotency-Key once and lets the client decide', async () => {
  const outcome = await deliveries({
    query: 'mutation { createEntity(input: { id: "person:x", kind: PERSON, name: "X" }) { id } }',
  });
  expect(outcome).toEqual({ status: 502, delivered: 1 });
});

it('resends a mutation that carries an Idempotency-Key', async () => {
  const outcome = await deliveries(
    { query: 'mutation { createEntity(input: { id: "person:x", kind: PERSON, name: "X" }) { id } }' },
    { 'idempotency-key': 'balancer-retry-key-1' },
  );
  expect(outcome).toEqual({ status: 502, delivered: 4 });
});
