/**
 * The W3C Entity Reconciliation API (0.2) at /reconcile, over HTTP on the real Neo4j: every
 * response is validated against the specification's JSON shapes (written out below); every
 * name of data/ reconciles to its entity with score 100; constraints on dates and places move
 * scores and `match`; bad queries are a 400 naming their place.
 */
import Ajv, { ValidateFunction } from 'ajv';
import { readConfig } from '../../src/config';
import { readDataset } from '../../src/dataset/read-dataset';
import { bareName, foldName } from '../../src/domain/name-keys';
import { TestHttp } from '../support/test-http';

let server: TestHttp;
beforeAll(async () => {
  server = await TestHttp.start();
});
afterAll(() => server.stop());

const ajv = new Ajv({ allErrors: true, strict: false });
const typeRef = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'string' }, name: { type: 'string' } },
};
const serviceDefinition = {
  type: 'object',
  required: ['service_url', 'service_path'],
  properties: { service_url: { type: 'string', pattern: '^https?://' }, service_path: { type: 'string' } },
};
// Service manifest, reconciliation results and suggest responses as the 0.2 specification defines them.
const manifestSchema = ajv.compile({
  type: 'object',
  required: ['versions', 'name', 'identifierSpace', 'schemaSpace'],
  properties: {
    versions: { type: 'array', items: { type: 'string' }, contains: { const: '0.2' } },
    name: { type: 'string', minLength: 1 },
    identifierSpace: { type: 'string', pattern: '^https?://' },
    schemaSpace: { type: 'string', pattern: '^https?://' },
    defaultTypes: { type: 'array', items: typeRef },
    view: {
      type: 'object',
      required: ['url'],
      properties: { url: { type: 'string', pattern: '\\{\\{id\\}\\}' } },
    },
    preview: {
      type: 'object',
      required: ['url', 'width', 'height'],
      properties: {
        url: { type: 'string', pattern: '\\{\\{id\\}\\}' },
        width: { type: 'integer' },
        height: { type: 'integer' },
      },
    },
    suggest: {
      type: 'object',
      properties: { entity: serviceDefinition, type: serviceDefinition, property: serviceDefinition },
    },
  },
});
const resultsSchema = ajv.compile({
  type: 'object',
  additionalProperties: {
    type: 'object',
    required: ['result'],
    properties: {
      result: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'name', 'score', 'match'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            description: { type: 'string' },
            score: { type: 'number' },
            match: { type: 'boolean' },
            type: { type: 'array', items: typeRef },
            features: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'value'],
                properties: { id: { type: 'string' }, value: { type: ['number', 'boolean'] } },
              },
            },
          },
        },
      },
    },
  },
});
const suggestSchema = ajv.compile({
  type: 'object',
  required: ['result'],
  properties: {
    result: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name'],
        properties: { id: { type: 'string' }, name: { type: 'string' }, description: { type: 'string' } },
      },
    },
  },
});

function valid(validate: ValidateFunction, value: unknown): boolean {
  const ok = validate(value);
  if (!ok) console.log(JSON.stringify(validate.errors, null, 1));
  return ok;
}

/** A batch as OpenRefine sends it: the form field `queries`. */
async function reconcileForm(queries: Record<string, unknown>) {
  return server.raw(
    new URLSearchParams({ queries: JSON.stringify(queries) }).toString(),
    { 'content-type': 'application/x-www-form-urlencoded' },
    '/reconcile',
  );
}

it('serves the manifest on GET without queries, with the links a client follows', async () => {
  const response = await server.get('/reconcile');
  expect(response.status).toBe(200);
  expect(valid(manifestSchema, response.json)).toBe(true);
  expect(response.json.identifierSpace).toBe(`${server.url}/entity/`);
  expect(response.json.defaultTypes.map((t: { id: string }) => t.id)).toEqual(
    expect.arrayContaining(['PERSON', 'LAW', 'PLACE', 'SOURCE', 'ORGANIZATION', 'EVENT']),
  );
});

it('reconciles every name and alias of data/, typed by kind, to its entity with score 100', async () => {
  const { entities } = readDataset(readConfig().dataDir);
  const names = entities.flatMap((e) =>
    [e.name, ...(e.aliases ?? [])].map((text) => ({ text, id: e.id, kind: e.kind })),
  );
  // Bearers of a folded name within a kind: `match` is promised only when there is one.
  const bearers = new Map<string, Set<string>>();
  for (const n of names) {
    const key = `${n.kind}\n${foldName(n.text)}`;
    bearers.set(key, (bearers.get(key) ?? new Set()).add(n.id));
  }
  const failures: string[] = [];
  for (let start = 0; start < names.length; start += 50) {
    const batch = names.slice(start, start + 50);
    const response = await reconcileForm(
      Object.fromEntries(batch.map((n, i) => [`q${i}`, { query: n.text, type: n.kind, limit: 25 }])),
    );
    expect(response.status).toBe(200);
    expect(valid(resultsSchema, response.json)).toBe(true);
    batch.forEach((n, i) => {
      const results = response.json[`q${i}`].result as { id: string; score: number; match: boolean }[];
      const hit = results.find((r) => r.id === n.id);
      const alone = bearers.get(`${n.kind}\n${foldName(n.text)}`)!.size === 1;
      if (!hit || hit.score !== 100 || hit.match !== alone || results.filter((r) => r.match).length > 1)
        failures.push(`${n.text} -> ${JSON.stringify(results.slice(0, 3))}`);
    });
  }
  console.log(
    `reconcile: ${names.length} names and aliases, ${failures.length} not reconciled with score 100`,
  );
  expect(failures).toEqual([]);
});

it('finds titles typed without their little words, with score 90 where no entity bears the shorter name', async () => {
  const { entities } = readDataset(readConfig().dataDir);
  const named = new Set(
    entities.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((text) => foldName(text))),
  );
  const titles = entities
    .map((e) => ({ id: e.id, bare: bareName(foldName(e.name)) }))
    .filter(({ id, bare }) => bare !== '' && !named.has(bare) && id.startsWith('source:'));
  expect(titles.length).toBeGreaterThan(5);
  const response = await reconcileForm(
    Object.fromEntries(
      titles.slice(0, 50).map((t, i) => [`q${i}`, { query: t.bare, type: 'SOURCE', limit: 25 }]),
    ),
  );
  expect(valid(resultsSchema, response.json)).toBe(true);
  const missed = titles
    .slice(0, 50)
    .filter(
      (t, i) =>
        !response.json[`q${i}`].result.some(
          (r: { id: string; score: number }) => r.id === t.id && r.score === 90,
        ),
    );
  expect(missed).toEqual([]);
});

it('takes dates and places as constraints: a contradicting one lowers the score and withdraws match', async () => {
  const [person] = await server.db.read(
    'MATCH (p:Person)-[:IMPRISONED_AT]->(place:Place) WHERE p.born IS NOT NULL AND COUNT { MATCH (o:Entity) WHERE o.name = p.name } = 1 RETURN p.id AS id, p.name AS name, p.born AS born, place.id AS placeId, place.name AS placeName ORDER BY p.id LIMIT 1',
  );
  const { id, name, born, placeId, placeName } = person as Record<string, string>;
  const ask = (properties: unknown[]) => reconcileForm({ q0: { query: name, type: 'PERSON', properties } });
  const agreeing = await ask([
    { pid: 'born', v: born },
    { pid: 'place', v: placeName },
  ]);
  expect(valid(resultsSchema, agreeing.json)).toBe(true);
  expect(agreeing.json.q0.result[0]).toMatchObject({ id, score: 100, match: true });
  const byPlaceId = await ask([{ pid: 'place', v: { id: placeId, name: placeName } }]);
  expect(byPlaceId.json.q0.result[0]).toMatchObject({ id, match: true });
  const wrongYear = await ask([{ pid: 'born', v: '1066' }]);
  expect(wrongYear.json.q0.result.find((r: { id: string }) => r.id === id)).toMatchObject({
    score: 70,
    match: false,
  });
  const wrongPlace = await ask([{ pid: 'place', v: 'place:nowhere-at-all' }]);
  expect(wrongPlace.json.q0.result.find((r: { id: string }) => r.id === id)).toMatchObject({
    score: 70,
    match: false,
  });
});

it('answers GET with queries in the URL and POST with a JSON body alike', async () => {
  const queries = { a: { query: 'Leo Klejn' } };
  const viaGet = await server.get(`/reconcile?queries=${encodeURIComponent(JSON.stringify(queries))}`);
  const viaJson = await server.raw(
    JSON.stringify({ queries }),
    { 'content-type': 'application/json' },
    '/reconcile',
  );
  expect(valid(resultsSchema, viaGet.json)).toBe(true);
  expect(viaGet.json.a.result[0].id).toBe('person:leo-klejn');
  expect(viaJson.json).toEqual(viaGet.json);
});

it.each([
  ['not JSON', '{q0:', 'queries'],
  ['not an object', '["Leo Klejn"]', 'queries'],
  ['no query text', '{"q0": {"type": "PERSON"}}', 'queries.q0.query'],
  ['an unknown type', '{"q0": {"query": "Leo Klejn", "type": "Dragon"}}', 'queries.q0.type'],
  [
    'an unknown type in a list',
    '{"q0": {"query": "Leo Klejn", "type": ["PERSON", "Dragon"]}}',
    'queries.q0.type[1]',
  ],
  [
    'an unknown property',
    '{"q0": {"query": "Leo Klejn", "properties": [{"pid": "born", "v": "1927"}, {"pid": "shoeSize", "v": "9"}]}}',
    'queries.q0.properties[1].pid',
  ],
  [
    'a date that is not EDTF',
    '{"q0": {"query": "Leo Klejn", "properties": [{"pid": "born", "v": "last spring"}]}}',
    'queries.q0.properties[0].v',
  ],
  ['an unknown field', '{"q0": {"query": "Leo Klejn", "lmit": 3}}', 'queries.q0.lmit'],
  ['a limit out of range', '{"q0": {"query": "Leo Klejn", "limit": 1000}}', 'queries.q0.limit'],
])('refuses %s with a 400 naming the place', async (_what, queries, place) => {
  const response = await server.raw(
    new URLSearchParams({ queries }).toString(),
    { 'content-type': 'application/x-www-form-urlencoded' },
    '/reconcile',
  );
  expect(response.status).toBe(400);
  expect(response.json.error).toMatchObject({ code: 'BAD_USER_INPUT', argument: place });
  expect(response.json.error.message).toContain(place);
});

it('suggests entities by prefix (of a kind), types and properties', async () => {
  const entities = await server.get('/reconcile/suggest/entity?prefix=Bekht&type=PERSON');
  expect(valid(suggestSchema, entities.json)).toBe(true);
  expect(entities.json.result[0].id).toBe('person:vladimir-bekhterev');
  const types = await server.get('/reconcile/suggest/type?prefix=pe');
  expect(valid(suggestSchema, types.json)).toBe(true);
  expect(types.json.result.map((t: { id: string }) => t.id)).toEqual(['PERSON']);
  const properties = await server.get('/reconcile/suggest/property?prefix=bo');
  expect(valid(suggestSchema, properties.json)).toBe(true);
  expect(properties.json.result.map((p: { id: string }) => p.id)).toEqual(['born']);
  const unknownType = await server.get('/reconcile/suggest/entity?prefix=Bekht&type=Dragon');
  expect(unknownType.status).toBe(400);
  expect(unknownType.json.error.argument).toBe('type');
});

it('previews an entity as a small page under the strict policy, and 404s an unknown id', async () => {
  const page = await server.get('/reconcile/preview?id=person:leo-klejn', { accept: 'text/html' });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(page.text).toContain('Leo Klejn');
  const missing = await server.get('/reconcile/preview?id=person:nobody-at-all');
  expect(missing.status).toBe(404);
  expect(missing.json.error.id).toBe('person:nobody-at-all');
});
