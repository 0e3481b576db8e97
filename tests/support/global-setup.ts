/**
 * Starts a fresh Neo4j for the test run (unless NEO4J_TEST_URI names one), with authentication
 * on as `npm start` runs it, applies the schema and loads data/. The database directory is wiped first, so every run starts from nothing.
 */
import fs from 'node:fs';
import { readConfig } from '../../src/config';
import { applySchema } from '../../src/db/apply-schema';
import { Database } from '../../src/db/database';
import { loadDataset } from '../../src/dataset/load-dataset';
import { readDataset } from '../../src/dataset/read-dataset';
import { ensureAssembled } from '../../src/neo4j-server/assembly';
import { testCredentials, testInstance } from './test-neo4j';

/** Set once the server is up, so the api and system tiers, run together, start it only once. */
export const SETUP_DONE = 'EVIDENCE_GRAPH_TEST_SETUP_DONE';

export default async function globalSetup(): Promise<void> {
  if (process.env[SETUP_DONE]) return;
  const config = readConfig();
  let uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    const instance = testInstance();
    await instance.stop();
    fs.rmSync(instance.dataDir, { recursive: true, force: true });
    fs.rmSync(instance.logsDir, { recursive: true, force: true });
    const assembly = ensureAssembled(config.local.homeDir, (line) => process.stdout.write(`\n${line}`));
    const { ms } = await instance.start(assembly);
    process.stdout.write(
      `\nTest Neo4j ${assembly.version} ready on ${instance.boltUri} in ${(ms / 1000).toFixed(1)} s\n`,
    );
    uri = instance.boltUri;
    // The tests run in this process (in band) and read these, as they would a user's own.
    const { user, password } = instance.credentials();
    process.env.NEO4J_TEST_USER = user;
    process.env.NEO4J_TEST_PASSWORD = password;
  }
  process.env.TEST_NEO4J_URI = uri;
  const db = Database.connect({
    uri,
    ...testCredentials(),
    database: 'neo4j',
    transactionTimeoutMs: 60_000,
  });
  try {
    await applySchema(db);
    await loadDataset(db, readDataset(config.dataDir));
  } finally {
    await db.close();
  }
  process.env[SETUP_DONE] = '1';
}
