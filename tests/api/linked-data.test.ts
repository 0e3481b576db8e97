/**
 * Linked data over HTTP on the real Neo4j: the whole graph's JSON-LD, expanded by a JSON-LD
 * processor (jsonld) and turned into N-Quads, has exactly the triples the database's
 * entities, relations and citations make under the documented mapping, counted here from the
 * database; an entity's address gives JSON-LD or a readable page by the Accept header; an
 * unknown id is a 404 in either.
 */
import jsonld from 'jsonld';
import { COMMON_ENTITY_FIELDS, KIND_FIELDS } from '../../src/domain/entity-fields';
import { EntityKind, RELATION_TYPE_NAMES, RELATION_TYPES, RelationType } from '../../src/domain/vocabulary';
import { TestHttp } from '../support/test-http';

let server: TestHttp;
beforeAll(async () => {
  server = await TestHttp.start();
});
afterAll(() => server.stop());

function present(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '';
}

/** Distinct values of a property: RDF keeps a literal once per subject and predicate. */
function valueCount(value: unknown): number {
  if (Array.isArray(value)) return new Set(value.filter(present).map(String)).size;
  return present(value) ? 1 : 0;
}

/** The triples the mapping makes, counted from the database's own rows. */
async function triplesInDatabase(): Promise<{ total: number; citations: number }> {
  const entities = await server.db.read('MATCH (e:Entity) RETURN properties(e) AS props');
  let total = 3; // the dataset node: type, name, version
  for (const { props } of entities as { props: Record<string, unknown> }[]) {
    total += 1; // its schema.org type
    for (const field of [...COMMON_ENTITY_FIELDS, ...KIND_FIELDS[props.kind as EntityKind]])
      total += valueCount(props[field]);
  }
  const relations = await server.db.read(
    'MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types RETURN type(r) AS type, properties(r) AS props',
    { types: RELATION_TYPE_NAMES },
  );
  for (const { type, props } of relations as { type: RelationType; props: Record<string, unknown> }[]) {
    total += 4; // rdf:Statement, subject, predicate, object
    for (const field of ['certainty', 'basis', 'date', 'note', ...Object.keys(RELATION_TYPES[type].props)])
      total += valueCount(props[field]);
  }
  const citations = await server.db.read(
    'MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types MATCH (c:Citation {relationId: r.id}) RETURN c.seed AS seed, c.offset AS offset',
    { types: RELATION_TYPE_NAMES },
  );
  for (const { seed, offset } of citations) {
    // Annotation (type, body, target), target (type, source, quote selector, seed text), quote selector (type, exact)
    total += 3 + 2 + 1 + valueCount(seed) + 2;
    if (typeof offset === 'number') total += 1 + 3; // position selector: link, type, start, end
  }
  return { total, citations: citations.length };
}

async function nquads(document: object): Promise<string[]> {
  const expanded = await jsonld.expand(document as jsonld.JsonLdDocument);
  const text = (await jsonld.toRDF(expanded, { format: 'application/n-quads' })) as unknown as string;
  return text.split('\n').filter((line) => line.trim() !== '');
}

it('exports the whole graph as JSON-LD whose N-Quads are exactly the statements of the database', async () => {
  const response = await server.get('/graph.jsonld');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/ld+json');
  const quads = await nquads(response.json);
  const expected = await triplesInDatabase();
  console.log(
    `linked data: ${quads.length} N-Quads from /graph.jsonld; ${expected.total} counted from the database (${expected.citations} citations)`,
  );
  expect(quads.length).toBe(expected.total);
  expect(
    quads.filter((q) =>
      q.includes('<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/oa#Annotation>'),
    ),
  ).toHaveLength(expected.citations);
});

it("gives an entity's JSON-LD to a client asking for it: statements with certainty, citations as Web Annotations with both selectors", async () => {
  const [citation] = await server.db.read(
    "MATCH (:Person {id: 'person:leo-klejn'})-[r:CONVICTED_UNDER]->() MATCH (c:Citation {relationId: r.id}) RETURN c.quote AS quote, c.offset AS offset, c.sourceId AS sourceId, r.certainty AS certainty ORDER BY c.id LIMIT 1",
  );
  const response = await server.get('/entity/person:leo-klejn', { accept: 'application/ld+json' });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/ld+json');
  const quads = await nquads(response.json);
  const entity = `<${server.url}/entity/person%3Aleo-klejn>`;
  expect(quads).toContain(
    `${entity} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .`,
  );
  expect(
    quads.some(
      (q) => q.includes('<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject>') && q.includes(entity),
    ),
  ).toBe(true);
  expect(quads.some((q) => q.includes('/vocab#certainty>') && q.includes(`"${citation!.certainty}"`))).toBe(
    true,
  );
  expect(
    quads.some(
      (q) => q.includes('<http://www.w3.org/ns/oa#exact>') && q.includes(JSON.stringify(citation!.quote)),
    ),
  ).toBe(true);
  expect(
    quads.some((q) => q.includes('<http://www.w3.org/ns/oa#start>') && q.includes(`"${citation!.offset}"`)),
  ).toBe(true);
  expect(
    quads.some(
      (q) =>
        q.includes('<http://www.w3.org/ns/oa#hasSource>') &&
        q.includes(encodeURIComponent(String(citation!.sourceId))),
    ),
  ).toBe(true);
});

it('gives a browser a readable page with the relations and their quotes, under the strict policy', async () => {
  const [row] = await server.db.read(
    "MATCH (:Person {id: 'person:leo-klejn'})-[r]-() MATCH (c:Citation {relationId: r.id}) RETURN c.quote AS quote LIMIT 1",
  );
  const page = await server.get('/entity/person:leo-klejn', { accept: 'text/html,application/xhtml+xml' });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(page.text).toContain('<h1>Leo Klejn</h1>');
  expect(page.text).toContain(
    String(row!.quote)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;'),
  );
  expect(page.text).not.toContain('<script');
});

it('answers an unknown id with a 404, as a page or as JSON by Accept', async () => {
  const page = await server.get('/entity/person:nobody-at-all', { accept: 'text/html' });
  expect(page.status).toBe(404);
  expect(page.headers.get('content-type')).toContain('text/html');
  expect(page.text).toContain('person:nobody-at-all');
  const json = await server.get('/entity/person:nobody-at-all', { accept: 'application/ld+json' });
  expect(json.status).toBe(404);
  expect(json.json.error).toMatchObject({ code: 'NOT_FOUND', id: 'person:nobody-at-all' });
});
