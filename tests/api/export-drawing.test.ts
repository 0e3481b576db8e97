/**
 * The exports carry what a drawing tool needs: a server-side ForceAtlas2 position (the same
 * every time), colour, size and the network measures the API gives for the same filters; GEXF
 * has viz:position and node spans from the entities' own dates; every export takes the API's
 * relation filters and, on request, the quotes.
 */
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { TestHttp } from '../support/test-http';

let server: TestHttp;
beforeAll(async () => {
  server = await TestHttp.start();
});
afterAll(() => server.stop());

type Serialized = Omit<SerializedGraph<Record<string, any>, Record<string, any>>, 'nodes'> & {
  nodes: { key: string; attributes: Record<string, any> }[];
};

async function graphJson(query = ''): Promise<Serialized> {
  const response = await server.get(`/export/graph.json${query}`);
  expect(response.status).toBe(200);
  return response.json;
}

async function apiMeasures(args: string): Promise<{
  relationCount: number;
  entities: { id: string; pageRank: number; betweenness: number; community: number; degree: number }[];
}> {
  const result = await server.post(
    `{ networkMeasures${args} { relationCount entities { id pageRank betweenness community degree } } }`,
  );
  expect(result.json.errors).toBeUndefined();
  return result.json.data.networkMeasures;
}

const THIRTIES = {
  query: '?certainty=ATTESTED&since=1930&until=1940&includeUndated=false',
  args: '(certainty: [ATTESTED], since: "1930", until: "1940", includeUndated: false)',
};

describe('exports for drawing', () => {
  it('give every node a spread-out position, colour and size, the same in graph.json and cytoscape.json', async () => {
    const { nodes } = await graphJson();
    for (const { attributes } of nodes) {
      expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true);
      expect(attributes.color).toMatch(/^#[0-9A-F]{6}$/i);
      expect(attributes.size).toBeGreaterThan(0);
    }
    const distinct = new Set(nodes.map((n) => `${n.attributes.x},${n.attributes.y}`));
    expect(distinct.size).toBeGreaterThan(nodes.length * 0.9);
    // Computed again for the other format (another cache entry): the seed fixes the layout.
    const cy = (await server.get('/export/cytoscape.json')).json.elements.nodes as {
      data: Record<string, any>;
    }[];
    const position = new Map(cy.map((n) => [n.data.id, [n.data.x, n.data.y]]));
    for (const n of nodes) expect(position.get(n.key)).toEqual([n.attributes.x, n.attributes.y]);
  });

  it('carry the measures the API gives for the same filters, and keep only the relations those filters keep', async () => {
    for (const { query, args } of [{ query: '', args: '' }, THIRTIES]) {
      const graph = MultiDirectedGraph.from(await graphJson(query));
      const measures = await apiMeasures(args);
      expect(graph.size).toBe(measures.relationCount);
      expect(measures.entities.length).toBeGreaterThan(10);
      for (const e of measures.entities) {
        const a = graph.getNodeAttributes(e.id);
        expect([e.id, a.degree, a.community]).toEqual([e.id, e.degree, e.community]);
        expect(a.pageRank).toBeCloseTo(e.pageRank, 12);
        expect(a.betweenness).toBeCloseTo(e.betweenness, 12);
      }
    }
    const thirties = MultiDirectedGraph.from(await graphJson(THIRTIES.query));
    thirties.forEachEdge((_e, a) => {
      expect(a.certainty).toBe('ATTESTED');
      expect(a.dateLatest >= '1930-01-01' && a.dateEarliest <= '1940-12-31').toBe(true);
    });
  });

  it('write the quotes only when asked', async () => {
    const relation = 'person:leo-klejn>CONVICTED_UNDER>law:rsfsr-121';
    const stored = await server.db.read(
      'MATCH (q:Citation {relationId: $id}) RETURN q.quote AS quote ORDER BY q.id',
      { id: relation },
    );
    expect(stored.length).toBeGreaterThan(0);
    const plain = MultiDirectedGraph.from(await graphJson('?id=person:leo-klejn'));
    expect(plain.getEdgeAttribute(relation, 'quotes')).toBeUndefined();
    const quoted = MultiDirectedGraph.from(await graphJson('?id=person:leo-klejn&quotes=true'));
    expect(quoted.getEdgeAttribute(relation, 'quotes')).toEqual(stored.map((row) => row.quote));
  });

  it('GEXF places every node (viz:position) and spans people from birth to death', async () => {
    const body = (await server.get('/export/graph.gexf')).text;
    const doc = new DOMParser().parseFromString(body, 'application/xml');
    const nodes = Array.from(doc.getElementsByTagName('node'));
    expect(nodes.length).toBeGreaterThan(500);
    for (const node of nodes) expect(node.getElementsByTagName('viz:position').length).toBe(1);
    const [person] = await server.db.read(
      "MATCH (p:Entity {kind: 'PERSON'}) WHERE p.born =~ '\\\\d{4}' AND p.died =~ '\\\\d{4}' RETURN p.id AS id, p.born AS born, p.died AS died ORDER BY p.id LIMIT 1",
    );
    expect(person).toBeDefined();
    const element = nodes.find((n) => n.getAttribute('id') === person!.id)!;
    expect([element.getAttribute('start'), element.getAttribute('end')]).toEqual([
      `${person!.born}-01-01`,
      `${person!.died}-12-31`,
    ]);
  });

  it('GEXF keeps every dated relation inside both its nodes’ spans, so Gephi shows one dated after a death', async () => {
    const [after] = await server.db.read(
      "MATCH (p:Entity)-[r]-(:Entity) WHERE type(r) <> 'RETRACTED' AND r.dateEarliest > p.diedLatest RETURN count(r) AS n",
    );
    expect(Number(after!.n)).toBeGreaterThan(0);
    const doc = new DOMParser().parseFromString(
      (await server.get('/export/graph.gexf')).text,
      'application/xml',
    );
    const spans = new Map(
      Array.from(doc.getElementsByTagName('node')).map((n) => [
        n.getAttribute('id')!,
        [n.getAttribute('start') || null, n.getAttribute('end') || null] as const,
      ]),
    );
    const dated = Array.from(doc.getElementsByTagName('edge')).filter((e) => e.getAttribute('start'));
    expect(dated.length).toBeGreaterThan(100);
    for (const edge of dated)
      for (const end of [edge.getAttribute('source')!, edge.getAttribute('target')!]) {
        const [start, stop] = spans.get(end)!;
        expect([end, start === null || start <= edge.getAttribute('start')!]).toEqual([end, true]);
        expect([end, stop === null || stop >= edge.getAttribute('end')!]).toEqual([end, true]);
      }
  });

  it('refuse a bad filter naming the argument', async () => {
    const certainty = await server.get('/export/graph.json?certainty=SURE');
    expect([certainty.status, certainty.json.error.argument]).toEqual([400, 'certainty']);
    expect(certainty.json.error.message).toMatch(/SURE.*ATTESTED/);
    const since = await server.get('/export/graph.gexf?since=1930-13');
    expect([since.status, since.json.error.argument]).toEqual([400, 'since']);
  });
});
