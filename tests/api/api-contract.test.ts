/**
 * The contract of the API against the loaded seed graph: lookups, search, traversals with
 * evidence, paths, neighbourhoods, statistics, and the errors a client gets for bad input.
 */
import { TestApi } from '../support/test-api';
import { nonEmpty } from '../support/non-empty';

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(() => api.stop());

describe('entity', () => {
  it('returns a typed entity by id, with aliases', async () => {
    const data = await api.data(`{ entity(id: "person:nika-poliakov") { id kind name aliases __typename } }`);
    expect(data.entity).toMatchObject({ id: 'person:nika-poliakov', kind: 'PERSON', __typename: 'Person' });
    expect(data.entity.aliases).toContain('NP');
  });

  it('returns null for an unknown id', async () => {
    const data = await api.data(`{ entity(id: "person:nobody") { id } }`);
    expect(data.entity).toBeNull();
  });
});

describe('search', () => {
  it('finds a person by an alias, ranking the exact match first', async () => {
    const data = await api.data(`{ search(text: "NP") { score entity { id } } }`);
    expect(data.search[0].entity.id).toBe('person:nika-poliakov');
  });

  it('is case-, diacritic- and transliteration-insensitive and allows partial names', async () => {
    const cases: [string, string][] = [
      ['stajner', 'person:karlo-stajner'],
      ['Jagoda', 'person:genrikh-yagoda'],
      ['andrei vyshinsky', 'person:andrey-vyshinsky'],
      ['Solzhenitzyn', 'person:aleksandr-solzhenitsyn'],
      ['Bekht', 'person:vladimir-bekhterev'],
    ];
    for (const [text, id] of cases) {
      const data = await api.data(`query($t: String!) { search(text: $t, first: 5) { entity { id } } }`, {
        t: text,
      });
      expect({ text, ids: data.search.map((h: { entity: { id: string } }) => h.entity.id) }).toEqual({
        text,
        ids: expect.arrayContaining([id]),
      });
    }
  });

  it('filters by kind', async () => {
    const data = await api.data(`{ search(text: "Gorky", kinds: [SOURCE]) { entity { kind } } }`);
    expect(data.search.length).toBeGreaterThan(0);
    expect(new Set(data.search.map((h: { entity: { kind: string } }) => h.entity.kind))).toEqual(
      new Set(['SOURCE']),
    );
  });

  it('refuses empty text and a page above the cap, naming the argument', async () => {
    const empty = await api.execute(`{ search(text: "  ") { score } }`);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    const big = await api.execute(`{ search(text: "Stalin", first: 1000) { score } }`);
    expect(big.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
      max: 100,
    });
    expect(big.errors?.[0]?.message).toContain('first');
  });
});

describe('relations and evidence', () => {
  it('answers "Under which law was Leo Klejn sentenced?" with a verbatim quote and its source', async () => {
    const data = await api.data(`{
      relations(of: "person:leo-klejn", types: [CONVICTED_UNDER], direction: OUT) {
        nodes { type to { id name } certainty evidence { quote locator source { id kind } } }
      }
    }`);
    expect(data.relations.nodes).toContainEqual(
      expect.objectContaining({
        type: 'CONVICTED_UNDER',
        to: expect.objectContaining({ id: 'law:rsfsr-121' }),
      }),
    );
    const evidence = data.relations.nodes[0].evidence[0];
    expect(evidence.quote).toMatch(/article 121/);
    expect(evidence.locator).toMatch(/^002_f24334818a537fdf\.txt@\d+$/);
    expect(evidence.source.kind).toBe('SOURCE');
  });

  it('gives NOT_FOUND naming the id for relations of an unknown entity', async () => {
    const result = await api.execute(`{ relations(of: "person:nobody") { totalCount } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'person:nobody' });
    expect(result.errors?.[0]?.message).toContain('person:nobody');
  });

  it('keeps only what the texts say with basis: [TEXT], on traversals and neighbourhoods alike', async () => {
    const data = await api.data(`{ entity(id: "person:joseph-stalin") {
      all: relations(direction: OUT, first: 500) { totalCount nodes { basis } }
      text: relations(direction: OUT, first: 500, basis: [TEXT]) { totalCount nodes { basis } } } }`);
    expect(data.entity.all.nodes.map((r: { basis: string }) => r.basis)).toContain('INFERENCE');
    expect(data.entity.text.totalCount).toBeLessThan(data.entity.all.totalCount);
    for (const r of nonEmpty<{ basis: string }>(data.entity.text.nodes)) expect(r.basis).toBe('TEXT');
    const near = await api.data(`{ all: neighborhood(id: "person:joseph-stalin") { edges { basis } }
      text: neighborhood(id: "person:joseph-stalin", basis: [TEXT]) { edges { basis } } }`);
    expect(near.all.edges.some((e: { basis: string }) => e.basis !== 'TEXT')).toBe(true);
    expect(near.text.edges.length).toBeGreaterThan(0);
    for (const e of near.text.edges) expect(e.basis).toBe('TEXT');
  });

  it('follows the law that article 154-a became', async () => {
    const data = await api.data(`{ entity(id: "law:rsfsr-154a") { ... on Law { successor { id } } } }`);
    expect(data.entity.successor.id).toBe('law:rsfsr-121');
  });

  it('pages a traversal with cursors and filters it by certainty and date', async () => {
    const all = await api.data(
      `{ entity(id: "person:joseph-stalin") { relations(first: 500) { totalCount } } }`,
    );
    const total = all.entity.relations.totalCount;
    expect(total).toBeGreaterThan(4);
    const first = await api.data(
      `{ entity(id: "person:joseph-stalin") { relations(first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
    );
    expect(first.entity.relations.edges).toHaveLength(2);
    expect(first.entity.relations.pageInfo.hasNextPage).toBe(true);
    const next = await api.data(
      `query($after: String) { entity(id: "person:joseph-stalin") { relations(first: 2, after: $after) { edges { node { id } } } } }`,
      {
        after: first.entity.relations.pageInfo.endCursor,
      },
    );
    const firstIds = first.entity.relations.edges.map((e: { node: { id: string } }) => e.node.id);
    for (const edge of nonEmpty<{ node: { id: string } }>(next.entity.relations.edges))
      expect(firstIds).not.toContain(edge.node.id);

    const attested = await api.data(
      `{ entity(id: "person:joseph-stalin") { relations(first: 500, certainty: [ATTESTED]) { nodes { certainty } } } }`,
    );
    expect(new Set(attested.entity.relations.nodes.map((r: { certainty: string }) => r.certainty))).toEqual(
      new Set(['ATTESTED']),
    );

    const dated = await api.data(
      `{ entity(id: "person:joseph-stalin") { relations(first: 500, since: "1933", until: "1933", includeUndated: false) { nodes { date { earliest latest } } } } }`,
    );
    for (const r of nonEmpty<{ date: { earliest: string; latest: string } }>(dated.entity.relations.nodes)) {
      expect(r.date.latest >= '1933-01-01').toBe(true);
      expect(r.date.earliest <= '1933-12-31').toBe(true);
    }
  });

  it('pages by an edge cursor alone, without pageInfo, and a page holds exactly `first` relations', async () => {
    const four = await api.data(
      `{ entity(id: "person:joseph-stalin") { relations(first: 4) { nodes { id } } } }`,
    );
    const ids = four.entity.relations.nodes.map((r: { id: string }) => r.id);
    expect(ids).toHaveLength(4);
    const first = await api.data(
      `{ entity(id: "person:joseph-stalin") { relations(first: 2) { edges { cursor node { id } } } } }`,
    );
    const edges = first.entity.relations.edges as { cursor: string; node: { id: string } }[];
    expect(edges.map((e) => e.node.id)).toEqual(ids.slice(0, 2));
    const next = await api.data(
      `query($after: String) { entity(id: "person:joseph-stalin") { relations(first: 2, after: $after) { nodes { id } } } }`,
      { after: edges[1]?.cursor },
    );
    expect(next.entity.relations.nodes.map((r: { id: string }) => r.id)).toEqual(ids.slice(2, 4));
  });

  it('refuses a cursor it did not issue and a malformed date bound', async () => {
    const cursor = await api.execute(
      `{ entity(id: "person:joseph-stalin") { relations(after: "nonsense") { totalCount } } }`,
    );
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const date = await api.execute(
      `{ entity(id: "person:joseph-stalin") { relations(since: "1930s") { totalCount } } }`,
    );
    expect(date.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'since' });
  });

  it('lists what a source attests, and for a relation every source that says so', async () => {
    const data = await api.data(
      `{ entity(id: "source:seed-002-queer-emancipation") { ... on Source { claims(first: 500) { totalCount nodes { id sources { id } } } } } }`,
    );
    expect(data.entity.claims.totalCount).toBeGreaterThan(20);
    for (const relation of nonEmpty<{ sources: { id: string }[] }>(data.entity.claims.nodes)) {
      expect(relation.sources.map((s: { id: string }) => s.id)).toContain(
        'source:seed-002-queer-emancipation',
      );
    }
  });

  it('lists relations resting on a single source or on hedged evidence', async () => {
    const data = await api.data(
      `{ weakRelations(maxSources: 1, certainty: [POSSIBLE, RUMOURED], first: 500) { totalCount nodes { certainty sourceCount } } }`,
    );
    expect(data.weakRelations.totalCount).toBeGreaterThan(0);
    for (const r of nonEmpty<{ sourceCount: number; certainty: string }>(data.weakRelations.nodes))
      expect(r.sourceCount <= 1 || ['POSSIBLE', 'RUMOURED'].includes(r.certainty)).toBe(true);
  });
});

describe('paths', () => {
  it('connects Maxim Gorky and Nika Poliakov hop by hop, with evidence for every hop', async () => {
    const data = await api.data(`{ paths(from: "person:maxim-gorky", to: "person:nika-poliakov", maxHops: 6) {
      length score nodes { id } relations { type from { id } to { id } evidence { quote } } } }`);
    expect(data.paths.length).toBeGreaterThan(0);
    for (const path of data.paths) {
      expect(path.nodes[0].id).toBe('person:maxim-gorky');
      expect(path.nodes.at(-1).id).toBe('person:nika-poliakov');
      expect(path.relations).toHaveLength(path.length);
      path.relations.forEach(
        (r: { from: { id: string }; to: { id: string }; evidence: unknown[] }, i: number) => {
          expect([r.from.id, r.to.id].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
          expect(r.evidence.length).toBeGreaterThan(0);
        },
      );
    }
    // Surest first, then shortest (tests/api/meaningful-paths.test.ts has the details).
    const order = data.paths.map((p: { score: number; length: number }) => [-p.score, p.length]);
    expect(order).toEqual([...order].sort(([s1, l1], [s2, l2]) => s1 - s2 || l1 - l2));
  });

  it('caps maxHops and says so', async () => {
    const result = await api.execute(
      `{ paths(from: "person:maxim-gorky", to: "person:nika-poliakov", maxHops: 12) { length } }`,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'maxHops',
      max: 6,
    });
    expect(result.errors?.[0]?.message).toMatch(/maxHops.*6/);
  });

  it('gives NOT_FOUND for an unknown end', async () => {
    const result = await api.execute(`{ paths(from: "person:maxim-gorky", to: "person:nobody") { length } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'person:nobody' });
  });
});

describe('neighborhood', () => {
  it('gives nodes with kind, label and degree, and only edges among those nodes', async () => {
    const data = await api.data(`{ neighborhood(id: "person:nika-poliakov", depth: 1) {
      nodes { id kind name degree } edges { id type from { id } to { id } certainty date { edtf } } } }`);
    const ids = new Set(data.neighborhood.nodes.map((n: { id: string }) => n.id));
    expect(ids).toContain('person:nika-poliakov');
    expect(ids).toContain('person:vladimir-bekhterev');
    for (const edge of nonEmpty<{ from: { id: string }; to: { id: string } }>(data.neighborhood.edges)) {
      expect(ids).toContain(edge.from.id);
      expect(ids).toContain(edge.to.id);
    }
    const centre = data.neighborhood.nodes.find((n: { id: string }) => n.id === 'person:nika-poliakov');
    expect(centre.degree).toBeGreaterThanOrEqual(data.neighborhood.nodes.length - 1);
  });

  it('caps depth and limit, and gives NOT_FOUND for an unknown id', async () => {
    const deep = await api.execute(`{ neighborhood(id: "person:nika-poliakov", depth: 4) { nodes { id } } }`);
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth', max: 3 });
    const unknown = await api.execute(`{ neighborhood(id: "person:nobody") { nodes { id } } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('stats', () => {
  it('counts entities and relations, none without evidence', async () => {
    const data = await api.data(
      `{ stats { entities { kind count } relations { type count } relationsWithoutEvidence citations } }`,
    );
    const kinds = Object.fromEntries(
      data.stats.entities.map((e: { kind: string; count: number }) => [e.kind, e.count]),
    );
    expect(kinds.PERSON).toBeGreaterThan(50);
    expect(data.stats.relationsWithoutEvidence).toBe(0);
    const types = data.stats.relations.map((r: { type: string }) => r.type);
    expect(types).toEqual(
      expect.arrayContaining(['CONVICTED_UNDER', 'IMPRISONED_AT', 'WROTE_TO', 'CITED_BY', 'AUTHORED']),
    );
  });
});

describe('errors', () => {
  it('never sends Cypher, driver messages or stack traces, even when Neo4j refuses a statement', async () => {
    // A statement Neo4j refuses, as a fault in the generated Cypher would be: the driver's error
    // quotes the statement and names the Neo4j code, and none of it may reach the client.
    const read = api.db.read;
    api.db.read = (query, params, counter) => read.call(api.db, `${query} RETURN BROKEN`, params, counter);
    let result;
    try {
      result = await api.execute(`{ entity(id: "person:leo-klejn") { id name } }`);
    } finally {
      api.db.read = read;
    }
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(result)).not.toMatch(
      /MATCH|BROKEN|Neo4jError|Neo\.ClientError|SyntaxError|stacktrace|at .*\.[jt]s/,
    );
  });

  it('answers a search written as an injection as a search', async () => {
    const result = await api.execute(`{ search(text: "\\") OR 1=1 //", first: 5) { entity { id } } }`);
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/MATCH|Neo4jError|stacktrace|at .*\.ts/);
  });
});
