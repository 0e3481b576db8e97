/**
 * The dataset's release version: one string, the same in `stats`, on every page, in the
 * linked data and in every file export; it moves with a curator's edit (the change log's
 * head) and with any change to data/ (its content hash), and with nothing else.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataDirectoryHash } from '../../src/graph-state/release-version';
import { apiForWritingTests, TestHttp } from '../support/test-http';

let api: TestHttp;
apiForWritingTests((started) => {
  api = started;
});

async function statsVersion(): Promise<string> {
  const response = await api.post('{ stats { datasetVersion } }');
  return response.json.data.stats.datasetVersion as string;
}

it('is shown alike by stats, the entity page, the JSON-LD and every file export', async () => {
  const version = await statsVersion();
  expect(version).toMatch(/^data-[0-9a-f]{12}$/);
  const page = await api.get('/entity/person:leo-klejn', { accept: 'text/html' });
  expect(page.text).toContain(`Dataset version ${version}`);
  const entity = await api.get('/entity/person:leo-klejn', { accept: 'application/ld+json' });
  expect(entity.json['@graph'][0]['schema:version']).toBe(version);
  const graph = await api.get('/graph.jsonld');
  expect(graph.json['@graph'][0]['schema:version']).toBe(version);
  expect((await api.get('/export/graph.json')).json.attributes.datasetVersion).toBe(version);
  expect((await api.get('/export/cytoscape.json')).json.data.datasetVersion).toBe(version);
  expect((await api.get('/export/graph.gexf')).text).toContain(`dataset version ${version}`);
  expect((await api.get('/export/graph.graphml')).text).toContain(
    `<data key="g_datasetVersion">${version}</data>`,
  );
});

it("moves with a curator's edit, naming the change log's head", async () => {
  const before = await statsVersion();
  const created = await api.edit('mutation($input: NewEntityInput!) { createEntity(input: $input) { id } }', {
    input: { id: 'person:test-release-version', kind: 'PERSON', name: 'Ivan Versionovich' },
  });
  expect(created.json.errors).toBeUndefined();
  const [change] = await api.db.read(
    "MATCH (c:Change {targetId: 'person:test-release-version'}) RETURN c.id AS id",
  );
  const after = await statsVersion();
  expect(after).toBe(`${before}+1.${String(change!.id).slice(0, 8)}`);
  expect((await api.get('/export/graph.json')).json.attributes.datasetVersion).toBe(after);
  // The whole-graph JSON-LD, kept in memory since the first test asked for it, is made anew.
  const graph = await api.get('/graph.jsonld');
  expect(graph.json['@graph'][0]['schema:version']).toBe(after);
  expect(
    graph.json['@graph'].some((node: { '@id': string }) =>
      node['@id'].endsWith('/entity/person%3Atest-release-version'),
    ),
  ).toBe(true);
});

it('hashes the content of data/: the same files give the same hash, any edit another', () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'release-version-'));
  const other = fs.mkdtempSync(path.join(os.tmpdir(), 'release-version-'));
  try {
    for (const dir of [copy, other]) fs.writeFileSync(path.join(dir, 'a.yaml'), 'entities: []\n');
    expect(dataDirectoryHash(copy)).toBe(dataDirectoryHash(other));
    const third = fs.mkdtempSync(path.join(os.tmpdir(), 'release-version-'));
    fs.writeFileSync(path.join(third, 'a.yaml'), 'entities: [] \n');
    expect(dataDirectoryHash(third)).not.toBe(dataDirectoryHash(copy));
    fs.rmSync(third, { recursive: true });
  } finally {
    fs.rmSync(copy, { recursive: true });
    fs.rmSync(other, { recursive: true });
  }
});
