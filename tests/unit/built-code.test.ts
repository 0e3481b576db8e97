/**
 * The process tests refuse to run a dist/ older than src/ (tests/support/built-code.ts): an
 * edit after the last build is named, a fresh build passes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { staleBuild } from '../support/built-code';

function write(file: string, mtimeSeconds: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  fs.utimesSync(file, mtimeSeconds, mtimeSeconds);
}

describe('the check of the built code', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'built-code-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('passes a build newer than every source, and ignores declaration files', () => {
    write(path.join(root, 'src', 'cli', 'db.ts'), 1000);
    write(path.join(root, 'src', 'types', 'edtf.d.ts'), 3000);
    write(path.join(root, 'dist', 'src', 'cli', 'db.js'), 2000);
    expect(staleBuild(root)).toBeNull();
  });

  it('names a source edited after the build, and one never built', () => {
    write(path.join(root, 'src', 'cli', 'db.ts'), 3000);
    expect(staleBuild(root)).toEqual({
      source: path.join('src', 'cli', 'db.ts'),
      built: path.join('dist', 'src', 'cli', 'db.js'),
    });
    write(path.join(root, 'src', 'cli', 'db.ts'), 1000);
    write(path.join(root, 'src', 'main.ts'), 1000);
    expect(staleBuild(root)).toEqual({
      source: path.join('src', 'main.ts'),
      built: path.join('dist', 'src', 'main.js'),
    });
  });
});
