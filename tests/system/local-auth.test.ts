/**
 * The local Neo4j has authentication on: a process that does not hold the instance's password
 * can neither read nor change the graph, and the password lies in a file only its owner can
 * read. The tests' server is such an instance (tests/support/global-setup.ts starts it as
 * `npm start` starts the default one), so these checks need it rather than NEO4J_TEST_URI.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { AuthToken } from 'neo4j-driver';
import { readConfig } from '../../src/config';
import { waitForBolt } from '../../src/db/connectivity';
import { Assembly, ensureAssembled } from '../../src/neo4j-server/assembly';
import { authIniLine } from '../../src/neo4j-server/initial-password';
import { passwordFile } from '../../src/neo4j-server/instance-password';
import { LocalNeo4jInstance } from '../../src/neo4j-server/local-instance';
import { requireJava } from '../../src/neo4j-server/prerequisites';
import { jvmFlags, neo4jConf } from '../../src/neo4j-server/server-settings';
import { connectTestDatabase } from '../support/test-api';
import { testInstance } from '../support/test-neo4j';

const local = !process.env.NEO4J_TEST_URI;
const instance = testInstance();

/** What a statement sent with `auth` gives: 'OK' or the server's error code. */
async function attempt(
  auth: AuthToken | undefined,
  statement: string,
  uri = instance.boltUri,
): Promise<string> {
  const driver = neo4j.driver(uri, auth, { logging: { level: 'error', logger: () => {} } });
  try {
    await driver.executeQuery(statement);
    return 'OK';
  } catch (error) {
    return String((error as { code?: string }).code ?? error);
  } finally {
    await driver.close();
  }
}

(local ? describe : describe.skip)('the local Neo4j', () => {
  const PROBE = 'CREATE (:AuthProbe {by: "a process without the password"})';

  afterAll(async () => {
    const db = connectTestDatabase();
    await db.write('MATCH (p:AuthProbe) DELETE p');
    await db.close();
  });

  it('refuses a connection without credentials or with a wrong password, and nothing it sends is written', async () => {
    expect(await attempt(undefined, PROBE)).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await attempt(neo4j.auth.basic('neo4j', 'neo4j'), PROBE)).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
    const db = connectTestDatabase();
    try {
      const [row] = await db.read('MATCH (p:AuthProbe) RETURN count(p) AS n');
      expect(row?.n).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('keeps its password in a file only the owner can read, in a folder only the owner can enter', () => {
    const { file, password } = instance.credentials();
    expect(file).toBe(passwordFile(path.dirname(instance.confDir)));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(password.length).toBeGreaterThanOrEqual(32);
  });
});

it('writes the initial password as `neo4j-admin dbms set-initial-password` does', () => {
  // Written by the 5.26.30 admin command (org.neo4j.cli.AdminTool dbms set-initial-password
  // abcdefgh12345678); the salt is random, so the test passes that one in.
  const fromAdminCommand =
    'neo4j:SHA-256,d42037d03b7b6e6cb58461d07bb5c2c66f308c35f382a72954bed40b0b027178,3e66432bedc9e723202356dc3d4047d9e57b5248ea7687e2f3011eafe6fe81e5,1024:\n';
  const salt = Buffer.from('3e66432bedc9e723202356dc3d4047d9e57b5248ea7687e2f3011eafe6fe81e5', 'hex');
  expect(authIniLine('neo4j', 'abcdefgh12345678', salt)).toBe(fromAdminCommand);
});

/**
 * Starts an instance as the code before authentication did: the same settings with
 * authentication off and no password anywhere, with the pid file `stop()` reads.
 */
async function startAsBeforeAuthentication(dir: string, boltPort: number, assembly: Assembly): Promise<void> {
  const settings = {
    dataDir: path.join(dir, 'data'),
    logsDir: path.join(dir, 'logs'),
    runDir: path.join(dir, 'run'),
    boltPort,
    heap: '512m',
    pageCache: '64m',
  };
  for (const folder of [path.join(dir, 'conf'), settings.dataDir, settings.logsDir, settings.runDir])
    fs.mkdirSync(folder, { recursive: true });
  const conf = neo4jConf(settings).replace(
    'dbms.security.auth_enabled=true',
    'dbms.security.auth_enabled=false',
  );
  expect(conf).toContain('dbms.security.auth_enabled=false');
  fs.writeFileSync(path.join(dir, 'conf', 'neo4j.conf'), conf);
  const args = [
    ...jvmFlags(settings),
    '-cp',
    `${assembly.libDir}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${dir}`,
    `--config-dir=${path.join(dir, 'conf')}`,
  ];
  const child = spawn(requireJava(), args, { detached: true, stdio: 'ignore' });
  child.unref();
  fs.writeFileSync(
    path.join(dir, 'neo4j.pid.json'),
    JSON.stringify({
      pid: child.pid,
      boltPort,
      version: assembly.version,
      startedAt: new Date().toISOString(),
    }),
  );
  await waitForBolt(`bolt://127.0.0.1:${boltPort}`, 180_000);
}

(local ? describe : describe.skip)('an instance created while authentication was off', () => {
  const boltPort = Number(process.env.NEO4J_SERVE_TEST_BOLT_PORT ?? 7698);
  const dir = path.join(readConfig().local.homeDir, 'instances', `auth-migration-${boltPort}`);
  const legacy = new LocalNeo4jInstance({ dir, boltPort, heap: '512m', pageCache: '64m' });
  beforeAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterAll(async () => {
    await legacy.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is migrated on its next start: its data stays, and it then refuses a connection without the password', async () => {
    const assembly = ensureAssembled(readConfig().local.homeDir);
    await startAsBeforeAuthentication(dir, boltPort, assembly);
    expect(await attempt(undefined, 'CREATE (:Kept {by: "before the migration"})', legacy.boltUri)).toBe(
      'OK',
    );
    await legacy.stop();
    expect(fs.existsSync(passwordFile(dir))).toBe(false);

    await legacy.start(assembly);
    expect(await attempt(undefined, 'MATCH (k:Kept) RETURN k', legacy.boltUri)).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
    const { user, password } = legacy.credentials();
    const driver = neo4j.driver(legacy.boltUri, neo4j.auth.basic(user, password), {
      logging: { level: 'error', logger: () => {} },
    });
    try {
      const { records } = await driver.executeQuery('MATCH (k:Kept) RETURN k.by AS by');
      expect(records.map((r) => r.get('by'))).toEqual(['before the migration']);
    } finally {
      await driver.close();
    }
  }, 600_000);
});
