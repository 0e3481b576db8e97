/**
 * What /readyz answers: ready when Neo4j answers and every constraint and index of
 * cypher/schema.cypher is online, busy or not; otherwise the reason, for a 503. Busy (every
 * transaction slot taken, requests queued) is reported but stays ready: a load balancer that
 * dropped a busy instance would move its load onto the others and drop them in turn.
 */
import { schemaIsApplied } from '../db/apply-schema';
import { GateLoad } from '../db/concurrency-gate';
import { Database } from '../db/database';

export interface Readiness {
  ready: boolean;
  status: 'ready' | 'database unavailable' | 'schema not applied';
  /** Every transaction slot is in use or requests wait for one. */
  busy: boolean;
  transactions: GateLoad;
}

export async function readiness(db: Database): Promise<Readiness> {
  const transactions = db.load;
  const busy = transactions.waiting > 0 || transactions.running >= transactions.limit;
  const answer = (ready: boolean, status: Readiness['status']): Readiness => ({
    ready,
    status,
    busy,
    transactions,
  });
  if (!(await db.isReachable())) return answer(false, 'database unavailable');
  try {
    return (await schemaIsApplied(db)) ? answer(true, 'ready') : answer(false, 'schema not applied');
  } catch {
    return answer(false, 'database unavailable');
  }
}
