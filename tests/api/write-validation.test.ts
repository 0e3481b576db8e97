/**
 * What an editor's write may not store (issue 12, "Write validation"): each is refused with
 * BAD_USER_INPUT naming the field, and the graph is left exactly as it was.
 */
import { graphFingerprint } from '../support/graph-fingerprint';
import { apiForWritingTests, TestHttp } from '../support/test-http';

let api: TestHttp;
apiForWritingTests((started) => (api = started));

const CREATE = 'mutation($input: NewEntityInput!) { createEntity(input: $input) { id } }';
const UPDATE =
  'mutation($id: ID!, $version: Int!, $patch: EntityPatch!) { updateEntity(id: $id, version: $version, patch: $patch) { id version } }';
const ADD = 'mutation($input: NewRelationInput!) { addRelation(input: $input) { id version } }';
const UPDATE_RELATION =
  'mutation($id: ID!, $version: Int!, $patch: RelationPatch!) { updateRelation(id: $id, version: $version, patch: $patch) { id version citationCount evidence(first: 50) { quote } } }';
const RETRACT =
  'mutation($id: ID!, $version: Int!, $reason: String!) { retractRelation(id: $id, version: $version, reason: $reason) { id } }';

const SOURCE = 'source:seed-001-healey-interview';
const citation = (quote: string) => ({ source: SOURCE, quote });
const relation = (extra: Record<string, unknown> = {}) => ({
  type: 'ASSOCIATE_OF',
  from: 'person:leo-klejn',
  to: 'person:nika-poliakov',
  key: 'write-validation',
  certainty: 'POSSIBLE',
  evidence: [citation('a quote')],
  ...extra,
});

/** Sends the write, expects BAD_USER_INPUT naming `argument`, and that the graph did not change. */
async function refused(
  query: string,
  variables: Record<string, unknown>,
  argument: string,
  message?: RegExp,
): Promise<void> {
  const before = await graphFingerprint(api.db);
  const result = await api.edit(query, variables);
  const error = result.json.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  if (message) expect(error.message).toMatch(message);
  expect(await graphFingerprint(api.db)).toEqual(before);
}

describe('text a reader would not see as it is stored', () => {
  it.each([
    ['zero-width spaces only', '\u200B\u200B', /must not be blank/],
    ['a BOM, a word joiner and a Hangul filler', '\uFEFF\u2060\u3164 ', /must not be blank/],
  ])('a name of %s', async (_what, name, message) => {
    await refused(
      CREATE,
      { input: { id: 'person:test-invisible', kind: 'PERSON', name } },
      'input.name',
      message,
    );
    await refused(UPDATE, { id: 'person:leo-klejn', version: 0, patch: { name } }, 'patch.name', message);
    await refused(
      CREATE,
      { input: { id: 'person:test-invisible', kind: 'PERSON', name: 'Visible', aliases: ['ok', name] } },
      'input.aliases',
      message,
    );
  });

  it('a quote of invisible characters only', async () => {
    await refused(
      ADD,
      { input: relation({ evidence: [citation('\u200B\u200C\u200D')] }) },
      'input.evidence[0].quote',
      /must not be blank/,
    );
  });

  it.each([
    ['a right-to-left override', 'Leo \u202EnjelK', /bidirectional control character \(U\+202E\)/],
    ['a first-strong isolate', 'Leo \u2068Klejn\u2069', /bidirectional control character \(U\+2068\)/],
    ['NUL', 'Leo\u0000Klejn', /control character \(U\+0000\)/],
    ['a lone surrogate', 'Leo \uD800 Klejn', /lone surrogate \(U\+D800\)/],
  ])('text with %s', async (_what, text, message) => {
    await refused(
      CREATE,
      { input: { id: 'person:test-bidi', kind: 'PERSON', name: text } },
      'input.name',
      message,
    );
    await refused(
      UPDATE,
      { id: 'person:leo-klejn', version: 0, patch: { description: text } },
      'patch.description',
      message,
    );
    await refused(
      ADD,
      { input: relation({ evidence: [citation('fine'), citation(text)] }) },
      'input.evidence[1].quote',
      message,
    );
    await refused(
      RETRACT,
      { id: 'person:leo-klejn>CONVICTED_UNDER>law:rsfsr-121', version: 0, reason: text },
      'reason',
      message,
    );
  });

  it('keeps what is text: right-to-left scripts, marks, emoji, tabs and new lines', async () => {
    const name = 'שלום \u200F Леонид 🏳️‍🌈\tKlejn\n';
    const created = await api.edit(CREATE, { input: { id: 'person:test-real-text', kind: 'PERSON', name } });
    expect(created.json.errors).toBeUndefined();
    const read = await api.post('{ entity(id: "person:test-real-text") { name } }');
    expect(read.json.data.entity.name).toBe(name);
  });
});

describe('relations', () => {
  it('from an entity to itself', async () => {
    await refused(
      ADD,
      { input: relation({ to: 'person:leo-klejn' }) },
      'input.to',
      /ASSOCIATE_OF cannot link an entity to itself/,
    );
  });

  it('naming a letter that is not a source in the graph', async () => {
    const letter = {
      type: 'WROTE_TO',
      from: 'person:leo-klejn',
      to: 'person:nika-poliakov',
      key: 'write-validation',
      certainty: 'POSSIBLE',
      evidence: [citation('a letter')],
    };
    await refused(
      ADD,
      { input: { ...letter, letter: 'person:nika-poliakov' } },
      'input.letter',
      /must be the id of a SOURCE/,
    );
    await refused(
      ADD,
      { input: { ...letter, letter: 'source:no-such-letter' } },
      'input.letter',
      /"source:no-such-letter" is not a source in the graph/,
    );
    const added = await api.edit(ADD, { input: { ...letter, letter: SOURCE } });
    expect(added.json.errors).toBeUndefined();
    await refused(
      UPDATE_RELATION,
      { id: added.json.data.addRelation.id, version: 1, patch: { letter: 'source:no-such-letter' } },
      'patch.letter',
      /not a source in the graph/,
    );
  });

  it('caps the citations of one relation in all, naming the cap', async () => {
    const added = await api.edit(ADD, {
      input: relation({
        key: 'citation-cap',
        evidence: Array.from({ length: 20 }, (_, i) => citation(`first ${i}`)),
      }),
    });
    expect(added.json.errors).toBeUndefined();
    const { id } = added.json.data.addRelation;
    const more = await api.edit(UPDATE_RELATION, {
      id,
      version: 1,
      patch: { addEvidence: Array.from({ length: 20 }, (_, i) => citation(`second ${i}`)) },
    });
    expect(more.json.errors).toBeUndefined();
    expect(more.json.data.updateRelation.evidence).toHaveLength(40);
    await refused(
      UPDATE_RELATION,
      {
        id,
        version: 2,
        patch: { addEvidence: Array.from({ length: 11 }, (_, i) => citation(`third ${i}`)) },
      },
      'patch.addEvidence',
      /51 citations; the limit is 50 per relation \(it has 40\)/,
    );
    const upTo = await api.edit(UPDATE_RELATION, {
      id,
      version: 2,
      patch: { addEvidence: Array.from({ length: 10 }, (_, i) => citation(`third ${i}`)) },
    });
    expect(upTo.json.data.updateRelation.evidence).toHaveLength(50);
  });
});

describe('people', () => {
  it('born after they died', async () => {
    await refused(
      CREATE,
      {
        input: {
          id: 'person:test-lifespan',
          kind: 'PERSON',
          name: 'Backwards',
          born: '1950',
          died: '1940-05',
        },
      },
      'input.born',
      /cannot be born \(1950\) after they died \(1940-05\)/,
    );
    const created = await api.edit(CREATE, {
      input: { id: 'person:test-lifespan', kind: 'PERSON', name: 'Forwards', born: '193X', died: '1935' },
    });
    expect(created.json.errors).toBeUndefined();
    await refused(
      UPDATE,
      { id: 'person:test-lifespan', version: 1, patch: { died: '1920' } },
      'patch.died',
      /after they died \(1920\)/,
    );
    await refused(
      UPDATE,
      { id: 'person:test-lifespan', version: 1, patch: { born: '1936' } },
      'patch.born',
      /cannot be born \(1936\)/,
    );
  });
});
