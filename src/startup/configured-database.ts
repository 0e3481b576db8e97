/**
 * Connects to the database the configuration names: the server at NEO4J_URI, or else the local
 * `default` instance, assembled and started if need be, with the password kept in its folder
 * (NEO4J_USER and NEO4J_PASSWORD are for NEO4J_URI only). `release` closes the driver and stops
 * the local server only if this call started it, so a server started by `npm run db:start`
 * outlives the command.
 */
import { Config } from '../config';
import { Database } from '../db/database';
import { ensureAssembled } from '../neo4j-server/assembly';
import { LocalNeo4jInstance } from '../neo4j-server/local-instance';
import { localInstance } from '../neo4j-server/local-server';

export interface ConfiguredDatabase {
  db: Database;
  /** The local server this call started, if any. */
  startedInstance: LocalNeo4jInstance | null;
  release(): Promise<void>;
}

export async function connectConfiguredDatabase(
  config: Config,
  log: (line: string) => void,
): Promise<ConfiguredDatabase> {
  let uri = config.neo4jUri;
  let credentials = { user: config.neo4jUser, password: config.neo4jPassword };
  let startedInstance: LocalNeo4jInstance | null = null;
  if (uri === null) {
    const instance = localInstance(config.local);
    const assembly = ensureAssembled(config.local.homeDir, log);
    const { started, ms } = await instance.start(assembly, log);
    if (started) {
      startedInstance = instance;
      log(`Neo4j ${assembly.version} started in ${(ms / 1000).toFixed(1)} s on ${instance.boltUri}.`);
    } else {
      log(`Using the Neo4j server already running on ${instance.boltUri}.`);
    }
    uri = instance.boltUri;
    credentials = instance.credentials();
  }
  const db = Database.connect({
    uri,
    user: credentials.user,
    password: credentials.password,
    database: config.neo4jDatabase,
    transactionTimeoutMs: config.transactionTimeoutMs,
    maxConcurrentTransactions: config.maxConcurrentTransactions,
  });
  if (startedInstance === null) await db.waitUntilReachable(60_000, log);
  return {
    db,
    startedInstance,
    async release() {
      await db.close();
      if (startedInstance) await startedInstance.stop();
    },
  };
}
