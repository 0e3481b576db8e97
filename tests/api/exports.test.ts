/**
 * The file exports, fetched over HTTP and parsed back by a real library of each format
 * (graphology's GEXF and GraphML parsers, graphology's own import, Cytoscape.js), with node and
 * edge counts compared with what the database holds.
 */
import cytoscape from 'cytoscape';
import { KIND_ID_PREFIX } from '../../src/domain/vocabulary';
import Graph, { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { TestHttp } from '../support/test-http';

let server: TestHttp;
beforeAll(async () => {
  server = await TestHttp.start();
});
afterAll(() => server.stop());

// Every relationship between entities except retracted ones (kept for the record, outside the vocabulary).
const DOMAIN_RELATIONS = `MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> 'RETRACTED' RETURN count(r) AS n`;

async function databaseCounts(): Promise<{ nodes: number; edges: number }> {
  const [nodes] = await server.db.read('MATCH (n:Entity) RETURN count(n) AS n');
  const [edges] = await server.db.read(DOMAIN_RELATIONS);
  return { nodes: Number(nodes!.n), edges: Number(edges!.n) };
}

/** Entities within `depth` hops of `id`, and the relations among them, counted by Cypher. */
async function subgraphCounts(id: string, depth: number): Promise<{ nodes: number; edges: number }> {
  const [row] = await server.db.read(
    `MATCH (c:Entity {id: $id})
     OPTIONAL MATCH (c)-[rs*1..${depth}]-(n:Entity) WHERE none(r IN rs WHERE type(r) IN ['RETRACTED', 'FROM_SOURCE'])
     WITH c, collect(DISTINCT n) AS reached
     WITH [n IN reached WHERE n <> c] + [c] AS members
     UNWIND members AS a
     OPTIONAL MATCH (a)-[r]->(b:Entity) WHERE b IN members AND type(r) <> 'RETRACTED'
     RETURN size(members) AS nodes, count(DISTINCT r) AS edges`,
    { id },
  );
  return { nodes: Number(row!.nodes), edges: Number(row!.edges) };
}

async function get(
  path: string,
): Promise<{ status: number; type: string; disposition: string | null; body: string }> {
  const response = await fetch(`${server.url}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition'),
    body: await response.text(),
  };
}

const PARSERS: Record<
  string,
  (body: string) => {
    order: number;
    size: number;
    nodeIds: string[];
    edgeIds: string[];
    node(id: string): Record<string, unknown>;
    edge(id: string): Record<string, unknown>;
  }
> = {
  'graph.gexf': (body) => wrapGraphology(parseGexf(Graph, body)),
  'graph.graphml': (body) => wrapGraphology(parseGraphml(Graph, body)),
  'graph.json': (body) => wrapGraphology(MultiDirectedGraph.from(JSON.parse(body))),
  'cytoscape.json': (body) => {
    const cy = cytoscape({ headless: true, elements: JSON.parse(body).elements });
    return {
      order: cy.nodes().length,
      size: cy.edges().length,
      nodeIds: cy.nodes().map((n) => n.id()),
      edgeIds: cy.edges().map((e) => e.id()),
      node: (id) => cy.getElementById(id).data(),
      edge: (id) => cy.getElementById(id).data(),
    };
  },
};

function wrapGraphology(graph: Graph) {
  return {
    order: graph.order,
    size: graph.size,
    nodeIds: graph.nodes(),
    edgeIds: graph.edges(),
    node: (id: string) => graph.getNodeAttributes(id),
    edge: (id: string) => graph.getEdgeAttributes(id),
  };
}

const RELATION = 'person:leo-klejn>CONVICTED_UNDER>law:rsfsr-121';

describe.each(Object.keys(PARSERS))('GET /export/%s', (file) => {
  const parse = PARSERS[file]!;

  it('holds every entity and relation of the database, with stable ids and attributes', async () => {
    const response = await get(`/export/${file}`);
    expect(response.status).toBe(200);
    expect(response.disposition).toMatch(/^attachment; filename="evidence-graph\./);
    const graph = parse(response.body);
    const counts = await databaseCounts();
    expect(counts.nodes).toBeGreaterThan(500);
    expect({ nodes: graph.order, edges: graph.size }).toEqual(counts);
    // Ids are the API's ids, so exports of two moments can be compared.
    expect(graph.nodeIds).toContain('person:nika-poliakov');
    expect(graph.edgeIds).toContain(RELATION);
    expect(graph.node('person:nika-poliakov')).toMatchObject({ label: 'Nika Poliakov', kind: 'PERSON' });
    const edge = graph.edge(RELATION);
    expect(edge).toMatchObject({ relationType: 'CONVICTED_UNDER', certainty: 'ATTESTED' });
    expect(String(edge.sources)).not.toBe('');
    // Citations are attributes of relations, never nodes.
    const entityId = new RegExp(`^(${Object.values(KIND_ID_PREFIX).join('|')}):`);
    expect(graph.nodeIds.filter((id) => !entityId.test(id))).toEqual([]);
  });

  it('exports a subgraph with ?id=&depth=', async () => {
    for (const depth of [1, 2]) {
      const response = await get(`/export/${file}?id=person:nika-poliakov&depth=${depth}`);
      expect(response.status).toBe(200);
      const graph = parse(response.body);
      expect({ nodes: graph.order, edges: graph.size }).toEqual(
        await subgraphCounts('person:nika-poliakov', depth),
      );
      expect(graph.nodeIds).toContain('person:vladimir-bekhterev');
    }
  });
});

describe('the GEXF export', () => {
  it('is dynamic: dated relations span the days their date can mean', async () => {
    const { body } = await get('/export/graph.gexf');
    const doc = new DOMParser().parseFromString(body, 'application/xml');
    const graph = doc.getElementsByTagName('graph')[0]!;
    expect(graph.getAttribute('mode')).toBe('dynamic');
    expect(graph.getAttribute('timeformat')).toBe('date');
    const [dated] = await server.db.read(
      `MATCH ()-[r]->() WHERE r.dateEarliest IS NOT NULL AND r.dateLatest IS NOT NULL AND type(r) <> 'RETRACTED'
       RETURN r.id AS id, r.dateEarliest AS start, r.dateLatest AS end ORDER BY r.id LIMIT 1`,
    );
    const edges = Array.from(doc.getElementsByTagName('edge'));
    const edge = edges.find((e) => e.getAttribute('id') === dated!.id);
    expect(edge?.getAttribute('start')).toBe(dated!.start);
    expect(edge?.getAttribute('end')).toBe(dated!.end);
    const [undated] = await server.db.read(
      `MATCH ()-[r:CITED_BY]->() WHERE r.date IS NULL RETURN r.id AS id LIMIT 1`,
    );
    expect(undated).toBeDefined();
    const undatedEdge = edges.find((e) => e.getAttribute('id') === undated!.id);
    expect(undatedEdge).toBeDefined();
    expect(undatedEdge!.hasAttribute('start')).toBe(false);
  });
});

describe('export arguments', () => {
  it('answers an unknown id with 404 naming the id', async () => {
    const response = await get('/export/graph.gexf?id=person:nobody-at-all');
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toEqual({
      error: {
        code: 'NOT_FOUND',
        message: 'No entity with id "person:nobody-at-all"',
        id: 'person:nobody-at-all',
      },
    });
  });

  it.each([
    ['?id=person:nika-poliakov&depth=4', 'depth', /from 1 to 3/],
    ['?id=person:nika-poliakov&depth=one', 'depth', /integer/],
    ['?depth=2', 'depth', /needs an id/],
    ['?id=', 'id', /1 to 200 characters/],
    ['?id=a&id=b', 'id', /once/],
    ['?ids=person:nika-poliakov', 'ids', /unknown argument/],
  ])('rejects %s naming %s', async (query, argument, message) => {
    const response = await get(`/export/graph.json${query}`);
    expect(response.status).toBe(400);
    const { error } = JSON.parse(response.body);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error.message).toMatch(message);
  });

  it('answers an unknown format with 404 listing the formats', async () => {
    const response = await get('/export/graph.csv');
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body).error.message).toContain(
      'graph.gexf, graph.graphml, graph.json, cytoscape.json',
    );
  });
});
