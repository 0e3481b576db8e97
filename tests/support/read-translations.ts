/**
 * Representative read operations whose Cypher is pinned: the unit tier snapshots the text each
 * compiles to, the api tier has the real Neo4j EXPLAIN it. One list, so both check the same reads.
 */
export const READ_TRANSLATIONS: [string, string][] = [
  [
    'entity with nested traversals',
    '{ entity(id: "person:leo-klejn") { id ... on Person { convictions(first: 5) { nodes { to { ... on Law { convicted(first: 20, certainty: [ATTESTED]) { totalCount nodes { from { id } } } } } } } } } }',
  ],
  [
    'entity, every kind of planned field',
    '{ entity(id: "law:rsfsr-154a") { degree relations(types: [SUCCEEDED_BY], direction: OUT, since: "1933", until: "1993", after: null) { edges { cursor node { id sourceCount citationCount sources { id } evidence(first: 5) { quote cursor } } } pageInfo { hasNextPage } } ... on Law { successor { id } predecessors { id } } } }',
  ],
  [
    'search',
    '{ search(text: "Gorky", kinds: [PERSON], first: 3) { score entity { id ... on Person { lettersSent { totalCount } } } } }',
  ],
  [
    'relations of an entity',
    '{ relations(of: "person:nika-poliakov", types: [CONVICTED_UNDER, IMPRISONED_AT], direction: OUT, first: 10) { totalCount nodes { id to { id } } } }',
  ],
  [
    'relation by id',
    '{ relation(id: "person:leo-klejn>CONVICTED_UNDER>law:rsfsr-121") { id from { id } to { id } evidence { quote source { id ... on Source { claims(first: 2) { nodes { id } } } } } } }',
  ],
  [
    'neighbourhood',
    '{ neighborhood(id: "person:maxim-gorky", depth: 2, limit: 50, types: [ASSOCIATE_OF, WROTE_TO], certainty: [ATTESTED], kinds: [PERSON]) { truncated nodes { id degree } edges { id } } }',
  ],
  [
    'paths',
    '{ paths(from: "person:maxim-gorky", to: "person:nika-poliakov", maxHops: 4, first: 2, types: [ASSOCIATE_OF, WROTE_TO, PERSECUTED, CONVICTED_UNDER]) { length nodes { id } relations { id type } } }',
  ],
  ['weak relations', '{ weakRelations(maxSources: 1, first: 5) { totalCount nodes { id sourceCount } } }'],
];
