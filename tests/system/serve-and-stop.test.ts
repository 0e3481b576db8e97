/**
 * `npm start` as a user runs it (the built dist/src/main.js): it starts its own Neo4j, loads
 * the data into the empty database, answers on /graphql, and Ctrl-C stops the API and the
 * Neo4j it started, leaving no Java process. A second start reuses the cached server and the
 * stored data. `db:status` tells the truth throughout.
 */
import { ChildProcess, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../../src/config';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { builtFile } from '../support/built-code';

const BOLT_PORT = process.env.NEO4J_SERVE_TEST_BOLT_PORT ?? '7698';
const INSTANCE = `serve-test-${BOLT_PORT}`;
const env = {
  ...process.env,
  NEO4J_URI: '',
  NEO4J_INSTANCE: INSTANCE,
  NEO4J_LOCAL_BOLT_PORT: BOLT_PORT,
  NEO4J_LOCAL_HEAP: '512m',
  NEO4J_LOCAL_PAGECACHE: '128m',
  PORT: '0',
};
const instanceDir = path.join(readConfig().local.homeDir, 'instances', INSTANCE);

function startApi(): Promise<ApiProcess> {
  return startApiProcess(env);
}

async function post(url: string, query: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

function dbStatus(): { code: number | null; text: string } {
  const result = spawnSync(process.execPath, [builtFile('src', 'cli', 'db.js'), 'status'], {
    env,
    encoding: 'utf8',
  });
  return { code: result.status, text: result.stdout };
}

function javaPid(): number {
  return (JSON.parse(fs.readFileSync(path.join(instanceDir, 'neo4j.pid.json'), 'utf8')) as { pid: number })
    .pid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('CommunityEntryPoint');
  } catch {
    return false;
  }
}

function stopWithCtrlC(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

describe('npm start', () => {
  beforeAll(() => fs.rmSync(instanceDir, { recursive: true, force: true }));
  afterAll(() => fs.rmSync(instanceDir, { recursive: true, force: true }));

  it('serves, loads an empty database, stops its Neo4j on Ctrl-C, and reuses server and data on a second start', async () => {
    const first = await startApi();
    expect(await post(first.url, '{ __typename }')).toEqual({
      data: { __typename: 'Query' },
      extensions: expect.anything(),
    });
    expect(first.output()).toMatch(/Loaded \d+ entities/);
    const stats = await post(first.url, '{ stats { entities { count } } }');
    expect(
      stats.data.stats.entities.reduce((n: number, e: { count: number }) => n + e.count, 0),
    ).toBeGreaterThan(100);
    const pid = javaPid();
    expect(alive(pid)).toBe(true);
    expect(dbStatus()).toMatchObject({ code: 0, text: expect.stringContaining('running') });

    expect(await stopWithCtrlC(first.child)).toBe(0);
    expect(alive(pid)).toBe(false);
    expect(dbStatus()).toMatchObject({ code: 3, text: expect.stringContaining('stopped') });

    const second = await startApi();
    expect(second.output()).not.toMatch(/Assembling/);
    expect(second.output()).not.toMatch(/Loaded \d+ entities/);
    const again = await post(second.url, '{ entity(id: "person:nika-poliakov") { name } }');
    expect(again.data.entity.name).toBe('Nika Poliakov');
    const secondPid = javaPid();
    expect(await stopWithCtrlC(second.child)).toBe(0);
    expect(alive(secondPid)).toBe(false);
  }, 900_000);
});
