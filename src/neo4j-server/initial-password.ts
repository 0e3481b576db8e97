/**
 * Sets the password the local server's `neo4j` user gets, by writing the file that
 * `neo4j-admin dbms set-initial-password` writes (data/dbms/auth.ini). Written here rather than by
 * the admin command so that the password never appears on a command line, where every local
 * process can read it, and no second JVM has to start.
 *
 * Neo4j 5.26 reads the file when it creates its system database, and on later starts while the
 * `neo4j` user still has the default password `neo4j`: an instance created while authentication
 * was off is in that state, so its first start with authentication on takes the new password.
 * Once the user has another password the file is ignored.
 *
 * The line is `user:SHA-256,<hash>,<salt>,<iterations>:`, where the hash is SHA-256 of salt and
 * password, hashed again until `iterations` rounds (Apache Shiro's SimpleHash, as Neo4j's
 * SecureHasher uses it); tests/system/local-auth.test.ts shows the server accepting it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ITERATIONS = 1024;

export function initialPasswordFile(dataDir: string): string {
  return path.join(dataDir, 'dbms', 'auth.ini');
}

export function authIniLine(user: string, password: string, salt: Buffer = crypto.randomBytes(32)): string {
  let hash = crypto.createHash('sha256').update(salt).update(password, 'utf8').digest();
  for (let round = 1; round < ITERATIONS; round++) hash = crypto.createHash('sha256').update(hash).digest();
  return `${user}:SHA-256,${hash.toString('hex')},${salt.toString('hex')},${ITERATIONS}:\n`;
}

export function writeInitialPassword(dataDir: string, user: string, password: string): void {
  const file = initialPasswordFile(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, authIniLine(user, password), { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}
