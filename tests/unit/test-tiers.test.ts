/**
 * Every test file sits in one of the three tiers, each a Jest project that `npm test` runs: a
 * test file anywhere else would run in no tier, or in one nobody chose.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const TIERS = ['unit', 'api', 'system'];

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : testFiles(full);
    return /\.(test|spec)\.[cm]?[jt]sx?$/.test(entry.name) ? [path.relative(ROOT, full)] : [];
  });
}

describe('the test tiers', () => {
  it('hold every test file of the project', () => {
    const files = ['src', 'tests', 'web', 'scripts', 'bench']
      .filter((dir) => fs.existsSync(path.join(ROOT, dir)))
      .flatMap((dir) => testFiles(path.join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(0);
    const outside = files.filter(
      (file) => !TIERS.some((tier) => file.startsWith(path.join('tests', tier) + path.sep)),
    );
    expect(outside).toEqual([]);
  });

  it('are each a project of the Jest configuration', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(ROOT, 'jest.config.js')) as {
      projects: { displayName: string; roots: string[]; globalSetup?: string }[];
    };
    expect(config.projects.map((project) => project.displayName)).toEqual(TIERS);
    for (const project of config.projects)
      expect(project.roots).toEqual([`<rootDir>/tests/${project.displayName}`]);
    // The unit tier runs without a database, hence without Java.
    expect(config.projects.find((project) => project.displayName === 'unit')?.globalSetup).toBeUndefined();
  });
});
