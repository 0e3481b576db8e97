/**
 * The real data/ files, and the problems the loader finds when a test's bad file is added to
 * them (the records are checked with the real files beside them, so references resolve).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../../src/config';
import { DatasetError, DatasetSourceFile, parseDataset } from '../../src/dataset/read-dataset';

const dataDir = readConfig().dataDir;

export const realFiles: DatasetSourceFile[] = fs
  .readdirSync(dataDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((name) => ({ name, text: fs.readFileSync(path.join(dataDir, name), 'utf8') }));

export function problemsOf(extra: string): DatasetError['problems'] {
  try {
    parseDataset([...realFiles, { name: 'zz-bad.yaml', text: extra }]);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  throw new Error('the dataset was accepted');
}
