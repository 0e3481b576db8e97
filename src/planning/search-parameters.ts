/**
 * The parameters of the fixed search fragment (cypher/fragments/search-hits.cypher) for what a
 * user typed: the Lucene query, the folded text for exact matches, the kinds, and how many
 * candidates to ask the index for.
 */
import { foldName } from '../domain/name-keys';
import { EntityKind } from '../domain/vocabulary';
import { luceneQuery } from './lucene-query';

export interface SearchParameters {
  lucene: string;
  folded: string;
  kinds: EntityKind[] | null;
  candidates: number;
  first: number;
}

/** Null when the text holds no word to search for. */
export function searchParameters(text: string, kinds: readonly EntityKind[] | null, first: number): SearchParameters | null {
  const lucene = luceneQuery(text);
  if (lucene === null) return null;
  const kindFilter = kinds && kinds.length > 0 ? [...kinds] : null;
  return {
    lucene,
    folded: foldName(text),
    kinds: kindFilter,
    // The kind filter runs after the index, so ask it for more than we keep.
    candidates: kindFilter ? first * 10 + 50 : first + 20,
    first,
  };
}
