/**
 * Entities that curators write through the API are found like loaded ones: their search keys
 * are derived when they are created and again when their name or aliases change.
 */
import { apiForWritingTests, TestHttp } from '../support/test-http';

let api: TestHttp;
apiForWritingTests((started) => (api = started));

const CREATE = `mutation($input: NewEntityInput!) { createEntity(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $patch: EntityPatch!) { updateEntity(id: $id, version: $version, patch: $patch) { id version } }`;
const ID = 'org:test-bureau-of-names';

async function scoreOf(text: string): Promise<number | null> {
  const result = await api.post('query($t: String!) { search(text: $t, first: 5) { score entity { id } } }', {
    t: text,
  });
  const hit = result.json.data.search.find((h: { entity: { id: string } }) => h.entity.id === ID);
  return hit ? hit.score : null;
}

it('finds a created entity by its exact name, also without little words, and an edited one by its new names', async () => {
  const created = await api.edit(CREATE, {
    input: { id: ID, kind: 'ORGANIZATION', name: 'The Bureau of Test Names' },
  });
  expect(created.json.errors).toBeUndefined();
  expect(await scoreOf('the bureau of test names')).toBeGreaterThanOrEqual(200);
  expect(await scoreOf('Bureau Test Names')).toBeGreaterThanOrEqual(100);

  const updated = await api.edit(UPDATE, {
    id: ID,
    version: 1,
    patch: { name: 'Office for Curated Names', aliases: ['The Curated Office'] },
  });
  expect(updated.json.errors).toBeUndefined();
  expect(await scoreOf('Office for Curated Names')).toBeGreaterThanOrEqual(200);
  expect(await scoreOf('Curated Office')).toBeGreaterThanOrEqual(100);
  // The old name is no longer the entity's: at most a partial match.
  expect((await scoreOf('Bureau Test Names')) ?? 0).toBeLessThan(100);
});
