/**
 * The statement that reads the network the measures are computed on: the fixed
 * cypher/network-relations(-among) with the relation filters as parameters.
 */
import { cypher } from '../db/cypher-files';
import { cypherTemplate, typeAlternation } from '../db/cypher-identifiers';
import { NetworkPlan } from '../planning/read-plan';
import { filterParameters } from './filter-parameters';
import { Statement } from './statement-builder';

export function networkStatement(plan: NetworkPlan): Statement {
  const slots = {
    TYPES: typeAlternation(null),
    FILTER: cypher('fragments/network-filter'),
    ROWS: cypher('fragments/network-rows'),
  };
  const params = filterParameters(plan.filter);
  if (plan.members === null) return { text: cypherTemplate('network-relations', slots), params };
  return {
    text: cypherTemplate('network-relations-among', slots),
    params: { ...params, members: plan.members },
  };
}
