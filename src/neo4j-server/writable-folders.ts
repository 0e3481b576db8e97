/**
 * Checks, before Java is started, that the instance's folders and everything already in them
 * can be written by this user: Neo4j itself reports an unwritable store as pages of Java stack
 * frames, where one line naming the folder says what to fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PrerequisiteError } from './prerequisites';

function firstUnwritable(entry: string): string | null {
  try {
    fs.accessSync(entry, fs.constants.W_OK);
  } catch {
    return entry;
  }
  if (!fs.statSync(entry).isDirectory()) return null;
  for (const child of fs.readdirSync(entry)) {
    const found = firstUnwritable(path.join(entry, child));
    if (found) return found;
  }
  return null;
}

/** Creates the folders if need be; throws one line naming the first that cannot be written. */
export function requireWritableFolders(folders: readonly string[]): void {
  for (const folder of folders) {
    try {
      fs.mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new PrerequisiteError(
        `Neo4j's folder ${folder} cannot be created (${(error as NodeJS.ErrnoException).code}): fix the permissions of its parent or choose another place with NEO4J_HOME_DIR.`,
      );
    }
    const unwritable = firstUnwritable(folder);
    if (unwritable) {
      throw new PrerequisiteError(
        `Neo4j's data cannot be written: ${unwritable} is not writable by this user (uid ${process.getuid?.() ?? '?'}); fix its permissions or choose another place with NEO4J_HOME_DIR.`,
      );
    }
  }
}
