/**
 * The neighbourhood goes ring by ring: nearest first, never more than the limit, and the same
 * nodes whether or not the request asks for the edges (which are then left uncomputed).
 */
import { TestApi } from '../support/test-api';
import { nonEmpty } from '../support/non-empty';

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(() => api.stop());

const CENTRE = 'person:joseph-stalin';

async function nodeIds(query: string): Promise<string[]> {
  const result = await api.execute(query);
  expect(result.errors).toBeUndefined();
  return (result.data as any).neighborhood.nodes.map((n: { id: string }) => n.id);
}

describe('neighborhood rings', () => {
  it('lists the centre, then every direct neighbour, then the second ring', async () => {
    const ring1 = await nodeIds(`{ neighborhood(id: "${CENTRE}", depth: 1, limit: 2000) { nodes { id } } }`);
    const both = await nodeIds(`{ neighborhood(id: "${CENTRE}", depth: 2, limit: 2000) { nodes { id } } }`);
    expect(both[0]).toBe(CENTRE);
    expect(both.length).toBeGreaterThan(ring1.length);
    expect(new Set(both.slice(0, ring1.length))).toEqual(new Set(ring1));
  });

  it('keeps only the nearest ring when the limit is smaller than it, at most `limit` nodes, and says it cut', async () => {
    const ring1 = await nodeIds(`{ neighborhood(id: "${CENTRE}", depth: 1, limit: 2000) { nodes { id } } }`);
    const limit = Math.max(2, Math.floor((ring1.length - 1) / 2));
    const result = await api.execute(
      `{ neighborhood(id: "${CENTRE}", depth: 2, limit: ${limit}) { truncated reachable nodes { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    const capped = (result.data as any).neighborhood;
    expect(capped.nodes).toHaveLength(limit);
    expect(capped.truncated).toBe(true);
    expect(capped.reachable).toBeGreaterThan(limit);
    for (const { id } of capped.nodes) expect(ring1).toContain(id);
  });

  it('says when nothing was cut, with the exact number within reach', async () => {
    const result = await api.execute(
      `{ neighborhood(id: "${CENTRE}", depth: 1, limit: 2000) { truncated reachable nodes { id } } }`,
    );
    const whole = (result.data as any).neighborhood;
    expect(whole.truncated).toBe(false);
    expect(whole.reachable).toBe(whole.nodes.length);
    const exact = await api.execute(
      `{ neighborhood(id: "${CENTRE}", depth: 1, limit: ${whole.nodes.length}) { truncated nodes { id } } }`,
    );
    expect((exact.data as any).neighborhood).toMatchObject({ truncated: false });
  });

  it('filters what it follows by kind, certainty and years, as traversals do', async () => {
    const people = await api.execute(
      `{ neighborhood(id: "${CENTRE}", depth: 2, limit: 2000, kinds: [PERSON]) { nodes { id kind } edges { from { kind } to { kind } } } }`,
    );
    expect(people.errors).toBeUndefined();
    const subgraph = (people.data as any).neighborhood;
    expect(subgraph.nodes.length).toBeGreaterThan(1);
    for (const node of subgraph.nodes) expect(node.kind).toBe('PERSON');
    const all = await nodeIds(`{ neighborhood(id: "${CENTRE}", depth: 2, limit: 2000) { nodes { id } } }`);
    expect(subgraph.nodes.length).toBeLessThan(all.length);
    const thirties = await api.execute(
      `{ neighborhood(id: "${CENTRE}", depth: 1, limit: 2000, since: "1930", until: "1939", includeUndated: false) { nodes { id } edges { date { earliest latest } } } }`,
    );
    expect(thirties.errors).toBeUndefined();
    const dated = (thirties.data as any).neighborhood;
    expect(dated.nodes.length).toBeGreaterThan(1);
    expect(dated.nodes.length).toBeLessThan(all.length);
    for (const edge of nonEmpty<any>(dated.edges)) {
      expect(edge.date.earliest <= '1939-12-31').toBe(true);
      expect(edge.date.latest >= '1930-01-01').toBe(true);
    }
  });

  it('gives the same nodes with and without edges, and edges only among them', async () => {
    const withoutEdges = await nodeIds(
      `{ neighborhood(id: "${CENTRE}", depth: 2, limit: 300) { nodes { id } } }`,
    );
    const result = await api.execute(
      `{ neighborhood(id: "${CENTRE}", depth: 2, limit: 300) { nodes { id } edges { from { id } to { id } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const data = (result.data as any).neighborhood;
    expect(data.nodes.map((n: { id: string }) => n.id)).toEqual(withoutEdges);
    expect(data.edges.length).toBeGreaterThan(0);
    const ids = new Set(withoutEdges);
    for (const edge of data.edges) {
      expect(ids.has(edge.from.id)).toBe(true);
      expect(ids.has(edge.to.id)).toBe(true);
    }
  });
});
