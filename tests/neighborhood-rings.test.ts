/**
 * The neighbourhood goes ring by ring: nearest first, never more than the limit, and the same
 * nodes whether or not the request asks for the edges (which are then left uncomputed).
 */
import { TestApi } from './support/test-api';

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

  it('keeps only the nearest ring when the limit is smaller than it', async () => {
    const ring1 = await nodeIds(`{ neighborhood(id: "${CENTRE}", depth: 1, limit: 2000) { nodes { id } } }`);
    const limit = Math.max(1, Math.floor((ring1.length - 1) / 2));
    const capped = await nodeIds(`{ neighborhood(id: "${CENTRE}", depth: 2, limit: ${limit}) { nodes { id } } }`);
    expect(capped).toHaveLength(limit + 1);
    for (const id of capped) expect(ring1).toContain(id);
  });

  it('gives the same nodes with and without edges, and edges only among them', async () => {
    const withoutEdges = await nodeIds(`{ neighborhood(id: "${CENTRE}", depth: 2, limit: 300) { nodes { id } } }`);
    const result = await api.execute(`{ neighborhood(id: "${CENTRE}", depth: 2, limit: 300) { nodes { id } edges { from { id } to { id } } } }`);
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
