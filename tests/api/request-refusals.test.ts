/**
 * What a careless or hostile client gets for a bad request: a 400 naming the variable, the
 * argument or the cause, before any database work, and an answer whose size does not follow
 * the size of the bad input. Found by the adversarial probe of issue 12.
 */
import { createHash } from 'node:crypto';
import { Database } from '../../src/db/database';
import { LIMITS } from '../../src/server/query-limits';
import { TestHttp } from '../support/test-http';

let api: TestHttp;
beforeAll(async () => {
  api = await TestHttp.start();
});
afterAll(() => api.stop());

const first = (result: { json: any }) => result.json.errors?.[0];

/** The database statements a request cost, by the process-wide counter. */
async function statementsOf(send: () => Promise<unknown>): Promise<number> {
  const before = api.db.total.count;
  await send();
  return api.db.total.count - before;
}

it('refuses an unused variable nested 5,000 levels deep with a 400, not a crash', async () => {
  for (const [open, close] of [
    ['[', ']'],
    ['{"a":', '}'],
  ] as const) {
    const body = `{"query":"{ stats { citations } }","variables":{"junk":${open.repeat(5000)}1${close.repeat(5000)}}}`;
    const result = await api.raw(body);
    expect(result.status).toBe(400);
    expect(first(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxVariableDepth' });
    expect(first(result).message).toMatch(/^\$junk.*nested more than \d+ levels deep/);
  }
});

describe('a bad variable is reported as such, naming the variable', () => {
  it.each([
    [
      'missing',
      'query($id: ID!) { entity(id: $id) { name } }',
      {},
      '$id',
      /Variable "\$id" of required type "ID!" was not provided/,
    ],
    [
      'of the wrong type',
      'query($f: Int!) { search(text: "x", first: $f) { score } }',
      { f: 'abc' },
      '$f',
      /Variable "\$f" got invalid value "abc"; Int cannot represent/,
    ],
    [
      'an unknown enum value',
      'query($t: [RelationType!]) { relations(of: "person:leo-klejn", types: $t) { totalCount } }',
      { t: ['NOPE'] },
      '$t',
      /Value "NOPE" does not exist in "RelationType" enum/,
    ],
    [
      'a null among non-null items',
      'query($c: [Certainty!]) { weakRelations(certainty: $c) { totalCount } }',
      { c: [null] },
      '$c',
      /Variable "\$c" got invalid value null at "c\[0\]"/,
    ],
  ])('%s', async (_what, query, variables, variable, message) => {
    let result: any;
    expect(await statementsOf(async () => (result = await api.post(query, variables)))).toBe(0);
    expect(result.status).toBe(400);
    expect(first(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: variable });
    expect(first(result).message).toMatch(message);
  });

  it('an input object without a required field', async () => {
    const result = await api.edit('mutation($i: NewEntityInput!) { createEntity(input: $i) { id } }', {
      i: { id: 'person:someone' },
    });
    expect(result.status).toBe(400);
    expect(first(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: '$i' });
    expect(first(result).message).toMatch(/Field "kind" of required type "EntityKind!" was not provided/);
  });
});

it('holds a variable’s default value to the list limit, before any database work', async () => {
  const types = Array.from({ length: 700 }, () => 'WROTE_TO').join(', ');
  let result: any;
  const statements = await statementsOf(
    async () =>
      (result = await api.post(
        `query($t: [RelationType!] = [${types}]) { relations(of: "person:leo-klejn", types: $t) { totalCount } }`,
      )),
  );
  expect(statements).toBe(0);
  expect(result.status).toBe(400);
  expect(first(result).extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    limit: 'maxListItems',
    max: LIMITS.maxListItems,
    argument: '$t',
  });
  expect(first(result).message).toBe(`$t: a list of 700 items; the limit is ${LIMITS.maxListItems}.`);
});

describe('Apollo’s and graphql’s bare errors get a code and a cause', () => {
  it('a persisted query whose hash does not match its text', async () => {
    const query = '{ stats { citations } }';
    const wrong = await api.raw(
      JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    );
    expect(wrong.status).toBe(400);
    expect(first(wrong).extensions.code).toBe('BAD_REQUEST');
    expect(first(wrong).message).toMatch(/sha256Hash is not the SHA-256 of the query/);
    // The right hash is accepted, so the refusal is about the hash.
    const right = await api.raw(
      JSON.stringify({
        query,
        extensions: {
          persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
        },
      }),
    );
    expect(right.json.errors).toBeUndefined();
  });

  it('validation that stops at its error limit says so', async () => {
    const fields = Array.from({ length: 60 }, (_, i) => `f${i}: nope${i}`).join(' ');
    const result = await api.post(`{ ${fields} }`);
    expect(result.status).toBe(400);
    const last = result.json.errors.at(-1);
    expect(last.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'maxValidationErrors',
    });
    expect(last.message).toMatch(/^Validation stopped after \d+ errors/);
  });

  it('a configured database that the server does not have is not "unavailable"', async () => {
    const uri = process.env.TEST_NEO4J_URI ?? '';
    const misconfigured = await TestHttp.start(
      Database.connect({
        uri,
        user: 'neo4j',
        password: process.env.NEO4J_TEST_PASSWORD ?? '',
        database: 'nope',
        transactionTimeoutMs: 10_000,
      }),
    );
    try {
      for (let i = 0; i < 2; i++) {
        const result = await misconfigured.post('{ entity(id: "person:leo-klejn") { name } }');
        expect(first(result).extensions.code).toBe('DATABASE_NOT_FOUND');
        expect(first(result).message).toMatch(/configured for the database "nope" \(NEO4J_DATABASE\)/);
      }
    } finally {
      await misconfigured.stop();
    }
  });
});

describe('long input', () => {
  const long = `person:${'x'.repeat(95_000)}`;

  it('caps ids on reads, naming the argument, before any database work', async () => {
    let result: any;
    expect(
      await statementsOf(
        async () => (result = await api.post('query($id: ID!) { entity(id: $id) { name } }', { id: long })),
      ),
    ).toBe(0);
    expect(result.status).toBe(400);
    expect(first(result).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'id',
      limit: 'maxIdLength',
    });
    const literal = await api.post(`{ relations(of: "${long}") { totalCount } }`);
    expect(first(literal).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'of' });
    // The longest ids of the graph still pass.
    const relation = await api.post(
      '{ relation(id: "person:leo-klejn>CONVICTED_UNDER>law:rsfsr-121") { id } }',
    );
    expect(relation.json.errors).toBeUndefined();
  });

  it('does not echo input of any length in error messages', async () => {
    const answers = [
      await api.post('query($f: Int!) { search(text: "x", first: $f) { score } }', { f: 'y'.repeat(90_000) }),
      await api.post(
        `{ entity(id: "person:leo-klejn") { relations(since: "${'9'.repeat(90_000)}") { totalCount } } }`,
      ),
      await api.edit('mutation($i: NewEntityInput!) { createEntity(input: $i) { id } }', {
        i: { id: long.slice(0, 50_000), kind: 'PERSON', name: 'x' },
      }),
    ];
    for (const answer of answers) {
      expect(answer.json.errors).toBeDefined();
      expect(answer.text.length).toBeLessThan(2_000);
    }
  });
});

it('refuses an impossible date in a read filter, naming the argument', async () => {
  for (const since of ['1933-13-45', '1933-02-30', '1933-00']) {
    const result = await api.post(
      `{ entity(id: "person:leo-klejn") { relations(since: "${since}") { totalCount } } }`,
    );
    expect(first(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'since' });
  }
  const fine = await api.post(
    '{ entity(id: "person:leo-klejn") { relations(since: "1933-02-28") { totalCount } } }',
  );
  expect(fine.json.errors).toBeUndefined();
});
