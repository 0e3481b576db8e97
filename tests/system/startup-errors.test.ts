/**
 * What `npm start` says when it cannot start: one line naming the cause (a taken port, a
 * malformed PORT, an unwritable Neo4j folder), printed before any Neo4j is started and with no
 * stack trace; and, for a NEO4J_URI that does not answer, what it waits for, again and again.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { readConfig } from '../../src/config';
import { spawnApi, SpawnedApi } from '../support/api-process';
import { freePort } from '../support/free-port';

const homeDir = readConfig().local.homeDir;

async function waitForOutput(api: SpawnedApi, pattern: RegExp): Promise<void> {
  // Bounded by the test's timeout; the process exiting first is a failure with its output.
  while (!pattern.test(api.output())) {
    const exited = await Promise.race([
      api.exited.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 100)),
    ]);
    if (exited && !pattern.test(api.output()))
      throw new Error(`the API exited without printing ${pattern}:\n${api.output()}`);
  }
}

const spawned: SpawnedApi[] = [];
/** The built API in its own process, killed after the test whatever happened. */
function start(env: NodeJS.ProcessEnv, options: { uid?: number; gid?: number } = {}): SpawnedApi {
  const api = spawnApi(env, options);
  spawned.push(api);
  return api;
}
afterEach(async () => {
  for (const api of spawned.splice(0)) {
    api.child.kill('SIGKILL');
    await api.exited;
  }
});

function expectOneLine(api: SpawnedApi): void {
  expect(api.errors().trim().split('\n')).toHaveLength(1);
  expect(api.output()).not.toMatch(/\n\s+at /);
}

describe('start-up failures', () => {
  it('says that the API port is taken, in one line, before starting Neo4j', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as net.AddressInfo;
    const instance = 'port-taken-test';
    try {
      const api = start({
        ...process.env,
        NEO4J_URI: '',
        NEO4J_INSTANCE: instance,
        NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
        PORT: String(port),
        HOST: '127.0.0.1',
      });
      expect(await api.exited).toBe(1);
      expect(api.errors()).toContain(`PORT ${port} on 127.0.0.1 is already in use`);
      expectOneLine(api);
      expect(api.output()).not.toMatch(/Starting Neo4j/);
    } finally {
      taken.close();
      fs.rmSync(path.join(homeDir, 'instances', instance), { recursive: true, force: true });
    }
  });

  it.each(['0x10', '1e3', '0b1', ' 80', '80.0'])('refuses PORT=%j, naming the variable', async (value) => {
    // A Neo4j that does not answer: whatever PORT is taken as, nothing is started or touched.
    const api = start({ ...process.env, PORT: value, NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
    expect(await api.exited).toBe(1);
    expect(api.errors()).toContain(`PORT must be an integer from 0 to 65535, got "${value}"`);
    expectOneLine(api);
  });

  it('says what it waits for while NEO4J_URI does not answer, and keeps saying it', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const api = start({ ...process.env, NEO4J_URI: uri, PORT: '0' });
    await waitForOutput(
      api,
      new RegExp(
        `Waiting for Neo4j at ${uri} \\(database "neo4j"\\) to answer \\(giving up after 60 s\\): .*ECONNREFUSED`,
      ),
    );
    await waitForOutput(
      api,
      new RegExp(`Still waiting for Neo4j at ${uri} \\(database "neo4j"\\) \\(\\d+ s of 60 s\\)`),
    );
  });

  it('names the Neo4j folder it cannot write, in one line, instead of Java stack frames', async () => {
    // Root may write anywhere, so the API runs as nobody, over an instance whose data/ root owns.
    const instance = 'unwritable-data-test';
    const dir = path.join(homeDir, 'instances', instance);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'data', 'databases'), { recursive: true });
    fs.chmodSync(path.join(dir, 'data'), 0o755);
    fs.chownSync(dir, 65534, 65534);
    try {
      const api = start(
        {
          PATH: process.env.PATH,
          JAVA_HOME: process.env.JAVA_HOME,
          NEO4J_HOME_DIR: homeDir,
          NEO4J_INSTANCE: instance,
          NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
          PORT: '0',
        },
        { uid: 65534, gid: 65534 },
      );
      expect(await api.exited).toBe(1);
      expect(api.errors()).toContain(`${path.join(dir, 'data')} is not writable by this user (uid 65534)`);
      expectOneLine(api);
      expect(api.output()).not.toMatch(/Starting Neo4j/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
