/**
 * What the database executed while some work ran, by Neo4j's own query collector
 * (`db.stats.collect('QUERIES')`): statements run, and distinct statement texts, which is what
 * its plan cache keys on. The collector is server-wide: run nothing else on the server meanwhile.
 * It keeps recent invocations in a bounded buffer, so over a long run `invocations` is what it
 * kept, fewer than what ran (exact for the single requests the bench counts).
 */
import { Driver } from 'neo4j-driver';

export interface CollectedQueries {
  /** Statements executed (as far as the collector's buffer kept them). */
  invocations: number;
  /** Distinct statement texts among them. */
  texts: number;
}

export async function collectQueries(driver: Driver, work: () => Promise<void>): Promise<CollectedQueries> {
  const run = async (statement: string) => {
    const session = driver.session();
    try {
      return await session.run(statement);
    } finally {
      await session.close();
    }
  };
  await run("CALL db.stats.stop('QUERIES')");
  await run("CALL db.stats.clear('QUERIES')");
  await run("CALL db.stats.collect('QUERIES')");
  await work();
  // The collector takes in what was executed a moment after it returned.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await run("CALL db.stats.stop('QUERIES')");
  const result = await run("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
  const collected = result.records.map((r) => r.get('data') as { query?: string; invocations?: unknown[] });
  await run("CALL db.stats.clear('QUERIES')");
  return {
    invocations: collected.reduce((n, data) => n + (data.invocations?.length ?? 0), 0),
    texts: new Set(collected.map((data) => data.query)).size,
  };
}
