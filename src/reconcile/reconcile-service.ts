/**
 * Runs reconciliation queries and suggestions on the API's own search (the fixed fragment
 * cypher/fragments/search-hits with the parameters of planning/search-parameters), so the
 * service finds every name the `search` field finds, ranked the same way.
 */
import { cypher } from '../db/cypher-files';
import { cypherTemplate, typeAlternation } from '../db/cypher-identifiers';
import { Database } from '../db/database';
import { EntityKind, KIND_LABEL } from '../domain/vocabulary';
import { searchParameters } from '../planning/search-parameters';
import { CandidateRow, scoreCandidates } from './candidate-scores';
import { ReconcileQuery } from './reconcile-queries';

export interface ReconcileResult {
  id: string;
  name: string;
  description?: string;
  score: number;
  match: boolean;
  type: { id: string; name: string }[];
  features: { id: string; value: number | boolean }[];
}

/** Extra hits read beyond a query's limit, so constraints can promote one the name ranks lower. */
const CONSTRAINT_MARGIN = 20;

let statement: string | undefined;
function candidatesStatement(): string {
  statement ??= cypherTemplate('reconcile-candidates', {
    SEARCH_HITS: cypher('fragments/search-hits'),
    TYPES: typeAlternation(null),
  });
  return statement;
}

export async function searchCandidates(
  db: Database,
  text: string,
  kinds: EntityKind[] | null,
  first: number,
): Promise<CandidateRow[]> {
  const parameters = searchParameters(text, kinds, first);
  // Punctuation only: no word to look for, so nothing matches.
  if (parameters === null) return [];
  return (await db.read(candidatesStatement(), { ...parameters })) as unknown as CandidateRow[];
}

export async function reconcile(db: Database, query: ReconcileQuery): Promise<ReconcileResult[]> {
  const read = query.properties.length > 0 ? query.limit + CONSTRAINT_MARGIN : query.limit;
  const rows = await searchCandidates(db, query.text, query.kinds, read);
  return scoreCandidates(rows, query.properties)
    .slice(0, query.limit)
    .map(({ row, score, match, verdicts }) => ({
      id: row.entity.id,
      name: row.entity.name,
      ...(row.entity.description ? { description: row.entity.description } : {}),
      score,
      match,
      type: [{ id: row.entity.kind, name: KIND_LABEL[row.entity.kind] }],
      features: [
        { id: 'name_tier', value: row.tier },
        ...query.properties.map((constraint, i) => ({
          id: `${constraint.property.id}_match`,
          value: verdicts[i] === 'match',
        })),
      ],
    }));
}
