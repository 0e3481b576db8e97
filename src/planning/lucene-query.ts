/**
 * Turns what a user types into a Lucene query for the entity_names full-text index. The text
 * is folded and split into words; every Lucene operator character is removed, so user input
 * can never change the query's structure. Each word must match (AND), as itself (boosted),
 * as a prefix (partial names), fuzzily (typos, spelling variants) or by transliteration key.
 */
import { foldName, transliterationKey } from '../domain/name-keys';

function fuzzy(word: string): string {
  if (word.length >= 7) return `${word}~2`;
  if (word.length >= 4) return `${word}~1`;
  return word;
}

export function luceneQuery(text: string): string | null {
  const words = foldName(text)
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const key = transliterationKey(word);
    const alternatives = [`${word}^4`, `${word}*^2`, fuzzy(word)];
    if (key.length > 0) alternatives.push(`translitKeys:${key}^3`, `translitKeys:${key}*`);
    return `(${alternatives.join(' OR ')})`;
  });
  return clauses.join(' AND ');
}
