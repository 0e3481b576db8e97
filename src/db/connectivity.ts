/**
 * Readiness by the driver's own connectivity check rather than a sleep: a server is ready when
 * a Bolt handshake and a routing/auth round trip succeed. A refused login ends the wait at once:
 * retrying the same credentials cannot succeed, and Neo4j locks the user after a few attempts.
 */
import neo4j, { AuthToken, Neo4jError } from 'neo4j-driver';

export class CredentialsRefused extends Error {}

const REFUSED_LOGIN = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

function isAuthFailure(error: unknown): boolean {
  return error instanceof Neo4jError && REFUSED_LOGIN.has(error.code);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitForBolt(
  uri: string,
  timeoutMs: number,
  giveUp: () => boolean = () => false,
  auth?: AuthToken,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline && !giveUp()) {
    const driver = neo4j.driver(uri, auth, {
      connectionTimeout: 2_000,
      logging: { level: 'error', logger: () => {} },
    });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (isAuthFailure(error)) throw new CredentialsRefused((error as Error).message);
      lastError = error;
    } finally {
      await driver.close();
    }
    await sleep(250);
  }
  if (giveUp()) throw new Error('the server process ended');
  throw new Error(
    `no answer within ${Math.round(timeoutMs / 1000)} s: ${(lastError as Error | undefined)?.message ?? 'unknown'}`,
  );
}
