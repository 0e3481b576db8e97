/**
 * How /graphql answers when it cannot serve, as HTTP clients see it: while Neo4j is down, a
 * client of `application/graphql-response+json` gets 503 with Retry-After (the response has no
 * data, so the GraphQL-over-HTTP spec asks for a 4xx/5xx), a client of `application/json` gets
 * the spec's 200 with the same error and the same Retry-After; an Authorization header that is
 * no valid token is a 401 on reads as on writes; the HTML pages carry a strict
 * Content-Security-Policy that forbids framing.
 */
import { FaultProxy } from '../support/fault-proxy';
import { connectTestDatabase } from '../support/test-api';
import { TestHttp } from '../support/test-http';

const READ = '{ entity(id: "person:nika-poliakov") { name } }';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

describe('while Neo4j is down', () => {
  let proxy: FaultProxy;
  let api: TestHttp;

  beforeAll(async () => {
    const target = new URL((process.env.TEST_NEO4J_URI ?? '').replace(/^bolt/, 'http'));
    proxy = await FaultProxy.start({ host: target.hostname, port: Number(target.port) });
    const db = connectTestDatabase({ uri: proxy.uri, transactionTimeoutMs: 10_000 });
    api = await TestHttp.start(db);
  });
  afterAll(async () => {
    await api.stop();
    await proxy.stop();
  });

  function post(accept: string) {
    return api.raw(JSON.stringify({ query: READ }), { 'content-type': 'application/json', accept });
  }

  it('answers 503 with Retry-After to graphql-response+json clients, 200 with Retry-After to application/json ones, and serves again once it is back', async () => {
    expect((await post(GRAPHQL_RESPONSE)).json.data.entity.name).toBe('Nika Poliakov');
    proxy.mode = 'refuse';
    proxy.dropOpen();

    // The request that finds the outage: its data is there (null), so 200 either way.
    const finding = await post('application/json');
    expect(finding.status).toBe(200);
    expect(finding.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(finding.headers.get('retry-after')).toBe('2');

    const spec = await post(GRAPHQL_RESPONSE);
    expect(spec.status).toBe(503);
    expect(spec.headers.get('retry-after')).toBe('2');
    expect(spec.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(spec.json).toEqual({
      errors: [
        {
          message: 'The graph database is unavailable; try again shortly.',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });

    const legacy = await post('application/json');
    expect(legacy.status).toBe(200);
    expect(legacy.headers.get('retry-after')).toBe('2');
    expect(legacy.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

    proxy.mode = 'forward';
    let back = await post(GRAPHQL_RESPONSE);
    while (back.status === 503) back = await post(GRAPHQL_RESPONSE);
    expect(back.status).toBe(200);
    expect(back.json.data.entity.name).toBe('Nika Poliakov');
    expect(back.headers.get('retry-after')).toBeNull();
  });
});

describe('bearer tokens on reads', () => {
  let api: TestHttp;
  beforeAll(async () => {
    api = await TestHttp.start();
  });
  afterAll(() => api.stop());

  it.each([
    ['an unknown token', 'Bearer egt_not-a-token'],
    ['a header that is no bearer token', 'Basic dXNlcjpwYXNz'],
  ])('answers a read with %s 401, naming the problem', async (_what, authorization) => {
    const result = await api.raw(JSON.stringify({ query: READ }), {
      'content-type': 'application/json',
      authorization,
    });
    expect(result.status).toBe(401);
    expect(result.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(result.json.errors[0]).toMatchObject({
      message: expect.stringContaining('bearer token is not valid'),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(result.json.data).toBeUndefined();
  });

  it('still answers reads with no token or a valid one', async () => {
    expect((await api.post(READ)).json.data.entity.name).toBe('Nika Poliakov');
    expect((await api.post(READ, {}, api.readerToken)).json.data.entity.name).toBe('Nika Poliakov');
  });
});

describe('the HTML pages', () => {
  let api: TestHttp;
  beforeAll(async () => {
    api = await TestHttp.start();
  });
  afterAll(() => api.stop());

  it.each(['/', '/graphql'])(
    'serve %s with a Content-Security-Policy that allows only this server and no framing',
    async (path) => {
      const result = await api.get(path, { accept: 'text/html' });
      expect(result.headers.get('content-type')).toMatch(/^text\/html/);
      const policy = Object.fromEntries(
        (result.headers.get('content-security-policy') ?? '')
          .split(/;\s*/)
          .map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
      );
      expect(policy['default-src']).toEqual(["'none'"]);
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['connect-src']).toEqual(["'self'"]);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(result.headers.get('x-frame-options')).toBe('DENY');
    },
  );
});
