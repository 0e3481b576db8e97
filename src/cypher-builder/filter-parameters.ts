/**
 * The relation filters as the parameters of cypher/fragments/network-filter.cypher: every one
 * present, null when the request does not filter by it, so the statements that include the
 * fragment (the network measures, the exports) have one text whatever the filters.
 */
import { dateBound } from '../planning/argument-checks';
import { RelationFilterPlan } from '../planning/read-plan';

export function filterParameters(filter: RelationFilterPlan): Record<string, unknown> {
  return {
    types: filter.types ?? null,
    certainties: filter.certainties ?? null,
    bases: filter.bases ?? null,
    since: dateBound(filter.since ?? null, 'start'),
    until: dateBound(filter.until ?? null, 'end'),
    includeUndated: filter.includeUndated,
  };
}
