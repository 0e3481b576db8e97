/**
 * Every read operation is one Cypher statement, whatever it nests, and the statement's text
 * depends on the operation's shape only: operations that differ in argument values (types in
 * another order, other certainties, dates, page sizes, cursors) run as one query text, which
 * Neo4j plans once. Counted twice: by the API's own counter (`extensions.roundTrips`) and by the
 * Neo4j server's query collector (db.stats, which records every query it executes).
 */
import { TestApi } from '../support/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(() => api.stop());

/** The query texts the server executed since `resetCollector`, with how often each ran. */
async function collected(expected: number): Promise<Map<string, number>> {
  let texts = new Map<string, number>();
  for (let i = 0; i < 50; i += 1) {
    const rows = await api.db.read("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
    texts = new Map();
    for (const row of rows) {
      const data = row.data as { query?: string; invocations?: unknown[] };
      if (data.query?.includes('db.stats')) continue;
      texts.set(String(data.query), (texts.get(String(data.query)) ?? 0) + (data.invocations?.length ?? 0));
    }
    if ([...texts.values()].reduce((a, b) => a + b, 0) >= expected) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return texts;
}

async function resetCollector(): Promise<void> {
  await api.db.runSchemaStatement("CALL db.stats.stop('QUERIES')");
  await api.db.runSchemaStatement("CALL db.stats.clear('QUERIES')");
  await api.db.runSchemaStatement("CALL db.stats.collect('QUERIES')");
}

const RELATION =
  'id type certainty date { edtf } from { id name } to { id name } evidence { quote source { id name } } sourceCount';

const OPERATIONS: [string, string][] = [
  [
    'three nested traversals, through fragments and aliases',
    `{ entity(id: "person:leo-klejn") { id name ... on Person { convictions(first: 5) { nodes { ${RELATION} to { ... on Law {
       convicted(first: 20) { totalCount nodes { from { id name ...Held } } } older: convicted(first: 2, until: "1950") { nodes { id } } } } } } } } }
     fragment Held on Person { imprisonments(first: 5) { nodes { to { id name } } } }`,
  ],
  [
    "a neighbourhood with every node's relations and their evidence",
    `{ neighborhood(id: "person:joseph-stalin", depth: 2, limit: 100) { truncated nodes { id degree relations(first: 3) { totalCount nodes { ${RELATION} } } } edges { ${RELATION} } } }`,
  ],
  [
    'search with a traversal of each hit',
    `{ search(text: "Poliakov", first: 5) { score entity { id name ... on Person { convictions { nodes { to { name } } } } } } }`,
  ],
  [
    'relations of an entity with their evidence',
    `{ relations(of: "person:nika-poliakov", first: 50) { totalCount pageInfo { hasNextPage } edges { cursor node { ${RELATION} } } } }`,
  ],
  [
    'paths with the evidence of each hop',
    `{ paths(from: "person:maxim-gorky", to: "person:nika-poliakov", first: 3) { length nodes { id name } relations { ${RELATION} } } }`,
  ],
  [
    'a relation by id with its sources',
    `{ relation(id: "person:leo-klejn>CONVICTED_UNDER>law:rsfsr-121") { ${RELATION} sources { name ... on Source { claims(first: 3) { nodes { id } } } } } }`,
  ],
  [
    'what a source attests',
    `{ entity(id: "source:seed-001-healey-interview") { ... on Source { authors { name } claims(first: 100) { totalCount nodes { ${RELATION} } } } } }`,
  ],
  ['relations to corroborate', `{ weakRelations(first: 20) { totalCount nodes { ${RELATION} } } }`],
];

describe('one statement per read operation', () => {
  it.each(OPERATIONS)('%s', async (_name, query) => {
    // Once before counting: weakRelations' price reads the graph's size, counted once per process.
    expect((await api.execute(query)).errors).toBeUndefined();
    await resetCollector();
    const result = await api.execute(query);
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(1);
    const texts = await collected(1);
    expect([...texts.values()].reduce((a, b) => a + b, 0)).toBe(1);
  });
});

const TYPES = [
  'CONVICTED_UNDER',
  'IMPRISONED_AT',
  'WROTE_TO',
  'ASSOCIATE_OF',
  'AUTHORED',
  'PERSECUTED',
  'HEADED',
  'MEMBER_OF',
];

/** A deterministic shuffle, so a failure can be replayed. */
function shuffled<T>(values: readonly T[], seed: number): T[] {
  const out = [...values];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('a fixed text for each shape', () => {
  const SHAPE = `query($id: ID!, $types: [RelationType!], $c: [Certainty!], $since: String, $until: String, $first: Int!, $after: String) {
    entity(id: $id) { id relations(types: $types, certainty: $c, since: $since, until: $until, first: $first, after: $after) {
      totalCount pageInfo { endCursor } nodes { id to { id name } evidence { quote } } } } }`;

  it('runs operations that differ only in argument values as one query text', async () => {
    const page = await api.data(SHAPE, { id: 'person:joseph-stalin', first: 2 });
    const cursor = page.entity.relations.pageInfo.endCursor;
    await resetCollector();
    const variables = Array.from({ length: 24 }, (_, i) => ({
      id: ['person:joseph-stalin', 'person:maxim-gorky', 'law:rsfsr-121', 'person:nobody'][i % 4],
      types: i % 5 === 0 ? null : shuffled(TYPES, i).slice(0, 1 + (i % TYPES.length)),
      c:
        i % 3 === 0
          ? null
          : shuffled(['ATTESTED', 'PROBABLE', 'POSSIBLE', 'DISPUTED'], i).slice(0, 1 + (i % 4)),
      since: i % 2 === 0 ? null : String(1900 + i),
      until: i % 4 === 1 ? `19${50 + i}-0${1 + (i % 9)}` : null,
      first: 1 + i * 7,
      after: i % 6 === 0 ? cursor : null,
    }));
    for (const v of variables) {
      const result = await api.execute(SHAPE, v);
      expect(result.errors).toBeUndefined();
      expect(result.roundTrips).toBe(1);
    }
    const texts = await collected(variables.length);
    expect([...texts.values()]).toEqual([variables.length]);
  });

  it('gives written-out values the same text as variables, in any order', async () => {
    await resetCollector();
    const literal = (types: string[], first: number) =>
      `{ neighborhood(id: "person:joseph-stalin", depth: 2, limit: ${first}, types: [${types.join(', ')}], certainty: [ATTESTED, PROBABLE]) { nodes { id } } }`;
    const runs = [
      literal(TYPES, 50),
      literal(shuffled(TYPES, 7), 80),
      literal(shuffled(TYPES, 9).slice(0, 3), 10),
    ];
    for (const query of runs) expect((await api.execute(query)).errors).toBeUndefined();
    const texts = await collected(runs.length);
    expect([...texts.values()]).toEqual([runs.length]);
  });
});
