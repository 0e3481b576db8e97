/**
 * The password of a local instance's `neo4j` user. It is generated once, on the first start of
 * the instance, and kept in the instance's own folder, readable by its owner only (file 0600,
 * folder 0700): whoever can read it can change the graph without a change record, so it is
 * never printed, logged or passed on a command line.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The admin user Neo4j creates with its system database. */
export const LOCAL_USER = 'neo4j';

const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

export interface LocalCredentials {
  user: string;
  password: string;
  /** Where the password is kept, for messages that must name it. */
  file: string;
}

export function passwordFile(instanceDir: string): string {
  return path.join(instanceDir, 'neo4j.password');
}

/** The instance's credentials; makes the folder private and the password on first use. */
export function ensureInstancePassword(instanceDir: string): LocalCredentials {
  fs.mkdirSync(instanceDir, { recursive: true, mode: FOLDER_MODE });
  // An instance made before passwords existed has the umask's folder mode (often 0755).
  fs.chmodSync(instanceDir, FOLDER_MODE);
  const file = passwordFile(instanceDir);
  if (!fs.existsSync(file)) createPasswordFile(file);
  return readInstancePassword(instanceDir);
}

/** The stored credentials of an instance, or an error naming the file if there are none. */
export function readInstancePassword(instanceDir: string): LocalCredentials {
  const file = passwordFile(instanceDir);
  let text: string;
  try {
    // Tightened before reading: a copy or restore may have widened the mode.
    fs.chmodSync(file, FILE_MODE);
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the local Neo4j password in ${file}: ${(error as Error).message}`);
  }
  const password = text.trim();
  if (password === '')
    throw new Error(
      `${file} holds no password: restore it from a backup, or remove the instance folder to start from an empty database`,
    );
  return { user: LOCAL_USER, password, file };
}

function createPasswordFile(file: string): void {
  // Written in full under a private name and then linked into place, so two processes starting
  // the same instance at once agree on one password and neither reads a half-written file.
  const staging = `${file}.${process.pid}.partial`;
  fs.writeFileSync(staging, `${crypto.randomBytes(24).toString('base64url')}\n`, { mode: FILE_MODE });
  try {
    fs.linkSync(staging, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(staging, { force: true });
  }
}
