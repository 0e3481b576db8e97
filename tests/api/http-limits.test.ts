/**
 * The HTTP server's socket limits, as a slow or greedy client meets them: a client that
 * dribbles its request body is answered 408 and cut off once the request time is up (not kept
 * for minutes), and one address holding more connections than allowed gets 503 with
 * Retry-After on the extra ones, while its others keep working.
 */
import net from 'node:net';
import { TestHttp } from '../support/test-http';

let api: TestHttp;
const MAX_CONNECTIONS = 3;

beforeAll(async () => {
  api = await TestHttp.start(undefined, {
    http: { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, maxConnectionsPerIp: MAX_CONNECTIONS },
  });
});
afterAll(async () => {
  await api.stop();
});

function connect(): Promise<net.Socket> {
  const { port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('slow clients', () => {
  const body = JSON.stringify({
    query: `{ entity(id: "person:nika-poliakov") { name } } ${' '.repeat(400)}`,
  });
  const head = 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n';
  it.each([
    [
      'its headers',
      '',
      `${head}X-Padding: ${'x'.repeat(400)}\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    ],
    ['its body', `${head}Content-Length: ${body.length}\r\n\r\n`, body],
  ])(
    'answers 408 and closes the connection of a client that dribbles %s, long before it is done',
    async (_what, sentAtOnce, dribbled) => {
      const socket = await connect();
      socket.write(sentAtOnce);
      let answer = '';
      let closed = false;
      socket.on('data', (chunk) => (answer += String(chunk)));
      socket.on('error', () => {});
      const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      void ended.then(() => (closed = true));
      // One byte every 100 ms: the rest of the request would take 45 s or more; the limits are 1 s and 2 s.
      let sent = 0;
      while (!closed && sent < dribbled.length) {
        socket.write(dribbled[sent] ?? '');
        sent += 1;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await ended;
      expect(sent).toBeLessThan(dribbled.length);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    },
  );
});

describe('connections per address', () => {
  it(`lets one address hold ${MAX_CONNECTIONS} connections and answers a further one 503 with Retry-After`, async () => {
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, connect));
    try {
      const refused = await api.get('/healthz');
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(refused.json.errors[0].extensions).toMatchObject({
        code: 'TOO_MANY_CONNECTIONS',
        limit: 'HTTP_MAX_CONNECTIONS_PER_IP',
        max: MAX_CONNECTIONS,
      });
    } finally {
      for (const socket of held) socket.destroy();
    }
    // Once they are closed, the address is welcome again (the server counts the closes as they arrive).
    let again = await api.get('/healthz');
    while (again.status === 503) again = await api.get('/healthz');
    expect(again).toMatchObject({ status: 200, json: { status: 'ok' } });
  });
});
