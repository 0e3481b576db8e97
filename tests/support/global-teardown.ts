/**
 * Stops the test run's Neo4j and removes its database, leaving no Java process behind.
 */
import fs from 'node:fs';
import { SETUP_DONE } from './global-setup';
import { testInstance } from './test-neo4j';

export default async function globalTeardown(): Promise<void> {
  // Each tier that ran calls this; the first one stops the server.
  if (!process.env[SETUP_DONE]) return;
  delete process.env[SETUP_DONE];
  if (process.env.NEO4J_TEST_URI) return;
  const instance = testInstance();
  await instance.stop();
  if (!process.env.KEEP_TEST_DATABASE) fs.rmSync(instance.dataDir, { recursive: true, force: true });
}
