/**
 * Load on loopback for a fixed time: autocannon for the two GraphQL servers, and for the
 * floor the same number of concurrent workers running the raw Cypher through the driver.
 */
import autocannon from 'autocannon';
import neo4j, { Driver } from 'neo4j-driver';

export interface LoadFigures {
  requests: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export async function httpLoad(
  url: string,
  bodies: string[],
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    // Each connection walks the list of samples in turn.
    requests: bodies.map((body) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body,
    })),
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    requests: result.requests.total,
    seconds,
    rps: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors,
  };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export async function cypherLoad(
  driver: Driver,
  work: { cypher: string; params: Record<string, unknown> }[],
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  // Whole numbers go as Cypher integers (LIMIT rejects floats), as the API's database module sends them.
  const prepared = work.map((item) => ({
    cypher: item.cypher,
    params: Object.fromEntries(
      Object.entries(item.params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]),
    ),
  }));
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const deadline = Date.now() + seconds * 1000;
  const began = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      let i = worker;
      while (Date.now() < deadline) {
        const item = prepared[i % prepared.length] as { cypher: string; params: Record<string, unknown> };
        i += 1;
        const start = process.hrtime.bigint();
        const session = driver.session({ defaultAccessMode: 'READ' });
        try {
          // Auto-commit, as the API reads (src/db/database.ts): the fewest socket writes and round trips the driver allows.
          await session.run(item.cypher, item.params);
          latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
        } catch (error) {
          errors += 1;
          firstError ??= (error as Error).message;
        } finally {
          await session.close();
        }
      }
    }),
  );
  if (firstError !== null && latencies.length === 0)
    throw new Error(`the floor Cypher failed: ${firstError}`);
  const elapsed = Number(process.hrtime.bigint() - began) / 1e9;
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    errors,
  };
}
