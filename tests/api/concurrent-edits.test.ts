/**
 * Many curators editing the same entity or relation at once: of the writers that read the
 * same version exactly one wins and every other gets CONFLICT (none is silently overwritten),
 * and writers that re-read and retry all get their change in, each with its change record.
 */
import { apiForWritingTests, TestHttp } from '../support/test-http';

let api: TestHttp;
apiForWritingTests((started) => (api = started));

const UPDATE = `mutation($id: ID!, $version: Int!, $patch: EntityPatch!) { updateEntity(id: $id, version: $version, patch: $patch) { version } }`;
const ENTITY = 'person:nika-poliakov';
const WRITERS = 40;

async function readEntity(): Promise<{ version: number; aliases: string[]; description: string | null }> {
  const result = await api.post(`{ entity(id: "${ENTITY}") { version aliases description } }`);
  return result.json.data.entity;
}

async function changeCount(target: string): Promise<number> {
  const result = await api.post('query($t: ID) { changes(targetId: $t, first: 1) { totalCount } }', {
    t: target,
  });
  return result.json.data.changes.totalCount;
}

it(`lets exactly one of ${WRITERS} parallel writers of the same version win; the others get CONFLICT`, async () => {
  const { version } = await readEntity();
  const results = await Promise.all(
    Array.from({ length: WRITERS }, (_, i) =>
      api.edit(UPDATE, { id: ENTITY, version, patch: { description: `writer ${i}` } }),
    ),
  );
  const codes = results.map((r) => r.json.errors?.[0]?.extensions?.code ?? 'OK');
  expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
  expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(WRITERS - 1);
  const winner = codes.indexOf('OK');
  const after = await readEntity();
  expect(after).toMatchObject({ version: version + 1, description: `writer ${winner}` });
  expect(await changeCount(ENTITY)).toBe(1);
});

it('loses no update when parallel writers re-read and retry on CONFLICT', async () => {
  const writers = 15;
  const start = await readEntity();
  const before = await changeCount(ENTITY);
  let conflicts = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, i) => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const current = await readEntity();
        const result = await api.edit(UPDATE, {
          id: ENTITY,
          version: current.version,
          patch: { aliases: [...current.aliases, `parallel alias ${i}`] },
        });
        const code = result.json.errors?.[0]?.extensions?.code;
        if (code === undefined) return;
        if (code !== 'CONFLICT') throw new Error(`writer ${i}: ${JSON.stringify(result.json.errors)}`);
        conflicts += 1;
      }
      throw new Error(`writer ${i} never got its change in`);
    }),
  );
  const after = await readEntity();
  expect(after.version).toBe(start.version + writers);
  for (let i = 0; i < writers; i++) expect(after.aliases).toContain(`parallel alias ${i}`);
  expect(after.aliases).toHaveLength(start.aliases.length + writers);
  expect(await changeCount(ENTITY)).toBe(before + writers);
  // Without conflicts the test would prove nothing about concurrency.
  expect(conflicts).toBeGreaterThan(0);
});

it('applies the same rule to relations', async () => {
  const read = await api.post(
    '{ relations(of: "person:leo-klejn", types: [CONVICTED_UNDER], direction: OUT) { nodes { id version } } }',
  );
  const [{ id, version }] = read.json.data.relations.nodes;
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      api.edit(
        `mutation($id: ID!, $v: Int!, $s: String) { updateRelation(id: $id, version: $v, patch: { sentence: $s }) { version } }`,
        { id, v: version, s: `sentence ${i}` },
      ),
    ),
  );
  const codes = results.map((r) => r.json.errors?.[0]?.extensions?.code ?? 'OK');
  expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
  expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(19);
  expect(await changeCount(id)).toBe(1);
});
