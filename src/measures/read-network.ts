/**
 * Reads the network a NetworkPlan names (one statement, through the request's database) and
 * computes its measures.
 */
import { networkStatement } from '../cypher-builder/network-statement';
import { RequestDatabase } from '../db/request-database';
import { NetworkPlan } from '../planning/read-plan';
import { computeNetworkMeasures, NetworkMeasures, NetworkRelation } from './network-measures';

export async function readNetworkMeasures(db: RequestDatabase, plan: NetworkPlan): Promise<NetworkMeasures> {
  const statement = networkStatement(plan);
  const rows = await db.read(statement.text, statement.params);
  const relations: NetworkRelation[] = rows.map((row) => ({
    from: String(row.from),
    fromName: String(row.fromName),
    fromKind: String(row.fromKind),
    to: String(row.to),
    toName: String(row.toName),
    toKind: String(row.toKind),
    certainty: String(row.certainty),
  }));
  return computeNetworkMeasures(relations);
}
