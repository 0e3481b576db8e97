/**
 * The Cypher each read field compiles to, pinned for representative operations (the snapshot
 * in __snapshots__ is the reviewed translation: a change to it is a change of what the database
 * runs). No database: the operation runs on the real schema and resolvers, and the request's
 * database records the one statement it is handed. tests/api/translation-explain.test.ts has the
 * real Neo4j EXPLAIN the same operations.
 */
import { execute, parse } from 'graphql';
import { Params, QueryCounter, Row } from '../../src/db/database';
import { RequestDatabase } from '../../src/db/request-database';
import { RequestContext } from '../../src/graphql/context';
import { buildGraphSchema } from '../../src/graphql/build-schema';
import { READ_TRANSLATIONS } from '../support/read-translations';

const schema = buildGraphSchema();

async function statementsOf(operation: string): Promise<{ query: string; params: Params }[]> {
  const sent: { query: string; params: Params }[] = [];
  const counter = new QueryCounter();
  const request = {
    counter,
    read: async (query: string, params: Params = {}): Promise<Row[]> => {
      sent.push({ query, params });
      return [];
    },
  } as unknown as RequestDatabase;
  const contextValue = {
    request,
    counter,
    auth: { kind: 'anonymous' },
    cost: null,
    idempotencyKey: null,
  } as unknown as RequestContext;
  await execute({ schema, document: parse(operation), contextValue });
  return sent;
}

describe('translation of each read field', () => {
  it.each(READ_TRANSLATIONS)('%s', async (_name, operation) => {
    const sent = await statementsOf(operation);
    expect(sent).toHaveLength(1);
    const [statement] = sent as [{ query: string; params: Params }];
    expect(statement.query).toMatchSnapshot();
  });

  it('puts an exclusion of paths in the text only where the document writes it', async () => {
    const of = (args: string) =>
      statementsOf(`{ paths(from: "person:maxim-gorky", to: "person:nika-poliakov"${args}) { length } }`);
    const [bare] = await of('');
    const [excluding] = await of(', excludeIds: [], excludeTypes: [], maxDegree: null');
    for (const predicate of ['NOT y.id IN', 'NOT type(h) IN', 'COUNT { (y)']) {
      expect(bare?.query).not.toContain(predicate);
      expect(excluding?.query).toContain(predicate);
    }
  });

  it('reads sort keys and the item after the page only for a document that reads cursors or pageInfo', async () => {
    const pageLimit = (statement: { query: string; params: Params } | undefined) => {
      const name = /LIMIT \$(p\d+) RETURN/.exec(statement?.query ?? '')?.[1] ?? '';
      return statement?.params[name];
    };
    const of = (selection: string) =>
      statementsOf(`{ relations(of: "person:nika-poliakov", first: 10) { ${selection} } }`);
    const [nodesOnly] = await of('nodes { id }');
    expect(pageLimit(nodesOnly)).toBe(10);
    expect(nodesOnly?.query).not.toContain('k: [');
    const [cursors] = await of('edges { cursor node { id } }');
    expect(pageLimit(cursors)).toBe(10);
    expect(cursors?.query).toContain('k: [');
    const [pageInfo] = await of('nodes { id } pageInfo { hasNextPage }');
    expect(pageLimit(pageInfo)).toBe(11);
    expect(pageInfo?.query).toContain('k: [');
  });

  it.each([
    [
      'relations',
      '{ relations(of: "person:nika-poliakov", types: [CONVICTED_UNDER], first: 10) { nodes { id } } }',
      '{ relations(of: "person:leo-klejn", types: [IMPRISONED_AT], first: 3) { nodes { id } } }',
    ],
    [
      'paths (other ends, exclusions, caps, filters and count)',
      '{ paths(from: "person:maxim-gorky", to: "person:nika-poliakov", maxHops: 5, first: 3, types: [WROTE_TO], excludeTypes: [AUTHORED], excludeIds: ["place:siberia"], maxDegree: 12, certainty: [ATTESTED], since: "1930") { score nodes { id } } }',
      '{ paths(from: "person:leo-klejn", to: "law:rsfsr-121", maxHops: 5, first: 9, types: [PERSECUTED, MEMBER_OF], excludeTypes: [], excludeIds: ["org:ogpu", "org:nkvd"], excludeVaguePlaces: false, maxDegree: 40, certainty: [PROBABLE, POSSIBLE], since: "1950") { score nodes { id } } }',
    ],
  ])('%s: the same text for the same shape whatever the argument values', async (_name, one, other) => {
    const [first] = await statementsOf(one);
    const [second] = await statementsOf(other);
    expect(first?.query).toBeDefined();
    expect(second?.query).toBe(first?.query);
    expect(second?.params).not.toEqual(first?.params);
  });
});
