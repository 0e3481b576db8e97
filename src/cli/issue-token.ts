/**
 * `npm run token:issue -- <name> [role]`: makes a new bearer token, prints it once, and prints
 * the API_TOKENS entry (its SHA-256 hash) to add to the server's configuration. The token
 * itself is stored nowhere.
 */
import { issueToken, Role, ROLES, tokenConfigEntry } from '../auth/api-tokens';
import { runCli } from './run-cli';

runCli(async ([name, role = 'editor']) => {
  if (!name || !/^[a-z0-9][a-z0-9._-]{0,62}$/.test(name) || !(ROLES as readonly string[]).includes(role)) {
    console.error(
      `usage: npm run token:issue -- <name: lowercase letters, digits, . _ -> [${ROLES.join('|')}]`,
    );
    return 2;
  }
  const token = issueToken();
  console.log(`token (shown once; give it to ${name}): ${token}`);
  console.log(`API_TOKENS entry (append, comma-separated): ${tokenConfigEntry(name, role as Role, token)}`);
  return 0;
});
