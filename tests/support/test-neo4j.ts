/**
 * The throw-away Neo4j server of a test run: its own instance folder under .neo4j/instances,
 * and its own port (NEO4J_TEST_BOLT_PORT, default 7697) so a running `npm start` is untouched.
 * Its password is the instance's own; the global setup hands it to the tests in
 * NEO4J_TEST_USER / NEO4J_TEST_PASSWORD, which a user sets instead with NEO4J_TEST_URI.
 */
import path from 'node:path';
import { readConfig } from '../../src/config';
import { LocalNeo4jInstance } from '../../src/neo4j-server/local-instance';

export function testInstance(): LocalNeo4jInstance {
  const config = readConfig();
  const boltPort = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7697);
  return new LocalNeo4jInstance({
    // Named after the port, so two test runs on different ports never share a database.
    dir: path.join(config.local.homeDir, 'instances', `test-${boltPort}`),
    boltPort,
    heap: process.env.NEO4J_TEST_HEAP ?? '1g',
    pageCache: process.env.NEO4J_TEST_PAGECACHE ?? '512m',
  });
}

export function testCredentials(): { user: string; password: string } {
  return { user: process.env.NEO4J_TEST_USER ?? 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' };
}

/** The variables that point a spawned API or CLI command at the tests' server. */
export function testServerEnv(): { NEO4J_URI: string; NEO4J_USER: string; NEO4J_PASSWORD: string } {
  const { user, password } = testCredentials();
  return { NEO4J_URI: String(process.env.TEST_NEO4J_URI), NEO4J_USER: user, NEO4J_PASSWORD: password };
}
