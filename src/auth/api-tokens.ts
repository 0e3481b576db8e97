/**
 * Bearer tokens for writes. The configuration holds only SHA-256 hashes of the tokens
 * (API_TOKENS="alice:editor:<hex>,bot:reader:<hex>"), so a leaked config grants nothing; a
 * presented token is hashed and compared against every configured hash in constant time.
 */
import crypto from 'node:crypto';

export const ROLES = ['editor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenEntry {
  /** Who holds the token: recorded as the author of every change made with it. */
  name: string;
  role: Role;
  hash: Buffer;
}

export interface Actor {
  name: string;
  role: Role;
}

/** What the request's Authorization header amounts to. */
export type Authentication = { kind: 'anonymous' } | { kind: 'invalid' } | { kind: 'actor'; actor: Actor };

export class TokenConfigError extends Error {}

const ENTRY = /^([a-z0-9][a-z0-9._-]{0,62}):([a-z]+):([0-9a-f]{64})$/;

export function parseTokenConfig(raw: string | undefined): TokenEntry[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((part, index) => {
    const match = ENTRY.exec(part.trim());
    if (!match)
      throw new TokenConfigError(
        `API_TOKENS entry ${index + 1} must be name:role:<64 hex digits of SHA-256>`,
      );
    const [, name, role, hex] = match as unknown as [string, string, string, string];
    if (!(ROLES as readonly string[]).includes(role))
      throw new TokenConfigError(
        `API_TOKENS entry ${index + 1}: role must be one of ${ROLES.join(', ')}, got "${role}"`,
      );
    return { name, role: role as Role, hash: Buffer.from(hex, 'hex') };
  });
}

export function hashToken(token: string): Buffer {
  return crypto.createHash('sha256').update(token, 'utf8').digest();
}

export function issueToken(): string {
  return `egt_${crypto.randomBytes(32).toString('base64url')}`;
}

/** The config line for a token: what an operator appends to API_TOKENS. */
export function tokenConfigEntry(name: string, role: Role, token: string): string {
  return `${name}:${role}:${hashToken(token).toString('hex')}`;
}

export function authenticate(
  entries: readonly TokenEntry[],
  authorization: string | undefined,
): Authentication {
  if (authorization === undefined || authorization === '') return { kind: 'anonymous' };
  const match = /^Bearer ([\x21-\x7e]{1,512})$/i.exec(authorization.trim());
  if (!match?.[1]) return { kind: 'invalid' };
  const presented = hashToken(match[1]);
  let found: TokenEntry | null = null;
  // Every entry is compared, so the time taken does not reveal which one (if any) matched.
  for (const entry of entries) {
    if (crypto.timingSafeEqual(entry.hash, presented) && found === null) found = entry;
  }
  return found ? { kind: 'actor', actor: { name: found.name, role: found.role } } : { kind: 'invalid' };
}
