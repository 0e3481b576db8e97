/**
 * What /readyz answers: ready when Neo4j answers and every constraint and index of
 * cypher/schema.cypher is online; otherwise the reason, for a 503.
 */
import { schemaIsApplied } from '../db/apply-schema';
import { Database } from '../db/database';

export async function readiness(db: Database): Promise<{ ready: boolean; status: string }> {
  if (!(await db.isReachable())) return { ready: false, status: 'database unavailable' };
  try {
    return (await schemaIsApplied(db)) ? { ready: true, status: 'ready' } : { ready: false, status: 'schema not applied' };
  } catch {
    return { ready: false, status: 'database unavailable' };
  }
}
