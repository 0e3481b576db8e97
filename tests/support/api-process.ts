/**
 * The built server (dist/src/main.js) in a process of its own, as `npm start` runs it, with the
 * environment a test gives it; ready when it prints its "GraphQL API ready at" line.
 */
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { builtFile } from './built-code';

const ROOT = path.resolve(__dirname, '..', '..');

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process printed so far, stdout and stderr. */
  output: () => string;
  /** Its exit code, once it exits. */
  exited: Promise<number | null>;
}

export interface SpawnedApi {
  child: ChildProcess;
  /** Everything the process printed so far, stdout and stderr. */
  output: () => string;
  /** What it printed on stderr alone. */
  errors: () => string;
  exited: Promise<number | null>;
}

/** The built server in its own process, not waited for (`options` go to spawn: uid, gid ...). */
export function spawnApi(env: NodeJS.ProcessEnv, options: { uid?: number; gid?: number } = {}): SpawnedApi {
  const child = spawn(process.execPath, [builtFile('src', 'main.js')], { env, cwd: ROOT, ...options });
  let output = '';
  let errors = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => {
    output += String(chunk);
    errors += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, errors: () => errors, exited };
}

export function startApiProcess(env: NodeJS.ProcessEnv, readyWithinMs = 300_000): Promise<ApiProcess> {
  const { child, output, exited } = spawnApi(env);
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearInterval(check);
      clearTimeout(timer);
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no "ready" line within ${readyWithinMs / 1000} s:\n${output()}`));
    }, readyWithinMs);
    const check = setInterval(() => {
      const match = /GraphQL API ready at (http:\/\/\S+)/.exec(output());
      if (!match?.[1]) return;
      stop();
      resolve({ child, url: match[1], output, exited });
    }, 50);
    void exited.then((code) => {
      stop();
      reject(new Error(`the API exited with ${code} before it was ready:\n${output()}`));
    });
  });
}
