/**
 * The dataset's release version, for citing exactly the data one used: the content hash of
 * data/ (file names and bytes, in name order) and the head of the change log (the number of
 * change records and the newest one's id), e.g. `data-679823f51848` as loaded, or
 * `data-679823f51848+2.9c41e07a` after two curator edits. The same data/ and the same edits
 * give the same version on any machine. data/ is hashed once per process: the served graph
 * changes only by loads and API writes, and an API write moves the change log. The change
 * log's head is read with the statistics (cypher/stats.cypher), so the version is kept with them.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const hashes = new Map<string, string>();

export function dataDirectoryHash(dataDir: string): string {
  let hash = hashes.get(dataDir);
  if (hash === undefined) {
    const digest = crypto.createHash('sha256');
    for (const file of fs.readdirSync(dataDir).sort()) {
      const full = path.join(dataDir, file);
      if (!fs.statSync(full).isFile()) continue;
      digest.update(`${file}\0`).update(fs.readFileSync(full)).update('\0');
    }
    hash = digest.digest('hex').slice(0, 12);
    hashes.set(dataDir, hash);
  }
  return hash;
}

export function releaseVersion(dataHash: string, changes: number, newest: string | null): string {
  return changes === 0 || newest === null
    ? `data-${dataHash}`
    : `data-${dataHash}+${changes}.${newest.slice(0, 8)}`;
}
