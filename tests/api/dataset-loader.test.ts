/**
 * Loading data/ into the real database: idempotent (a second load leaves the same graph),
 * validated (a bad file stops the load before anything is written; the checks themselves are
 * in tests/unit/dataset-validation.test.ts) and
 * transactional (a failure half-way leaves the graph as it was).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../src/config';
import { Database, WriteTransaction } from '../../src/db/database';
import { loadDataset } from '../../src/dataset/load-dataset';
import { DatasetSourceFile, readDataset } from '../../src/dataset/read-dataset';
import { graphFingerprint } from '../support/graph-fingerprint';
import { connectTestDatabase } from '../support/test-api';

const dataDir = readConfig().dataDir;
const realFiles: DatasetSourceFile[] = fs
  .readdirSync(dataDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((name) => ({ name, text: fs.readFileSync(path.join(dataDir, name), 'utf8') }));

describe('the dataset loader', () => {
  let db: Database;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(() => db.close());

  it('loads every entity and relation of data/, and loading twice leaves exactly the same graph', async () => {
    const dataset = readDataset(dataDir);
    const first = await loadDataset(db, dataset);
    const before = await graphFingerprint(db);
    const second = await loadDataset(db, readDataset(dataDir));
    const after = await graphFingerprint(db);
    expect(second).toMatchObject({
      entities: first.entities,
      relations: first.relations,
      citations: first.citations,
    });
    expect(after).toEqual(before);
    const [counts] = await db.read(
      'MATCH (e:Entity) WITH count(e) AS entities MATCH (c:Citation) RETURN entities, count(c) AS citations',
    );
    expect(counts).toEqual({ entities: dataset.entities.length, citations: first.citations });
  });

  it('writes nothing, not even the good records, when a bad file is present', async () => {
    // A data folder as `npm run load` reads it: the real files, and one that adds a good entity
    // beside a record the database itself would store without complaint (an unknown field).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-data-'));
    for (const file of realFiles) fs.writeFileSync(path.join(dir, file.name), file.text);
    fs.writeFileSync(
      path.join(dir, 'zz-bad.yaml'),
      'entities:\n  - { id: person:loader-probe, kind: PERSON, name: Loader Probe }\n  - { id: person:x, kind: PERSON, name: X, nickname: Y }\n',
    );
    const before = await graphFingerprint(db);
    // What `npm run load` does: read and validate the folder, then load it.
    const load = async () => loadDataset(db, readDataset(dir));
    try {
      await expect(load()).rejects.toThrow(/zz-bad\.yaml: person:x: nickname/);
      expect(await graphFingerprint(db)).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await db.writeTransaction((tx) =>
        tx.run("MATCH (e:Entity) WHERE e.id IN ['person:loader-probe', 'person:x'] DETACH DELETE e"),
      );
    }
  });

  it('leaves the graph as it was when the database fails half-way through a load', async () => {
    const before = await graphFingerprint(db);
    const dataset = readDataset(dataDir);
    // Change every entity, then fail on the third statement of the transaction.
    for (const entity of dataset.entities) entity.description = 'CHANGED';
    const failing = Object.create(db) as Database;
    failing.writeTransaction = (work, counter, timeout) =>
      db.writeTransaction(
        async (tx: WriteTransaction) => {
          let statements = 0;
          return work({
            run: async (query, params) => {
              statements += 1;
              if (statements === 3) await tx.run('RETURN 1/0 AS boom');
              return tx.run(query, params);
            },
          });
        },
        counter,
        timeout,
      );
    await expect(loadDataset(failing, dataset)).rejects.toThrow();
    expect(await graphFingerprint(db)).toEqual(before);
    const [row] = await db.read("MATCH (e:Entity {description: 'CHANGED'}) RETURN count(e) AS changed");
    expect(row?.changed).toBe(0);
  });
});
