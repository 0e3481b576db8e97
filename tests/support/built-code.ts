/**
 * The compiled code (dist/) that the process tests spawn, checked against src/ first: a dist/
 * older than an edit to src/ would test the code as it was before the edit. `npm test` and
 * `npm run test:system` build first; a file run alone with `npx jest` after an edit compiles
 * src/ again here (tsc's incremental build: seconds), and a compile error fails the test file
 * with tsc's own words.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
let checked = false;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The first source in src/ whose compiled file is missing or older than it, or null. */
export function staleBuild(root = ROOT): { source: string; built: string } | null {
  for (const source of sources(path.join(root, 'src'))) {
    const built = path.join(root, 'dist', path.relative(root, source)).replace(/\.ts$/, '.js');
    if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < fs.statSync(source).mtimeMs) {
      return { source: path.relative(root, source), built: path.relative(root, built) };
    }
  }
  return null;
}

function rebuild(stale: { source: string; built: string }): void {
  process.stdout.write(`${stale.built} is older than ${stale.source}: compiling src/ again\n`);
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? '');
    throw new Error(`dist/ is older than ${stale.source}, and compiling src/ again failed:\n${output}`);
  }
}

/** The path of a compiled file under dist/ (`builtFile('src', 'main.js')`), once dist/ is known current. */
export function builtFile(...parts: string[]): string {
  if (!checked) {
    const stale = staleBuild();
    // A source only touched, not changed, stays older after tsc (it rewrites changed outputs only).
    if (stale) rebuild(stale);
    checked = true;
  }
  return path.join(ROOT, 'dist', ...parts);
}
