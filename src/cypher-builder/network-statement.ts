/**
 * The statement that reads the network the measures are computed on: the fixed
 * cypher/network-relations(-among) with the relation filters as parameters, each null when
 * the document does not write it, so both texts are the same for every request.
 */
import { cypher } from '../db/cypher-files';
import { cypherTemplate, typeAlternation } from '../db/cypher-identifiers';
import { dateBound } from '../planning/argument-checks';
import { NetworkPlan } from '../planning/read-plan';
import { Statement } from './statement-builder';

export function networkStatement(plan: NetworkPlan): Statement {
  const { filter } = plan;
  const slots = { TYPES: typeAlternation(null), FILTER: cypher('fragments/network-filter'), ROWS: cypher('fragments/network-rows') };
  const params = {
    types: filter.types ?? null,
    certainties: filter.certainties ?? null,
    bases: filter.bases ?? null,
    since: dateBound(filter.since ?? null, 'start'),
    until: dateBound(filter.until ?? null, 'end'),
    includeUndated: filter.includeUndated,
  };
  if (plan.members === null) return { text: cypherTemplate('network-relations', slots), params };
  return { text: cypherTemplate('network-relations-among', slots), params: { ...params, members: plan.members } };
}
