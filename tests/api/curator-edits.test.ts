/**
 * Curators' writes over HTTP: who may write, what a write needs, what it records, and that a
 * refused write changes nothing. Restores the curated graph afterwards.
 */
import { graphFingerprint } from '../support/graph-fingerprint';
import { apiForWritingTests, TestHttp } from '../support/test-http';

let api: TestHttp;
apiForWritingTests((started) => (api = started));

const CREATE = `mutation($input: NewEntityInput!) { createEntity(input: $input) { id kind name aliases version ... on Person { born { edtf earliest latest } } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $patch: EntityPatch!) { updateEntity(id: $id, version: $version, patch: $patch) { id name aliases version description } }`;
const ADD = `mutation($input: NewRelationInput!) { addRelation(input: $input) { id type version certainty from { id } to { id } evidence { quote source { id } } sentence } }`;
const UPDATE_RELATION = `mutation($id: ID!, $version: Int!, $patch: RelationPatch!) { updateRelation(id: $id, version: $version, patch: $patch) { id version certainty sentence evidence { quote } } }`;
const RETRACT = `mutation($id: ID!, $version: Int!, $reason: String!) { retractRelation(id: $id, version: $version, reason: $reason) { id version } }`;
const CHANGES = `query($target: ID) { changes(targetId: $target) { totalCount nodes { actor action targetId version before after reason at } } }`;

const SOURCE = 'source:seed-001-healey-interview';

function code(result: { json: any }): string | undefined {
  return result.json?.errors?.[0]?.extensions?.code;
}

describe('authority', () => {
  const input = { id: 'person:test-anonymous', kind: 'PERSON', name: 'Nobody' };

  it('refuses a write without a token (UNAUTHENTICATED), with a bad token (UNAUTHENTICATED) and with a reader token (FORBIDDEN), changing nothing', async () => {
    const before = await graphFingerprint(api.db);
    expect(code(await api.post(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(code(await api.post(CREATE, { input }, 'egt_not-a-real-token'))).toBe('UNAUTHENTICATED');
    expect(code(await api.post(CREATE, { input }, api.readerToken))).toBe('FORBIDDEN');
    const malformed = await api.raw(JSON.stringify({ query: CREATE, variables: { input } }), {
      'content-type': 'application/json',
      authorization: 'Basic Zm9vOmJhcg==',
    });
    expect(code(malformed)).toBe('UNAUTHENTICATED');
    expect(await graphFingerprint(api.db)).toEqual(before);
  });

  it('keeps reads public, with no token or a valid one; a bad token is a 401, not an anonymous read', async () => {
    const anonymous = await api.post('{ entity(id: "person:leo-klejn") { name } }');
    expect(anonymous.json.data.entity.name).toBe('Leo Klejn');
    const withReaderToken = await api.post(
      '{ entity(id: "person:leo-klejn") { name } }',
      {},
      api.readerToken,
    );
    expect(withReaderToken.json.data.entity.name).toBe('Leo Klejn');
    const withBadToken = await api.post('{ entity(id: "person:leo-klejn") { name } }', {}, 'egt_wrong');
    expect(withBadToken.status).toBe(401);
    expect(withBadToken.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('entities', () => {
  it('creates an entity that reads and search find at once, recording who and what', async () => {
    const created = await api.edit(CREATE, {
      input: {
        id: 'person:test-curator-made',
        kind: 'PERSON',
        name: 'Ivan Testovich',
        aliases: ['I. T.'],
        born: '1901-03',
      },
    });
    expect(created.json.errors).toBeUndefined();
    expect(created.json.data.createEntity).toMatchObject({
      id: 'person:test-curator-made',
      version: 1,
      born: { edtf: '1901-03', earliest: '1901-03-01', latest: '1901-03-31' },
    });
    const found = await api.post('{ search(text: "Testovich") { entity { id } } }');
    expect(found.json.data.search[0].entity.id).toBe('person:test-curator-made');
    const changes = await api.post(CHANGES, { target: 'person:test-curator-made' });
    expect(changes.json.data.changes.nodes).toEqual([
      expect.objectContaining({
        actor: 'test-editor',
        action: 'CREATE_ENTITY',
        version: 1,
        before: null,
        after: expect.objectContaining({ name: 'Ivan Testovich', origin: 'api' }),
      }),
    ]);
    expect(Date.parse(changes.json.data.changes.nodes[0].at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses a second entity with the same id (CONFLICT)', async () => {
    const again = await api.edit(CREATE, {
      input: { id: 'person:leo-klejn', kind: 'PERSON', name: 'Another Klejn' },
    });
    expect(code(again)).toBe('CONFLICT');
  });

  it('updates with the version read, records before and after, and refuses a stale version', async () => {
    const read = await api.post('{ entity(id: "person:leo-klejn") { version name description } }');
    const { version, description } = read.json.data.entity;
    expect(version).toBe(0);
    const updated = await api.edit(UPDATE, {
      id: 'person:leo-klejn',
      version,
      patch: { description: 'Archaeologist (edited in a test).' },
    });
    expect(updated.json.data.updateEntity).toMatchObject({
      version: 1,
      description: 'Archaeologist (edited in a test).',
      name: 'Leo Klejn',
    });
    const stale = await api.edit(UPDATE, {
      id: 'person:leo-klejn',
      version,
      patch: { description: 'Overwrite' },
    });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.json.errors[0].extensions.currentVersion).toBe(1);
    const changes = await api.post(CHANGES, { target: 'person:leo-klejn' });
    const [change] = changes.json.data.changes.nodes;
    expect(change).toMatchObject({ action: 'UPDATE_ENTITY', version: 1, actor: 'test-editor' });
    expect(change.before.description ?? null).toBe(description);
    expect(change.after.description).toBe('Archaeologist (edited in a test).');
    expect(changes.json.data.changes.totalCount).toBe(1);
  });

  it('replaces the basis of a date it changes: the old quote does not stand beside the new date', async () => {
    const BORN = `query { entity(id: "person:nika-poliakov") { version ... on Person { born { edtf basis { basis note quote } } } } }`;
    const before = (await api.post(BORN)).json.data.entity;
    expect(before.born).toMatchObject({
      edtf: '1885',
      basis: { basis: 'TEXT', quote: 'Poliakov was born in 1885' },
    });
    const changed = await api.edit(UPDATE, {
      id: 'person:nika-poliakov',
      version: before.version,
      patch: { born: '1886' },
    });
    expect(changed.json.errors).toBeUndefined();
    expect((await api.post(BORN)).json.data.entity.born).toEqual({ edtf: '1886', basis: null });
    const sourced = await api.edit(UPDATE, {
      id: 'person:nika-poliakov',
      version: before.version + 1,
      patch: { born: '1885~', basis: [{ fact: 'BORN', curator: 'A parish register (test).' }] },
    });
    expect(sourced.json.errors).toBeUndefined();
    expect((await api.post(BORN)).json.data.entity.born).toEqual({
      edtf: '1885~',
      basis: { basis: 'CURATOR', note: 'A parish register (test).', quote: null },
    });
  });

  it('keeps coordinates with the basis given with them, and refuses a basis for a fact the write does not set', async () => {
    const PLACE = `query { entity(id: "place:sverdlovsk") { version ... on Place { coordinates { lat lon basis { basis note } } } } }`;
    const before = (await api.post(PLACE)).json.data.entity;
    expect(before.coordinates.basis.note).toMatch(/standard gazetteers/);
    const fingerprint = await graphFingerprint(api.db);
    const misplaced = await api.edit(UPDATE, {
      id: 'place:sverdlovsk',
      version: before.version,
      patch: { description: 'A city.', basis: [{ fact: 'COORDINATES', curator: 'A map.' }] },
    });
    expect(code(misplaced)).toBe('BAD_USER_INPUT');
    expect(misplaced.json.errors[0].extensions.argument).toBe('patch.basis[0].fact');
    expect(misplaced.json.errors[0].message).toMatch(/does not set lat and lon/);
    expect(await graphFingerprint(api.db)).toEqual(fingerprint);

    const moved = await api.edit(UPDATE, {
      id: 'place:sverdlovsk',
      version: before.version,
      patch: { lat: 56.84, lon: 60.61, basis: [{ fact: 'COORDINATES', curator: 'OpenStreetMap (test).' }] },
    });
    expect(moved.json.errors).toBeUndefined();
    expect((await api.post(PLACE)).json.data.entity.coordinates).toEqual({
      lat: 56.84,
      lon: 60.61,
      basis: { basis: 'CURATOR', note: 'OpenStreetMap (test).' },
    });
  });

  it('gives NOT_FOUND for an unknown entity', async () => {
    expect(
      code(await api.edit(UPDATE, { id: 'person:nobody-at-all', version: 0, patch: { name: 'X' } })),
    ).toBe('NOT_FOUND');
  });

  it.each([
    [{ id: 'Person:Bad Id', kind: 'PERSON', name: 'X' }, 'input.id'],
    [{ id: 'law:x-1', kind: 'PERSON', name: 'X' }, 'input.id'],
    [{ id: 'person:x', kind: 'PERSON', name: '   ' }, 'input.name'],
    [{ id: 'person:x', kind: 'PERSON', name: 'x'.repeat(301) }, 'input.name'],
    [{ id: 'person:x', kind: 'PERSON', name: 'X', born: '33rd of May' }, 'input.born'],
    [{ id: 'person:x', kind: 'PERSON', name: 'X', enacted: '1933' }, 'input.enacted'],
    [{ id: 'place:x', kind: 'PLACE', name: 'X', placeKind: 'castle' }, 'input.placeKind'],
    [{ id: 'place:x', kind: 'PLACE', name: 'X', lat: 91, lon: 0 }, 'input.lat'],
    [{ id: 'place:x', kind: 'PLACE', name: 'X', lat: 50 }, 'input.lon'],
    [{ id: 'source:x', kind: 'SOURCE', name: 'X', language: 'English' }, 'input.language'],
    [
      { id: 'person:x', kind: 'PERSON', name: 'X', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) },
      'input.aliases',
    ],
  ])('refuses %j naming %s, changing nothing', async (input, field) => {
    const before = await graphFingerprint(api.db);
    const result = await api.edit(CREATE, { input });
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(result.json.errors[0].extensions.argument).toBe(field);
    expect(result.json.errors[0].message).toContain(field);
    expect(await graphFingerprint(api.db)).toEqual(before);
  });
});

describe('relations', () => {
  const base = {
    type: 'CONVICTED_UNDER',
    from: 'person:test-curator-made',
    to: 'law:rsfsr-121',
    certainty: 'PROBABLE',
    sentence: 'five years',
    evidence: [{ source: SOURCE, quote: 'He was sentenced under article 121.' }],
  };

  it('refuses a relation without evidence, with a blank quote or an unknown source, naming the field and changing nothing', async () => {
    const before = await graphFingerprint(api.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, evidence: [] }, 'input.evidence'],
      [{ ...base, evidence: [{ source: SOURCE, quote: '  ' }] }, 'input.evidence[0].quote'],
      [{ ...base, evidence: [{ source: 'source:does-not-exist', quote: 'words' }] }, 'input.evidence'],
      [{ ...base, evidence: [{ source: 'person:leo-klejn', quote: 'words' }] }, 'input.evidence'],
      [{ ...base, to: 'place:nowhere-known' }, 'input.to'],
      [{ ...base, to: 'person:leo-klejn' }, 'input.to'],
      [{ ...base, regime: 'camp' }, 'input.regime'],
      [{ ...base, date: 'soon' }, 'input.date'],
    ];
    for (const [input, field] of cases) {
      const result = await api.edit(ADD, { input });
      expect({ field, code: code(result), argument: result.json.errors?.[0]?.extensions?.argument }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        argument: field,
      });
    }
    expect(await graphFingerprint(api.db)).toEqual(before);
  });

  it('adds a relation with its evidence, visible to reads, and refuses the same id again', async () => {
    const added = await api.edit(ADD, { input: base });
    expect(added.json.errors).toBeUndefined();
    expect(added.json.data.addRelation).toMatchObject({
      id: 'person:test-curator-made>CONVICTED_UNDER>law:rsfsr-121',
      version: 1,
      sentence: 'five years',
      evidence: [{ quote: 'He was sentenced under article 121.', source: { id: SOURCE } }],
    });
    const read = await api.post(
      '{ entity(id: "person:test-curator-made") { ... on Person { convictions { totalCount nodes { to { id } } } } } }',
    );
    expect(read.json.data.entity.convictions).toMatchObject({
      totalCount: 1,
      nodes: [{ to: { id: 'law:rsfsr-121' } }],
    });
    expect(code(await api.edit(ADD, { input: base }))).toBe('CONFLICT');
  });

  it('changes a relation and adds evidence under its version, and refuses a stale version', async () => {
    const id = 'person:test-curator-made>CONVICTED_UNDER>law:rsfsr-121';
    const changed = await api.edit(UPDATE_RELATION, {
      id,
      version: 1,
      patch: {
        certainty: 'ATTESTED',
        sentence: null,
        addEvidence: [{ source: SOURCE, quote: 'A second witness.' }],
      },
    });
    expect(changed.json.errors).toBeUndefined();
    expect(changed.json.data.updateRelation).toMatchObject({
      version: 2,
      certainty: 'ATTESTED',
      sentence: null,
    });
    expect(changed.json.data.updateRelation.evidence.map((e: { quote: string }) => e.quote)).toEqual([
      'He was sentenced under article 121.',
      'A second witness.',
    ]);
    expect(code(await api.edit(UPDATE_RELATION, { id, version: 1, patch: { certainty: 'POSSIBLE' } }))).toBe(
      'CONFLICT',
    );
  });

  it('retracts a relation: gone from every read, kept in the graph with its evidence, reason and history', async () => {
    const id = 'person:test-curator-made>CONVICTED_UNDER>law:rsfsr-121';
    expect(code(await api.edit(RETRACT, { id, version: 1, reason: 'stale' }))).toBe('CONFLICT');
    const retracted = await api.edit(RETRACT, {
      id,
      version: 2,
      reason: 'The interview says article 154-a.',
    });
    expect(retracted.json.data.retractRelation).toEqual({ id, version: 3 });
    const read = await api.post(
      `{ relation(id: "${id}") { id } entity(id: "person:test-curator-made") { degree } }`,
    );
    expect(read.json.data).toEqual({ relation: null, entity: { degree: 0 } });
    const kept = await api.db.read(
      'MATCH ()-[r:RETRACTED {id: $id}]->() RETURN r.originalType AS type, r.reason AS reason, r.retractedBy AS by, COUNT { MATCH (c:Citation {relationId: $id}) } AS citations',
      { id },
    );
    expect(kept).toEqual([
      {
        type: 'CONVICTED_UNDER',
        reason: 'The interview says article 154-a.',
        by: 'test-editor',
        citations: 2,
      },
    ]);
    const history = await api.post(CHANGES, { target: id });
    expect(history.json.data.changes.nodes.map((c: { action: string }) => c.action)).toEqual([
      'RETRACT_RELATION',
      'UPDATE_RELATION',
      'ADD_RELATION',
    ]);
    expect(history.json.data.changes.nodes[0].reason).toBe('The interview says article 154-a.');
    expect(code(await api.edit(ADD, { input: base }))).toBe('CONFLICT');
    expect(code(await api.edit(RETRACT, { id, version: 3, reason: 'again' }))).toBe('NOT_FOUND');
  });

  it('retracts a curated relation too, and the statistics no longer count it or its citations', async () => {
    const STATS = '{ stats { relations { type count } citations } }';
    const convictions = (stats: any) =>
      stats.relations.find((r: { type: string }) => r.type === 'CONVICTED_UNDER').count;
    const before = (await api.post(STATS)).json.data.stats;
    const read = await api.post(
      '{ relations(of: "person:leo-klejn", types: [CONVICTED_UNDER], direction: OUT) { nodes { id version evidence { quote } } } }',
    );
    const [relation] = read.json.data.relations.nodes;
    const retracted = await api.edit(RETRACT, { id: relation.id, version: relation.version, reason: 'test' });
    expect(retracted.json.errors).toBeUndefined();
    const after = await api.post(
      '{ relations(of: "person:leo-klejn", types: [CONVICTED_UNDER], direction: OUT) { totalCount nodes { id } } }',
    );
    expect(after.json.data.relations).toEqual({ totalCount: 0, nodes: [] });
    const stats = (await api.post(STATS)).json.data.stats;
    expect(convictions(stats)).toBe(convictions(before) - 1);
    expect(relation.evidence.length).toBeGreaterThan(0);
    expect(stats.citations).toBe(before.citations - relation.evidence.length);
  });
});
