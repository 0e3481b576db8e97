/**
 * The network measures on the real Neo4j: degree, weighted degree, PageRank and betweenness
 * agree with an independent computation (Cytoscape.js's headless algorithms, on relations read
 * by this test's own Cypher and filtered by its own code), the Louvain partition's modularity is
 * what the API says it is, and the evidence filters change the answer.
 */
import cytoscape from 'cytoscape';
import { TestApi } from '../support/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(() => api.stop());

// The documented scale (README "Network measures"), written out here rather than imported.
const WEIGHT: Record<string, number> = {
  ATTESTED: 1,
  PROBABLE: 0.75,
  POSSIBLE: 0.5,
  RUMOURED: 0.25,
  DISPUTED: 0.1,
};

interface StoredRelation {
  from: string;
  to: string;
  certainty: string;
  earliest: string | null;
  latest: string | null;
}

interface Measured {
  id: string;
  degree: number;
  weightedDegree: number;
  pageRank: number;
  betweenness: number;
  community: number;
}

interface Network {
  nodeCount: number;
  relationCount: number;
  modularity: number;
  entities: Measured[];
}

const FIELDS = `nodeCount relationCount modularity entities { id degree weightedDegree pageRank betweenness community }`;

async function storedRelations(): Promise<StoredRelation[]> {
  const rows = await api.db.read(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'RETRACTED'
     RETURN a.id AS from, b.id AS to, r.certainty AS certainty, r.dateEarliest AS earliest, r.dateLatest AS latest`,
  );
  return rows.map((row) => ({
    from: String(row.from),
    to: String(row.to),
    certainty: String(row.certainty),
    earliest: (row.earliest as string | null) ?? null,
    latest: (row.latest as string | null) ?? null,
  }));
}

/** The relations of the 1930s question: attested, and dated within 1930-1940. */
function attestedThirties(relations: StoredRelation[]): StoredRelation[] {
  return relations.filter(
    (r) =>
      r.certainty === 'ATTESTED' &&
      r.latest !== null &&
      r.earliest !== null &&
      r.latest >= '1930-01-01' &&
      r.earliest <= '1940-12-31',
  );
}

/** Cytoscape.js on the same relations: one edge each way per linked pair, weighted by the summed certainty weights. */
function independent(relations: StoredRelation[]) {
  const pairs = new Map<string, { a: string; b: string; weight: number }>();
  const degree = new Map<string, number>();
  const weighted = new Map<string, number>();
  for (const r of relations) {
    for (const id of new Set([r.from, r.to])) {
      degree.set(id, (degree.get(id) ?? 0) + 1);
      weighted.set(id, (weighted.get(id) ?? 0) + WEIGHT[r.certainty]!);
    }
    if (r.from === r.to) continue;
    const [a, b] = [r.from, r.to].sort() as [string, string];
    const pair = pairs.get(`${a} ${b}`) ?? { a, b, weight: 0 };
    pair.weight += WEIGHT[r.certainty]!;
    pairs.set(`${a} ${b}`, pair);
  }
  const cy = cytoscape({ headless: true });
  cy.add([...degree.keys()].map((id) => ({ group: 'nodes' as const, data: { id } })));
  let n = 0;
  for (const { a, b, weight } of pairs.values()) {
    cy.add({ group: 'edges', data: { id: `e${n++}`, source: a, target: b, weight } });
    cy.add({ group: 'edges', data: { id: `e${n++}`, source: b, target: a, weight } });
  }
  // Cytoscape.js takes a weight function (its type definitions leave it out), and adds the
  // teleport term (1-d)/n to the undamped link matrix before normalising, which is standard
  // PageRank with damping 1/(2-d): d = 2 - 1/0.85 is the usual 0.85.
  const options = {
    dampingFactor: 2 - 1 / 0.85,
    precision: 1e-14,
    iterations: 2000,
    weight: (edge: cytoscape.EdgeSingular) => Number(edge.data('weight')),
  };
  const rank = cy.elements().pageRank(options as cytoscape.SearchPageRankOptions);
  // Betweenness on an undirected simple graph: one edge per pair.
  const simple = cytoscape({ headless: true });
  simple.add([...degree.keys()].map((id) => ({ group: 'nodes' as const, data: { id } })));
  for (const { a, b } of pairs.values())
    simple.add({ group: 'edges', data: { id: `${a} ${b}`, source: a, target: b } });
  const between = simple.elements().betweennessCentrality({ directed: false });
  return {
    degree,
    weighted,
    pairs: [...pairs.values()],
    pageRank: (id: string) => rank.rank(cy.getElementById(id)),
    betweennessNormalized: (id: string) => between.betweennessNormalized(simple.getElementById(id)),
  };
}

/** Weighted modularity (Newman) of a partition, from the pairs alone. */
function modularity(
  pairs: { a: string; b: string; weight: number }[],
  community: Map<string, number>,
): number {
  const total = pairs.reduce((sum, p) => sum + p.weight, 0);
  const inside = new Map<number, number>();
  const strength = new Map<number, number>();
  for (const { a, b, weight } of pairs) {
    const ca = community.get(a)!;
    const cb = community.get(b)!;
    if (ca === cb) inside.set(ca, (inside.get(ca) ?? 0) + weight);
    strength.set(ca, (strength.get(ca) ?? 0) + weight);
    strength.set(cb, (strength.get(cb) ?? 0) + weight);
  }
  let q = 0;
  for (const [c, s] of strength) q += (inside.get(c) ?? 0) / total - (s / (2 * total)) ** 2;
  return q;
}

function expectAgreement(network: Network, relations: StoredRelation[]): void {
  const check = independent(relations);
  expect(network.relationCount).toBe(relations.length);
  expect(network.nodeCount).toBe(check.degree.size);
  expect(new Set(network.entities.map((e) => e.id))).toEqual(new Set(check.degree.keys()));
  const maxBetweenness = Math.max(...network.entities.map((e) => e.betweenness));
  for (const e of network.entities) {
    expect([e.id, e.degree]).toEqual([e.id, check.degree.get(e.id)]);
    expect(e.weightedDegree).toBeCloseTo(check.weighted.get(e.id)!, 9);
    // Both iterate to a tolerance; PageRank values here are about 1/n (~1e-3).
    expect(Math.abs(e.pageRank - check.pageRank(e.id))).toBeLessThan(1e-6);
    expect(Math.abs(e.betweenness / maxBetweenness - check.betweennessNormalized(e.id))).toBeLessThan(1e-9);
  }
  expect(network.entities.reduce((sum, e) => sum + e.pageRank, 0)).toBeCloseTo(1, 6);
  expect(network.modularity).toBeCloseTo(
    modularity(check.pairs, new Map(network.entities.map((e) => [e.id, e.community]))),
    9,
  );
}

describe('network measures', () => {
  it('agree with Cytoscape.js on the whole seed graph, and the communities have the modularity reported', async () => {
    const { networkMeasures } = await api.data<{ networkMeasures: Network }>(
      `{ networkMeasures { ${FIELDS} } }`,
    );
    expect(networkMeasures.nodeCount).toBeGreaterThan(100);
    expect(networkMeasures.modularity).toBeGreaterThan(0.3);
    expectAgreement(networkMeasures, await storedRelations());
  });

  it('answer "who is central among attested relations of 1930-1940" on exactly those relations, which differ from the whole', async () => {
    const thirties = await api.data<{
      networkMeasures: Network & { top: { id: string; pageRank: number }[] };
    }>(
      `{ networkMeasures(certainty: [ATTESTED], since: "1930", until: "1940", includeUndated: false) { ${FIELDS} top(by: PAGE_RANK, first: 5) { id pageRank } } }`,
    );
    const whole = await api.data<{ networkMeasures: Network }>(`{ networkMeasures { ${FIELDS} } }`);
    const kept = attestedThirties(await storedRelations());
    expect(kept.length).toBeGreaterThan(10);
    expectAgreement(thirties.networkMeasures, kept);
    expect(thirties.networkMeasures.nodeCount).toBeLessThan(whole.networkMeasures.nodeCount);
    const ranked = [...thirties.networkMeasures.entities].sort(
      (a, b) => b.pageRank - a.pageRank || (a.id < b.id ? -1 : 1),
    );
    expect(thirties.networkMeasures.top.map((e) => e.id)).toEqual(ranked.slice(0, 5).map((e) => e.id));
  });

  it('measure a neighbourhood on the nodes and edges it draws', async () => {
    const { neighborhood } = await api.data<{
      neighborhood: {
        nodes: { id: string }[];
        edges: { from: { id: string }; to: { id: string }; certainty: string }[];
        measures: Network;
      };
    }>(
      `{ neighborhood(id: "person:joseph-stalin", depth: 2, limit: 60, certainty: [ATTESTED, PROBABLE]) { nodes { id } edges { from { id } to { id } certainty } measures { ${FIELDS} } } }`,
    );
    const drawn = neighborhood.edges.map((e) => ({
      from: e.from.id,
      to: e.to.id,
      certainty: e.certainty,
      earliest: null,
      latest: null,
    }));
    expect(drawn.length).toBeGreaterThan(10);
    expectAgreement(neighborhood.measures, drawn);
    const nodes = new Set(neighborhood.nodes.map((n) => n.id));
    for (const e of neighborhood.measures.entities) expect(nodes.has(e.id)).toBe(true);
  });

  it('refuses a top list longer than the cap, naming the argument', async () => {
    const result = await api.execute(`{ networkMeasures { top(by: DEGREE, first: 1000) { id } } }`);
    expect(result.errors?.[0]?.message).toMatch(/first.*1 to 100/);
  });
});
