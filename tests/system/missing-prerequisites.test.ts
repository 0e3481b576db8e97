/**
 * Without Java or Maven, the commands say so in one clear line naming what to install, with
 * no stack trace.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtFile } from '../support/built-code';

const DB_CLI = builtFile('src', 'cli', 'db.js');

// A PATH with node alone: no java, no mvn.
const bareBin = fs.mkdtempSync(path.join(os.tmpdir(), 'bare-bin-'));
fs.symlinkSync(process.execPath, path.join(bareBin, 'node'));

function runDbStart(env: Record<string, string>): { code: number | null; stderr: string; stdout: string } {
  const result = spawnSync(process.execPath, [DB_CLI, 'start'], {
    env: { PATH: bareBin, NEO4J_INSTANCE: 'prerequisites-test', NEO4J_LOCAL_BOLT_PORT: '7749', ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stderr: result.stderr, stdout: result.stdout };
}

afterAll(() => fs.rmSync(bareBin, { recursive: true, force: true }));

describe('missing prerequisites', () => {
  it('names Maven, in one line, when the server must be assembled and mvn is absent', () => {
    const emptyHome = fs.mkdtempSync(path.join(os.tmpdir(), 'no-neo4j-'));
    const result = runDbStart({ NEO4J_HOME_DIR: emptyHome });
    fs.rmSync(emptyHome, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/Maven is needed.*apt-get install maven/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names Java, in one line, when java is absent', () => {
    // The assembled server exists (the test run's own setup assembled it); only Java is missing.
    // Where the setup assembled it: NEO4J_HOME_DIR when the run sets one.
    const home: Record<string, string> = process.env.NEO4J_HOME_DIR
      ? { NEO4J_HOME_DIR: process.env.NEO4J_HOME_DIR }
      : {};
    const result = runDbStart({ JAVA_HOME: '/nonexistent-java', ...home });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/Java 17 or 21 is needed.*openjdk-17/);
  });
});
