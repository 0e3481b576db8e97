/**
 * Property-based fuzzing (fast-check) of the HTTP API: thousands of generated operations with
 * hostile argument values and random documents never get a 5xx or an unmasked error, and
 * generated writes that are refused (bad input, no token, a reader's token) never change the
 * graph. Restores the curated graph afterwards (some generated writes are valid).
 */
import fc from 'fast-check';
import { Database } from '../../src/db/database';
import { HttpResult, apiForWritingTests, TestHttp } from '../support/test-http';

let api: TestHttp;
apiForWritingTests((started) => (api = started));

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
]);
const LEAK = /neo4j|cypher|MATCH \(|\bat .*\.(ts|js):\d+|node_modules|stack/i;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.length > 0 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Checks the status and every error; the client's own values, echoed in messages, are not leaks. */
function checkResponse(result: HttpResult, label: string, variables: Record<string, unknown>): void {
  const echoed = strings(variables).sort((a, b) => b.length - a.length);
  if (result.status >= 500) throw new Error(`${label}: HTTP ${result.status}: ${result.text.slice(0, 300)}`);
  if (result.json === null) throw new Error(`${label}: not JSON: ${result.text.slice(0, 300)}`);
  for (const error of result.json.errors ?? []) {
    const code = error.extensions?.code;
    if (!PUBLIC_CODES.has(code)) throw new Error(`${label}: error code ${code}: ${JSON.stringify(error)}`);
    const message = echoed.reduce(
      (text: string, value) => text.split(value).join('<input>'),
      String(error.message),
    );
    if (LEAK.test(message) || 'stacktrace' in (error.extensions ?? {}))
      throw new Error(`${label}: leaks internals: ${JSON.stringify(error)}`);
  }
}

/** Strings a hostile or careless client sends: Cypher and Lucene syntax, unicode, huge and empty. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '*',
    '?',
    '~',
    '"',
    "'",
    '\\',
    '`',
    '{',
    '}',
    '[',
    ']',
    '(',
    ')',
    ':',
    'AND',
    'OR NOT',
    '*:*',
    "' OR 1=1 //",
    '") MATCH (n) DETACH DELETE n //',
    '`) DETACH DELETE n //',
    '$ids',
    '{{TYPES}}',
    'person:leo-klejn',
    'person:leo-klejn>CONVICTED_UNDER>law:rsfsr-121',
    'b2Zmc2V0OjE',
    'b2Zmc2V0Ojk5OTk5OTk5OQ',
    '1933',
    '1933-13-45',
    '-0001',
    'x'.repeat(250),
    '\u0000',
    '\ud800',
    'Štajner',
    'Ягода',
  ),
);
const hostileInt = fc.oneof(
  fc.integer({ min: -5, max: 1000 }),
  fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648),
);
const relationTypes = fc.subarray(['CONVICTED_UNDER', 'WROTE_TO', 'ABOUT', 'PART_OF', 'AUTHORED']);

const operations: fc.Arbitrary<{ query: string; variables: Record<string, unknown> }>[] = [
  fc.record({ t: hostileString, n: hostileInt }).map((v) => ({
    query: 'query($t: String!, $n: Int!) { search(text: $t, first: $n) { score entity { id name } } }',
    variables: v,
  })),
  fc.record({ id: hostileString }).map((v) => ({
    query: 'query($id: ID!) { entity(id: $id) { id name ... on Person { convictions { totalCount } } } }',
    variables: v,
  })),
  fc.record({ id: hostileString, n: hostileInt, types: relationTypes }).map((v) => ({
    query:
      'query($id: ID!, $n: Int!, $types: [RelationType!]) { relations(of: $id, first: $n, types: $types) { nodes { id evidence { quote } } } }',
    variables: v,
  })),
  fc
    .record({ id: hostileString })
    .map((v) => ({ query: 'query($id: ID!) { relation(id: $id) { id type } }', variables: v })),
  fc.record({ id: hostileString, d: hostileInt, l: hostileInt }).map((v) => ({
    query:
      'query($id: ID!, $d: Int!, $l: Int!) { neighborhood(id: $id, depth: $d, limit: $l) { nodes { id } edges { id } } }',
    variables: v,
  })),
  fc.record({ a: hostileString, b: hostileString, h: hostileInt, n: hostileInt }).map((v) => ({
    query:
      'query($a: ID!, $b: ID!, $h: Int!, $n: Int!) { paths(from: $a, to: $b, maxHops: $h, first: $n) { length } }',
    variables: v,
  })),
  fc.record({ s: hostileString, u: hostileString, a: hostileString, n: hostileInt }).map((v) => ({
    query:
      'query($s: String, $u: String, $a: String, $n: Int!) { entity(id: "person:nika-poliakov") { relations(since: $s, until: $u, after: $a, first: $n) { totalCount } } }',
    variables: v,
  })),
  fc.record({ m: hostileInt, n: hostileInt, a: hostileString }).map((v) => ({
    query:
      'query($m: Int!, $n: Int!, $a: String) { weakRelations(maxSources: $m, first: $n, after: $a) { totalCount } }',
    variables: v,
  })),
  fc.record({ t: hostileString, a: hostileString, n: hostileInt }).map((v) => ({
    query:
      'query($t: ID, $a: String, $n: Int!) { changes(targetId: $t, actor: $a, first: $n) { totalCount } }',
    variables: v,
  })),
  // Random documents and random variables of the wrong type.
  fc.record({
    query: fc.string({ maxLength: 80 }),
    variables: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })),
  }),
  fc
    .record({ v: fc.jsonValue({ maxDepth: 2 }) })
    .map((v) => ({ query: 'query($v: Int!) { search(text: "Stalin", first: $v) { score } }', variables: v })),
];

it('never answers a generated read with a 5xx or an unmasked error (2000 cases)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(...operations), async ({ query, variables }) => {
      checkResponse(await api.post(query, variables), query, variables);
    }),
    { numRuns: 2000 },
  );
});

const entityInput = fc.record(
  {
    id: fc.oneof(hostileString, fc.constantFrom('person:fuzz-a', 'law:fuzz-b', 'person:leo-klejn')),
    kind: fc.constantFrom('PERSON', 'LAW', 'PLACE', 'SOURCE', 'ORGANIZATION'),
    name: hostileString,
    aliases: fc.array(hostileString, { maxLength: 3 }),
    born: hostileString,
    placeKind: hostileString,
    lat: fc.double({ noNaN: true }),
    lon: fc.double({ noNaN: true }),
    language: hostileString,
  },
  { requiredKeys: ['id', 'kind', 'name'] },
);
const relationInput = fc.record(
  {
    type: fc.constantFrom('CONVICTED_UNDER', 'WROTE_TO', 'ABOUT'),
    from: fc.oneof(hostileString, fc.constantFrom('person:leo-klejn', 'person:nika-poliakov')),
    to: fc.oneof(hostileString, fc.constantFrom('law:rsfsr-121', 'person:maxim-gorky')),
    key: hostileString,
    certainty: fc.constantFrom('ATTESTED', 'RUMOURED'),
    date: hostileString,
    sentence: hostileString,
    evidence: fc.array(
      fc.record({
        source: fc.oneof(hostileString, fc.constant('source:seed-001-healey-interview')),
        quote: hostileString,
      }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['type', 'from', 'to', 'certainty', 'evidence'] },
);
const writes = fc.oneof(
  // Mostly valid: a fresh id and a hostile but acceptable name, stored as given.
  fc.record({ n: fc.nat(1_000_000), name: hostileString }).map(({ n, name }) => ({
    query: 'mutation($input: NewEntityInput!) { createEntity(input: $input) { id } }',
    variables: { input: { id: `person:fuzz-${n}`, kind: 'PERSON', name } },
  })),
  entityInput.map((input) => ({
    query: 'mutation($input: NewEntityInput!) { createEntity(input: $input) { id } }',
    variables: { input },
  })),
  relationInput.map((input) => ({
    query: 'mutation($input: NewRelationInput!) { addRelation(input: $input) { id } }',
    variables: { input },
  })),
  fc
    .record({
      id: fc.oneof(hostileString, fc.constant('person:nika-poliakov')),
      version: hostileInt,
      name: hostileString,
      died: hostileString,
    })
    .map(({ id, version, name, died }) => ({
      query:
        'mutation($id: ID!, $version: Int!, $patch: EntityPatch!) { updateEntity(id: $id, version: $version, patch: $patch) { id } }',
      variables: { id, version, patch: { name, died } },
    })),
  fc.record({ id: hostileString, version: hostileInt, reason: hostileString }).map((variables) => ({
    query:
      'mutation($id: ID!, $version: Int!, $reason: String!) { retractRelation(id: $id, version: $version, reason: $reason) { id } }',
    variables,
  })),
);

/**
 * A cheap stand-in for the full fingerprint, taken after every generated write: node and
 * relationship counts and property counts, and every property of the entities and relations
 * the generated writes aim at. A refused write that touched anything would move it.
 */
async function watermark(db: Database): Promise<string> {
  const rows = await db.read(`
    CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProps }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS rels, sum(size(keys(r))) AS relProps }
    CALL () {
      MATCH (e:Entity) WHERE e.id IN ['person:nika-poliakov', 'person:leo-klejn', 'law:rsfsr-121', 'person:maxim-gorky']
      OPTIONAL MATCH (e)-[r]-() WITH e, r ORDER BY e.id, r.id
      RETURN collect([properties(e), properties(r)]) AS targets
    }
    RETURN nodes, nodeProps, rels, relProps, targets`);
  return JSON.stringify(rows);
}

it('never changes the graph with a refused write, and never fails one with a 5xx (600 cases)', async () => {
  let baseline = await watermark(api.db);
  let accepted = 0;
  await fc.assert(
    fc.asyncProperty(
      writes,
      fc.constantFrom('editor', 'editor', 'editor', 'reader', 'none'),
      async ({ query, variables }, who) => {
        const token = who === 'editor' ? api.editorToken : who === 'reader' ? api.readerToken : undefined;
        const result = await api.post(query, variables, token);
        checkResponse(result, `${query} ${JSON.stringify(variables)}`, variables);
        const after = await watermark(api.db);
        if (result.json.errors?.length) {
          if (after !== baseline)
            throw new Error(
              `a refused write changed the graph: ${JSON.stringify(variables)} -> ${JSON.stringify(result.json.errors)}`,
            );
        } else {
          if (who !== 'editor')
            throw new Error(`a write without an editor token was accepted: ${JSON.stringify(variables)}`);
          // An accepted write that left the graph as it was would be a lost write.
          if (after === baseline)
            throw new Error(`an accepted write changed nothing: ${query} ${JSON.stringify(variables)}`);
          accepted += 1;
          baseline = after;
        }
      },
    ),
    { numRuns: 600 },
  );
  // Most generated createEntity writes are valid: none accepted means the write path refuses all.
  expect(accepted).toBeGreaterThan(0);
  expect(accepted).toBeLessThan(600);
});
