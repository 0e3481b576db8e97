/**
 * The Cypher each read field compiles to, pinned for representative operations (the snapshot
 * in __snapshots__ is the reviewed translation: a change to it is a change of what the database
 * runs), and checked by EXPLAIN on the real Neo4j, so every pinned text is one Neo4j accepts.
 */
import { Database, Params, QueryCounter, Row } from '../src/db/database';
import { TestApi } from './support/test-api';

let api: TestApi;
let sent: { query: string; params: Params }[] = [];
beforeAll(async () => {
  api = await TestApi.start();
  const read = api.db.read.bind(api.db) as Database['read'];
  api.db.read = (query: string, params: Params = {}, counter?: QueryCounter): Promise<Row[]> => {
    sent.push({ query, params });
    return read(query, params, counter);
  };
});
afterAll(() => api.stop());

const TRANSLATIONS: [string, string][] = [
  ['entity with nested traversals', '{ entity(id: "person:leo-klejn") { id ... on Person { convictions(first: 5) { nodes { to { ... on Law { convicted(first: 20, certainty: [ATTESTED]) { totalCount nodes { from { id } } } } } } } } } }'],
  ['entity, every kind of planned field', '{ entity(id: "law:rsfsr-154a") { degree relations(types: [SUCCEEDED_BY], direction: OUT, since: "1933", until: "1993", after: null) { edges { cursor node { id sourceCount citationCount sources { id } evidence(first: 5) { quote cursor } } } pageInfo { hasNextPage } } ... on Law { successor { id } predecessors { id } } } }'],
  ['search', '{ search(text: "Gorky", kinds: [PERSON], first: 3) { score entity { id ... on Person { lettersSent { totalCount } } } } }'],
  ['relations of an entity', '{ relations(of: "person:nika-poliakov", types: [CONVICTED_UNDER, IMPRISONED_AT], direction: OUT, first: 10) { totalCount nodes { id to { id } } } }'],
  ['relation by id', '{ relation(id: "person:leo-klejn>CONVICTED_UNDER>law:rsfsr-121") { id from { id } to { id } evidence { quote source { id ... on Source { claims(first: 2) { nodes { id } } } } } } }'],
  ['neighbourhood', '{ neighborhood(id: "person:maxim-gorky", depth: 2, limit: 50, types: [ASSOCIATE_OF, WROTE_TO], certainty: [ATTESTED], kinds: [PERSON]) { truncated nodes { id degree } edges { id } } }'],
  ['paths', '{ paths(from: "person:maxim-gorky", to: "person:nika-poliakov", maxHops: 4, first: 2, types: [ASSOCIATE_OF, WROTE_TO, PERSECUTED, CONVICTED_UNDER]) { length nodes { id } relations { id type } } }'],
  ['weak relations', '{ weakRelations(maxSources: 1, first: 5) { totalCount nodes { id sourceCount } } }'],
];

describe('translation of each read field', () => {
  it.each(TRANSLATIONS)('%s', async (_name, operation) => {
    // Once before catching: weakRelations' price reads the graph's size, once per process.
    await api.execute(operation);
    sent = [];
    const result = await api.execute(operation);
    expect(result.errors).toBeUndefined();
    expect(sent).toHaveLength(1);
    const [statement] = sent as [{ query: string; params: Params }];
    expect(statement.query).toMatchSnapshot();
    const plan = await api.db.read(`EXPLAIN ${statement.query}`, statement.params);
    expect(plan).toEqual([]);
  });
});
