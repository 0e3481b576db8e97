/**
 * Readiness by the driver's own connectivity check rather than a sleep: a server is ready when
 * a Bolt handshake and a routing/auth round trip succeed.
 */
import neo4j, { AuthToken } from 'neo4j-driver';

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
    const driver = neo4j.driver(uri, auth, { connectionTimeout: 2_000, logging: { level: 'error', logger: () => {} } });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await driver.close();
    }
    await sleep(250);
  }
  if (giveUp()) throw new Error('the server process ended');
  throw new Error(`no answer within ${Math.round(timeoutMs / 1000)} s: ${(lastError as Error | undefined)?.message ?? 'unknown'}`);
}
