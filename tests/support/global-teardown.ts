/**
 * Stops the test run's Neo4j and removes its database, leaving no Java process behind.
 */
import fs from 'node:fs';
import { testInstance } from './test-neo4j';

export default async function globalTeardown(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) return;
  const instance = testInstance();
  await instance.stop();
  if (!process.env.KEEP_TEST_DATABASE) fs.rmSync(instance.dataDir, { recursive: true, force: true });
}
