/**
 * Configuration, read once from the environment. Every variable is listed in the README's
 * configuration table; a malformed value stops the process with a message naming the variable.
 */
import path from 'node:path';
import { parseTokenConfig, TokenEntry } from './auth/api-tokens';

export type LoadPolicy = 'if-empty' | 'always' | 'never';

export interface LocalNeo4jConfig {
  /** Folder that holds the assembled server and every instance's data, logs and pid file. */
  homeDir: string;
  /** Which instance under homeDir/instances: `default` unless told otherwise. */
  instance: string;
  boltPort: number;
  heap: string;
  pageCache: string;
}

/** The HTTP server's socket limits (see src/server/http-server.ts). */
export interface HttpLimits {
  /** Time a client has to send the request's headers. */
  headersTimeoutMs: number;
  /** Time a client has to send the whole request, body included. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Open connections one client address may hold at once. */
  maxConnectionsPerIp: number;
}

export interface Config {
  host: string;
  port: number;
  http: HttpLimits;
  /** File exports built at once; more are refused with 429. */
  maxConcurrentExports: number;
  /** Null means: assemble and start the local server. */
  neo4jUri: string | null;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  local: LocalNeo4jConfig;
  transactionTimeoutMs: number;
  /** Transactions the API runs on Neo4j at once; more wait their turn. */
  maxConcurrentTransactions: number;
  dataDir: string;
  loadOnStart: LoadPolicy;
  /** Bearer tokens for writes, as hashes (API_TOKENS). */
  apiTokens: TokenEntry[];
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  // Plain decimal digits only: Number() would also take "0x10", "1e3", "0b1" or " 80 ".
  const value = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function memorySize(env: Env, name: string, fallback: string): string {
  const raw = env[name] ?? fallback;
  if (!/^\d+[kmg]$/i.test(raw)) {
    throw new ConfigError(`${name} must be a size like 512m or 2g, got "${raw}"`);
  }
  return raw.toLowerCase();
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function instanceName(env: Env): string {
  const raw = env.NEO4J_INSTANCE ?? 'default';
  if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(raw))
    throw new ConfigError(`NEO4J_INSTANCE must be lowercase letters, digits and dashes, got "${raw}"`);
  return raw;
}

function tokens(env: Env): TokenEntry[] {
  try {
    return parseTokenConfig(env.API_TOKENS);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

export const PROJECT_ROOT = path.resolve(
  __dirname,
  __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..',
);

function httpLimits(env: Env): HttpLimits {
  const limits = {
    headersTimeoutMs: integer(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 1_000, 600_000),
    requestTimeoutMs: integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 1_000, 600_000),
    keepAliveTimeoutMs: integer(env, 'HTTP_KEEPALIVE_TIMEOUT_MS', 5_000, 1_000, 600_000),
    maxConnectionsPerIp: integer(env, 'HTTP_MAX_CONNECTIONS_PER_IP', 128, 1, 100_000),
  };
  // Node refuses a server whose headers may take longer than the whole request.
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new ConfigError(
      `HTTP_HEADERS_TIMEOUT_MS (${limits.headersTimeoutMs}) must not exceed HTTP_REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs})`,
    );
  }
  return limits;
}

/**
 * The driver's URI schemes: bolt (one server) and neo4j (routing: a cluster or Aura, reads to
 * secondaries, writes to the primary), each plain, +s (TLS, verified) or +ssc (TLS, self-signed).
 */
const NEO4J_URI_SCHEME = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+$/;

function neo4jUriOf(env: Env): string | null {
  const raw = env.NEO4J_URI;
  if (raw === undefined || raw === '') return null;
  if (!NEO4J_URI_SCHEME.test(raw)) {
    throw new ConfigError(
      `NEO4J_URI must be bolt://, neo4j:// (routing, for a cluster or Aura) or their +s/+ssc TLS forms with a host and optional port, got "${raw}"`,
    );
  }
  return raw;
}

export function readConfig(env: Env = process.env): Config {
  const neo4jUri = neo4jUriOf(env);
  return {
    host: env.HOST ?? '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65535),
    http: httpLimits(env),
    maxConcurrentExports: integer(env, 'EXPORT_MAX_CONCURRENT', 2, 1, 100),
    neo4jUri,
    neo4jUser: env.NEO4J_USER ?? 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD ?? '',
    neo4jDatabase: env.NEO4J_DATABASE ?? 'neo4j',
    local: {
      homeDir: path.resolve(PROJECT_ROOT, env.NEO4J_HOME_DIR ?? '.neo4j'),
      instance: instanceName(env),
      boltPort: integer(env, 'NEO4J_LOCAL_BOLT_PORT', 7687, 1, 65535),
      heap: memorySize(env, 'NEO4J_LOCAL_HEAP', '2g'),
      pageCache: memorySize(env, 'NEO4J_LOCAL_PAGECACHE', '2g'),
    },
    transactionTimeoutMs: integer(env, 'NEO4J_TX_TIMEOUT_MS', 10_000, 100, 600_000),
    maxConcurrentTransactions: integer(env, 'NEO4J_MAX_CONCURRENT_TX', 4, 1, 100),
    dataDir: path.resolve(PROJECT_ROOT, env.DATA_DIR ?? 'data'),
    loadOnStart: oneOf(env, 'LOAD_ON_START', ['if-empty', 'always', 'never'] as const, 'if-empty'),
    apiTokens: tokens(env),
  };
}
