/**
 * Cypher (and Lucene) injection attempts through every string argument: search text, ids,
 * relation ids, cursors, date filters, change filters and the string fields of writes. They
 * change nothing, return nothing they should not, and a written value is stored verbatim.
 */
import { graphFingerprint } from '../support/graph-fingerprint';
import { apiForWritingTests, TestHttp } from '../support/test-http';

let api: TestHttp;
apiForWritingTests((started) => (api = started));

const PAYLOADS = [
  "' OR 1=1 //",
  '" OR 1=1 //',
  "person:leo-klejn' OR '1'='1",
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n RETURN 1 AS x //",
  '`) DETACH DELETE n //',
  'x` DETACH DELETE n MATCH (m:`',
  '*) RETURN n UNION MATCH (n) RETURN n //',
  '$ids',
  '{{TYPES}}',
  '\\u0027) MATCH (n) SET n.pwned = true //',
  'CALL dbms.components() YIELD name RETURN name',
  '*:*',
  'name:* OR id:*',
  '*',
  '?',
];

const READS: [string, string, (data: any) => void][] = [
  [
    'search text',
    'query($v: String!) { search(text: $v, first: 100) { entity { id } } }',
    (data) => expect(data?.search?.length ?? 0).toBeLessThan(60),
  ],
  ['entity id', 'query($v: ID!) { entity(id: $v) { id } }', (data) => expect(data.entity).toBeNull()],
  [
    'relations of',
    'query($v: ID!) { relations(of: $v) { totalCount } }',
    (data) => expect(data?.relations ?? null).toBeNull(),
  ],
  ['relation id', 'query($v: ID!) { relation(id: $v) { id } }', (data) => expect(data.relation).toBeNull()],
  [
    'neighborhood id',
    'query($v: ID!) { neighborhood(id: $v) { nodes { id } } }',
    (data) => expect(data?.neighborhood ?? null).toBeNull(),
  ],
  [
    'paths from',
    'query($v: ID!) { paths(from: $v, to: "person:leo-klejn") { length } }',
    (data) => expect(data?.paths ?? null).toBeNull(),
  ],
  [
    'paths to',
    'query($v: ID!) { paths(from: "person:leo-klejn", to: $v) { length } }',
    (data) => expect(data?.paths ?? null).toBeNull(),
  ],
  [
    'cursor',
    'query($v: String) { entity(id: "person:maxim-gorky") { relations(after: $v) { totalCount } } }',
    (data) => expect(data?.entity?.relations ?? null).toBeNull(),
  ],
  [
    'since filter',
    'query($v: String) { entity(id: "person:maxim-gorky") { relations(since: $v) { totalCount } } }',
    (data) => expect(data?.entity?.relations ?? null).toBeNull(),
  ],
  [
    'until filter',
    'query($v: String) { entity(id: "person:maxim-gorky") { relations(until: $v) { totalCount } } }',
    (data) => expect(data?.entity?.relations ?? null).toBeNull(),
  ],
  [
    'changes target',
    'query($v: ID) { changes(targetId: $v) { totalCount } }',
    (data) => expect(data.changes.totalCount).toBe(0),
  ],
  [
    'changes actor',
    'query($v: String) { changes(actor: $v) { totalCount } }',
    (data) => expect(data.changes.totalCount).toBe(0),
  ],
];

it('reads with injection payloads in every string argument change nothing and find nothing', async () => {
  const before = await graphFingerprint(api.db);
  for (const [name, query, check] of READS) {
    for (const payload of PAYLOADS) {
      const result = await api.post(query, { v: payload });
      expect({ name, payload, status: result.status < 500 }).toEqual({ name, payload, status: true });
      for (const error of result.json.errors ?? [])
        expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(error.extensions.code);
      check(result.json.data);
    }
  }
  expect(await graphFingerprint(api.db)).toEqual(before);
});

it('search treats Lucene syntax as text: a wildcard does not list the graph', async () => {
  for (const payload of ['*', '*:*', 'name:* OR id:*', '?']) {
    const result = await api.post('query($v: String!) { search(text: $v, first: 100) { entity { id } } }', {
      v: payload,
    });
    expect(result.json.data?.search ?? []).toHaveLength(0);
  }
});

it('writes store an injection payload verbatim as a value and touch nothing else', async () => {
  const before = await graphFingerprint(api.db);
  for (const [i, payload] of PAYLOADS.entries()) {
    const created = await api.edit(
      'mutation($input: NewEntityInput!) { createEntity(input: $input) { id name description aliases } }',
      {
        input: {
          id: `person:injection-${i}`,
          kind: 'PERSON',
          name: payload,
          description: payload,
          aliases: [payload],
        },
      },
    );
    expect(created.json.errors).toBeUndefined();
    expect(created.json.data.createEntity).toEqual({
      id: `person:injection-${i}`,
      name: payload,
      description: payload,
      aliases: [payload],
    });
    const relation = await api.edit(
      'mutation($input: NewRelationInput!) { addRelation(input: $input) { id sentence evidence { quote } } }',
      {
        input: {
          type: 'CONVICTED_UNDER',
          from: `person:injection-${i}`,
          to: 'law:rsfsr-121',
          certainty: 'RUMOURED',
          sentence: payload,
          evidence: [{ source: 'source:seed-001-healey-interview', quote: payload }],
        },
      },
    );
    expect(relation.json.data.addRelation).toMatchObject({
      sentence: payload,
      evidence: [{ quote: payload }],
    });
  }
  const after = await graphFingerprint(api.db);
  // Each payload added one entity, one change record per write and one citation; one relation and its source link.
  expect(after.nodes - before.nodes).toBe(PAYLOADS.length * 4);
  expect(after.relationships - before.relationships).toBe(PAYLOADS.length * 2);
  const untouched = await api.db.read(
    "MATCH (n) WHERE n.pwned IS NOT NULL OR (n:Entity AND n.origin = 'dataset' AND n.version IS NOT NULL) RETURN count(n) AS n",
  );
  expect(untouched).toEqual([{ n: 0 }]);
});
