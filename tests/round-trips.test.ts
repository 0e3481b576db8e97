/**
 * A GraphQL request costs one database round trip per nesting level, not per result. Counted
 * twice: by the Database's own counter, and by the Neo4j server's own query collector
 * (db.stats, which records every query it executes).
 */
import { TestApi } from './support/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(() => api.stop());

// Pages small enough for the cost budget (src/server/query-limits.ts), where a relation's evidence
// is priced as a list of up to 50 citations: 90 nodes x 3 relations x 2 convictions.
const NESTED = `query($depth: Int!) {
  neighborhood(id: "person:joseph-stalin", depth: $depth, limit: 90) {
    nodes {
      id degree
      relations(first: 3) {
        totalCount
        nodes {
          type certainty
          from { name }
          to { name ... on Person { convictions(first: 2) { nodes { to { name } } } } }
          evidence { quote source { name } }
        }
      }
    }
  }
}`;

function countResults(data: any): { nodes: number; relations: number } {
  const nodes = data.neighborhood.nodes;
  return { nodes: nodes.length, relations: nodes.reduce((n: number, node: any) => n + node.relations.nodes.length, 0) };
}

/** How many queries the server executed, by its data collector, since `resetServerCount`. */
async function serverQueryCount(): Promise<number> {
  const rows = await api.db.read("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
  return rows.reduce((n, row) => n + ((row.data as { invocations?: unknown[] }).invocations?.length ?? 0), 0);
}

async function resetServerCount(): Promise<void> {
  await api.db.runSchemaStatement("CALL db.stats.stop('QUERIES')");
  await api.db.runSchemaStatement("CALL db.stats.clear('QUERIES')");
  await api.db.runSchemaStatement("CALL db.stats.collect('QUERIES')");
}

describe('database round trips', () => {
  it('stay the same when the number of results grows', async () => {
    const small = await api.execute(NESTED, { depth: 1 });
    const large = await api.execute(NESTED, { depth: 2 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const smallCount = countResults(small.data);
    const largeCount = countResults(large.data);
    expect(largeCount.nodes).toBeGreaterThan(smallCount.nodes * 2);
    expect(largeCount.relations).toBeGreaterThan(100);
    // neighborhood, degrees, relations of all nodes, convictions of all persons
    expect(small.roundTrips).toBe(4);
    expect(large.roundTrips).toBe(4);
  });

  it('are what the Neo4j server itself executed', async () => {
    await resetServerCount();
    const result = await api.execute(NESTED, { depth: 2 });
    expect(result.errors).toBeUndefined();
    let executed = 0;
    for (let i = 0; i < 50 && executed < result.roundTrips; i += 1) {
      executed = await serverQueryCount();
      if (executed < result.roundTrips) await new Promise((r) => setTimeout(r, 100));
    }
    expect(executed).toBe(result.roundTrips);
  });
});

describe('evidence left out when no field asks for it', () => {
  /** The query texts the server executed since `resetServerCount`. */
  async function serverQueryTexts(): Promise<string[]> {
    const rows = await api.db.read("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
    return rows.map((row) => String((row.data as { query?: unknown }).query ?? ''));
  }
  const WITHOUT = NESTED.replace(/evidence \{ quote source \{ name \} \}/g, '');
  const strip = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(strip) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'evidence').map(([k, v]) => [k, strip(v)])) : value;

  it('answers the same relations, in the same order, without collecting any citation', async () => {
    expect(WITHOUT).not.toContain('evidence');
    const full = await api.execute(NESTED, { depth: 1 });
    await resetServerCount();
    const lean = await api.execute(WITHOUT, { depth: 1 });
    expect(lean.errors).toBeUndefined();
    expect(lean.data).toEqual(strip(full.data));
    expect(lean.roundTrips).toBe(full.roundTrips);
    let texts: string[] = [];
    for (let i = 0; i < 50 && texts.length < lean.roundTrips; i += 1) {
      texts = await serverQueryTexts();
      if (texts.length < lean.roundTrips) await new Promise((r) => setTimeout(r, 100));
    }
    // The traversals (relations-of.cypher: relations, convictions) read no citation.
    const traversals = texts.filter((text) => text.includes('AS entityId'));
    expect(traversals).toHaveLength(2);
    for (const text of traversals) expect(text).not.toContain(':Citation');
  });
});
