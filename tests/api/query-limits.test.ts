/**
 * The limits that guard the API: each refusal names its limit and comes before any database
 * work; the request body is capped; every operation reports its computed cost; and every
 * example operation, the explorer's heaviest operations and GraphiQL's introspection fit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { MAX_BODY_BYTES } from '../../src/server/http-app';
import { MAX_CITATIONS_PER_RELATION } from '../../src/writes/relation-writes';
import { LIMITS } from '../../src/server/query-limits';
import { TestHttp } from '../support/test-http';

let api: TestHttp;
beforeAll(async () => {
  api = await TestHttp.start();
});
afterAll(() => api.stop());

function refusal(result: { status: number; json: any }) {
  return { status: result.status, ...result.json.errors?.[0]?.extensions };
}

it('reports the computed cost of every operation in extensions.cost, before the round trips', async () => {
  const small = await api.post('{ entity(id: "person:leo-klejn") { name } }');
  expect(small.json.extensions).toMatchObject({ cost: 2, roundTrips: 1 });
  const paged = await api.post(
    '{ entity(id: "person:leo-klejn") { relations(first: 50) { nodes { id } } } }',
  );
  // entity 1 + relations 1 + 50 x (nodes 1 + id 1)
  expect(paged.json.extensions.cost).toBe(1 + 1 + 50 * 2);
});

it('refuses an operation over the cost budget before it reaches the database, naming the limit and the cost', async () => {
  const before = api.db.total.count;
  const result = await api.post(
    `{ entity(id: "person:maxim-gorky") { relations(first: 500) { nodes { to { relations(first: 500) { nodes { id } } } } } } }`,
  );
  expect(refusal(result)).toMatchObject({
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    limit: 'maxCost',
    max: LIMITS.maxCost,
  });
  expect(result.json.errors[0].extensions.cost).toBeGreaterThan(LIMITS.maxCost);
  expect(result.json.errors[0].message).toMatch(/cost \d+; the limit is 50000/);
  expect(result.json.data).toBeUndefined();
  expect(api.db.total.count).toBe(before);
});

it('prices a repeated operation by its own variables each time, and never remembers a refusal', async () => {
  // The checks of an accepted (document, variables) are kept; these would pass on a cache keyed by the text alone.
  const query = 'query($id: ID!, $n: Int) { entity(id: $id) { relations(first: $n) { nodes { id } } } }';
  const costOf = async (n: number) => (await api.post(query, { id: 'person:leo-klejn', n })).json;
  expect((await costOf(50)).extensions.cost).toBe(1 + 1 + 50 * 2);
  expect((await costOf(10)).extensions.cost).toBe(1 + 1 + 10 * 2);
  expect((await costOf(50)).extensions.cost).toBe(1 + 1 + 50 * 2);
  const tooLong = await api.post(query, { id: 'x'.repeat(5_000), n: 10 });
  expect(tooLong.status).toBe(400);
  const huge =
    'query($id: ID!, $n: Int) { entity(id: $id) { relations(first: $n) { nodes { to { relations(first: $n) { nodes { id } } } } } } }';
  const before = api.db.total.count;
  for (let i = 0; i < 2; i++) {
    expect(refusal(await api.post(huge, { id: 'person:leo-klejn', n: 500 }))).toMatchObject({
      status: 400,
      limit: 'maxCost',
    });
  }
  expect((await api.post(huge, { id: 'person:leo-klejn', n: 2 })).json.extensions.cost).toBe(
    1 + 1 + 2 * (1 + 1 + 1 + 2 * 2),
  );
  expect(refusal(await api.post(huge, { id: 'person:leo-klejn', n: 500 }))).toMatchObject({
    status: 400,
    limit: 'maxCost',
  });
  expect(api.db.total.count).toBe(before + 1);
});

it('refuses an operation deeper than the depth limit', async () => {
  let selection = 'id';
  for (let i = 0; i < 8; i++) selection = `relations(first: 1) { nodes { from { ${selection} } } }`;
  const result = await api.post(`{ entity(id: "person:leo-klejn") { ${selection} } }`);
  expect(refusal(result)).toMatchObject({
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    limit: 'maxDepth',
    max: LIMITS.maxDepth,
  });
  expect(result.json.errors[0].message).toContain(`the limit is ${LIMITS.maxDepth}`);
});

it('counts depth through fragments', async () => {
  const fragments = Array.from(
    { length: 20 },
    (_, i) =>
      `fragment F${i} on Relation { from { ${i < 19 ? `relations(first: 1) { nodes { ...F${i + 1} } }` : 'id'} } }`,
  ).join('\n');
  const result = await api.post(
    `{ entity(id: "person:leo-klejn") { relations(first: 1) { nodes { ...F0 } } } }\n${fragments}`,
  );
  expect(refusal(result)).toMatchObject({ limit: 'maxDepth' });
});

describe('fields priced by what they read', () => {
  async function graphSize() {
    const { stats } = (await api.post('{ stats { entities { count } relations { count } citations } }')).json
      .data;
    const sum = (counts: { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);
    return {
      entities: sum(stats.entities),
      relations: sum(stats.relations),
      citations: stats.citations as number,
    };
  }

  it('prices weakRelations by the graph it scans, not as one field', async () => {
    const size = await graphSize();
    const weak = await api.post('{ weakRelations(first: 1) { totalCount } }');
    expect(weak.json.extensions.cost).toBe(1 + size.relations + size.citations + 1);
  });

  it('refuses a request of many whole-graph scans that used to cost about 60', async () => {
    const before = api.db.total.count;
    const fields = Array.from(
      { length: 30 },
      (_, i) => `w${i}: weakRelations(first: 10) { nodes { id } }`,
    ).join(' ');
    const result = await api.post(`{ ${fields} }`);
    expect(refusal(result)).toMatchObject({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'maxScans',
    });
    // Refused by validation: not even the graph's size is read for a price.
    expect(api.db.total.count - before).toBe(0);
  });

  it('refuses a second whole-graph scan in one operation, even where thirty would fit the cost budget', async () => {
    // On the seed graph one scan costs about 1,665, so thirty of `totalCount` alone cost 49,950:
    // under the budget, they ran thirty scans (npm run probe, "whole-graph scans").
    const before = api.db.total.count;
    const result = await api.post(
      `{ ${Array.from({ length: 2 }, (_, i) => `w${i}: weakRelations(first: 1) { totalCount }`).join(' ')} }`,
    );
    expect(refusal(result)).toMatchObject({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'maxScans',
      max: 1,
      field: 'weakRelations',
    });
    expect(api.db.total.count).toBe(before);
    const one = await api.post('{ weakRelations(first: 1) { totalCount } }');
    expect(one.json.errors).toBeUndefined();
  });

  it('answers stats from memory per data version: thirty in one request scan the graph at most once', async () => {
    const scans: string[] = [];
    const read = api.db.read.bind(api.db);
    api.db.read = (query, params, counter) => {
      if (query.includes('relationsWithoutEvidence')) scans.push(query);
      return read(query, params, counter);
    };
    try {
      const fields = Array.from({ length: 30 }, (_, i) => `s${i}: stats { citations }`).join(' ');
      const result = await api.post(`{ ${fields} }`);
      expect(result.json.errors).toBeUndefined();
      expect(result.json.extensions.cost).toBeLessThan(200);
      expect(scans.length).toBeLessThanOrEqual(1);
    } finally {
      api.db.read = read;
    }
  });

  it('answers thirty stats in one request with the round trips of one', async () => {
    // Thirty version reads per request, from twenty clients, queued 600 transactions ahead of
    // everyone else's lookups (npm run probe, "whole-graph scans").
    await api.post('{ stats { citations } }'); // the scan, kept for the version
    const one = await api.post('{ stats { citations } }');
    const fields = Array.from({ length: 30 }, (_, i) => `s${i}: stats { citations }`).join(' ');
    const thirty = await api.post(`{ ${fields} }`);
    expect(thirty.json.errors).toBeUndefined();
    expect(thirty.json.data.s29).toEqual(one.json.data.stats);
    expect(thirty.json.extensions.roundTrips).toBe(one.json.extensions.roundTrips);
  });

  it('prices a relation’s evidence as a page of its `first`, at most the citation cap', async () => {
    const byDefault = await api.post(
      '{ relation(id: "person:leo-klejn>CONVICTED_UNDER>law:rsfsr-121") { evidence { quote } } }',
    );
    // relation 1 + evidence (1 + 10 x quote 1): 10 is evidence's default page
    expect(byDefault.json.extensions.cost).toBe(1 + 1 + 10 * 1);
    const all = await api.post(
      `{ relation(id: "person:leo-klejn>CONVICTED_UNDER>law:rsfsr-121") { evidence(first: ${MAX_CITATIONS_PER_RELATION}) { quote } } }`,
    );
    expect(all.json.extensions.cost).toBe(1 + 1 + MAX_CITATIONS_PER_RELATION * 1);
  });
});

it('refuses more aliases than the limit', async () => {
  const fields = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { citations }`).join(
    ' ',
  );
  const result = await api.post(`{ ${fields} }`);
  expect(refusal(result)).toMatchObject({
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    limit: 'maxAliases',
    max: LIMITS.maxAliases,
  });
});

it('refuses a document of more tokens than the limit', async () => {
  const result = await api.post(
    `{ ${Array.from({ length: LIMITS.maxTokens }, () => '__typename').join(' ')} }`,
  );
  expect(result.status).toBe(400);
  expect(result.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  // graphql's own wording ("more that" in graphql 16).
  expect(result.json.errors[0].message).toMatch(new RegExp(`more tha[nt] ${LIMITS.maxTokens} tokens`));
});

it('caps list arguments, literal or in variables, naming the argument', async () => {
  const types = Array.from({ length: LIMITS.maxListItems + 1 }, () => 'WROTE_TO');
  const literal = await api.post(
    `{ relations(of: "person:leo-klejn", types: [${types.join(',')}]) { totalCount } }`,
  );
  expect(refusal(literal)).toMatchObject({ status: 400, limit: 'maxListItems', argument: 'types' });
  const variable = await api.post(
    'query($t: [RelationType!]) { relations(of: "person:leo-klejn", types: $t) { totalCount } }',
    { t: types },
  );
  expect(refusal(variable)).toMatchObject({ status: 400, limit: 'maxListItems', argument: '$t' });
});

it('caps the request body with a JSON error, not an HTML page with a stack trace', async () => {
  const padding = 'x'.repeat(MAX_BODY_BYTES + 1);
  const result = await api.raw(JSON.stringify({ query: `{ search(text: "${padding}") { score } }` }));
  expect(result.status).toBe(413);
  expect(result.json.errors[0]).toEqual({
    message: `The request body exceeds ${MAX_BODY_BYTES} bytes.`,
    extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX_BODY_BYTES },
  });
  const malformed = await api.raw('{"query": ');
  expect(malformed.status).toBe(400);
  expect(malformed.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  for (const text of [result.text, malformed.text])
    expect(text).not.toMatch(/ at |node_modules|<html|stack/i);
});

describe('what must fit', () => {
  const examples = fs
    .readdirSync(path.join(__dirname, '..', '..', 'docs', 'queries'))
    .filter((f) => f.endsWith('.graphql'));

  it.each(examples)('docs/queries/%s runs within every limit', async (file) => {
    const result = await api.post(
      fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'queries', file), 'utf8'),
    );
    expect(result.json.errors).toBeUndefined();
    expect(result.json.extensions.cost).toBeLessThanOrEqual(LIMITS.maxCost);
  });

  // The explorer's (web/explorer/api.ts) heaviest operations, at the largest sizes it may ask for.
  const ENTITY = 'id kind name aliases description degree';
  const RELATION = 'id type certainty date { edtf earliest latest } from { id } to { id }';
  const RELATION_DETAIL =
    'id type certainty date { edtf earliest latest } from { id name kind } to { id name kind } evidence { quote locator source { id name } }';
  // Each with the words the README gives its measured cost after (section "Limits and security").
  const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
  it.each([
    [
      'neighbourhood of depth 2 and 500 nodes',
      `{ neighborhood(id: "person:maxim-gorky", depth: 2, limit: 500) { nodes { ${ENTITY} } edges { ${RELATION} } } }`,
    ],
    [
      '5 paths of up to 6 hops with evidence',
      `{ paths(from: "person:maxim-gorky", to: "person:nika-poliakov", first: 5, maxHops: 6) { length nodes { ${ENTITY} } relations { ${RELATION_DETAIL} } } }`,
    ],
    // Evidence is priced as a full list of citations (up to 50 each), so a page of 500 relations with their evidence no longer fits.
    [
      'a page of 150 relations with their evidence',
      `{ entity(id: "person:maxim-gorky") { relations(first: 150) { totalCount nodes { ${RELATION_DETAIL} } } } }`,
    ],
    [
      'a page of 500 without evidence',
      `{ entity(id: "person:maxim-gorky") { relations(first: 500) { totalCount nodes { ${RELATION} } } } }`,
    ],
    [
      "GraphiQL's introspection",
      getIntrospectionQuery({
        descriptions: true,
        inputValueDeprecation: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
      }),
    ],
  ])('%s runs within every limit, at the cost the README gives', async (name, query) => {
    const result = await api.post(query);
    expect(result.json.errors).toBeUndefined();
    const cost = result.json.extensions.cost as number;
    expect(cost).toBeLessThanOrEqual(LIMITS.maxCost);
    expect(README).toContain(`${name} ${cost.toLocaleString('en-US')}`);
  });
});
