/**
 * The parameters of the fixed search fragment (cypher/fragments/search-hits.cypher) for what a
 * user typed: the Lucene queries (lucene-query.ts), the kinds, and how many candidates to ask
 * the word index for.
 */
import { EntityKind } from '../domain/vocabulary';
import { searchQueries, SearchQueries } from './lucene-query';

export interface SearchParameters extends SearchQueries {
  kinds: EntityKind[] | null;
  candidates: number;
  first: number;
}

/** Null when the text holds no word to search for. */
export function searchParameters(
  text: string,
  kinds: readonly EntityKind[] | null | undefined,
  first: number,
): SearchParameters | null {
  const queries = searchQueries(text);
  if (queries === null) return null;
  const filtered = kinds != null && kinds.length > 0;
  return {
    ...queries,
    kinds: filtered ? [...kinds] : null,
    // The kind filter runs after the word index, so ask it for more than we keep. Exact names
    // need no such margin: their lookups are not limited.
    candidates: filtered ? first * 10 + 50 : first + 20,
    first,
  };
}
