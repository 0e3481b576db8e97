/**
 * The probes' own Neo4j: instance `probes-<port>` under NEO4J_HOME_DIR (never the user's
 * `default` one), emptied on every run and loaded with data/, so each run starts from the same
 * graph (the evidence flood adds citations, and a rerun must meet the same counts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../src/config';
import { applySchema } from '../src/db/apply-schema';
import { Database } from '../src/db/database';
import { loadDataset } from '../src/dataset/load-dataset';
import { readDataset } from '../src/dataset/read-dataset';
import { ensureAssembled } from '../src/neo4j-server/assembly';
import { LocalCredentials } from '../src/neo4j-server/instance-password';
import { LocalNeo4jInstance } from '../src/neo4j-server/local-instance';

export interface ProbeDatabase {
  instance: LocalNeo4jInstance;
  credentials: LocalCredentials;
  neo4jVersion: string;
}

export async function startProbeDatabase(
  boltPort: number,
  heap: string,
  pageCache: string,
  log: (line: string) => void,
): Promise<ProbeDatabase> {
  const config = readConfig();
  const instance = new LocalNeo4jInstance({
    dir: path.join(config.local.homeDir, 'instances', `probes-${boltPort}`),
    boltPort,
    heap,
    pageCache,
  });
  await instance.stop();
  fs.rmSync(instance.dataDir, { recursive: true, force: true });
  fs.rmSync(instance.logsDir, { recursive: true, force: true });
  const assembly = ensureAssembled(config.local.homeDir, log);
  const { ms } = await instance.start(assembly, log);
  log(
    `Neo4j ${assembly.version} ready on ${instance.boltUri} in ${(ms / 1000).toFixed(1)} s; loading ${path.relative(process.cwd(), config.dataDir) || config.dataDir}`,
  );
  const credentials = instance.credentials();
  const db = Database.connect({
    uri: instance.boltUri,
    ...credentials,
    database: 'neo4j',
    transactionTimeoutMs: 60_000,
  });
  try {
    await applySchema(db);
    await loadDataset(db, readDataset(config.dataDir));
  } finally {
    await db.close();
  }
  return { instance, credentials, neo4jVersion: assembly.version };
}
