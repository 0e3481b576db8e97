/**
 * A database written by an earlier version (the full-text index entity_names, whose analyzer
 * dropped stop words, and entities without bareKeys) is brought up to date by what `npm start`
 * runs before serving: the schema, then the name keys. No reload of data/ is needed.
 */
import { applySchema, schemaIsApplied } from '../../src/db/apply-schema';
import { upgradeNameKeys } from '../../src/writes/name-keys-upgrade';
import { TestApi } from '../support/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(async () => {
  // Whatever happened above, leave the database as the other tests expect it.
  await applySchema(api.db);
  await upgradeNameKeys(api.db);
  await api.stop();
});

async function indexNames(): Promise<string[]> {
  const rows = await api.db.read('SHOW INDEXES YIELD name RETURN name');
  return rows.map((row) => String(row.name));
}

/** "Law of Spikelets" typed without "of": an exact name only through the entity's bareKeys. */
const BARE_NAME = 'query { search(text: "Law Spikelets", first: 1) { score entity { id } } }';

it('moves an old database to the new indexes and derives the missing keys at start', async () => {
  // The earlier version's state.
  await api.db.runSchemaStatement(
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.translitKeys] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
  );
  const [removed] = await api.db.write('MATCH (e:Entity) REMOVE e.bareKeys RETURN count(e) AS entities');
  const before = await api.data(BARE_NAME);
  expect(before.search[0].score).toBeLessThan(100);

  await applySchema(api.db);
  const derived = await upgradeNameKeys(api.db);

  const indexes = await indexNames();
  expect(indexes).not.toContain('entity_names');
  expect(indexes).toEqual(expect.arrayContaining(['entity_name_words', 'entity_name_keys']));
  expect(await schemaIsApplied(api.db)).toBe(true);
  expect(derived).toBe(Number(removed?.entities));
  expect(await upgradeNameKeys(api.db)).toBe(0);

  const after = await api.data(BARE_NAME);
  expect(after.search[0].entity.id).toBe('law:law-of-spikelets');
  expect(after.search[0].score).toBeGreaterThanOrEqual(100);
});
