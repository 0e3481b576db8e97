/**
 * The browser tests load the pages from dist/web: they are rebuilt first when any of their
 * sources is newer, so a test never runs against a stale bundle.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { WEB_DIR } from '../../src/server/web-pages';

const ROOT = path.resolve(__dirname, '..', '..');
const WEB_SOURCES = [
  'web',
  'docs/queries',
  'scripts/build-web.mjs',
  'src/domain/vocabulary.ts',
  'src/domain/kind-colors.ts',
];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

export function ensureWebBuilt(): void {
  const built = path.join(WEB_DIR, 'explorer.html');
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (WEB_SOURCES.some((source) => newestMtime(path.join(ROOT, source)) > builtAt)) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-web.mjs')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
}
