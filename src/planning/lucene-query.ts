/**
 * Turns what a user types into the Lucene queries of cypher/search.cypher. The text is folded
 * like the stored keys (src/domain/name-keys.ts) and split into words; folding leaves only
 * letters, digits and spaces, so user input can never change a query's structure.
 *
 * - `exactName` and `exactBare` look the whole folded name up in entity_name_keys (one term per
 *   name), as typed and without its little words.
 * - `words` queries entity_name_words: each word must match, as itself (boosted), as a prefix
 *   (partial names), fuzzily (typos, spelling variants) or by transliteration key, except the
 *   little words ("the", "of", "no"), which count when present but are never required, since
 *   readers add and drop them freely.
 */
import { bareName, foldName, LITTLE_WORDS, transliterationKey } from '../domain/name-keys';

/** Fuzzy and prefix alternatives cost time per word; names are rarely longer than this. */
const MAX_REQUIRED_WORDS = 8;

export interface SearchQueries {
  /** The text folded like the stored keys: ties are broken by the shortest key containing it. */
  folded: string;
  words: string;
  exactName: string;
  exactBare: string;
}

function fuzzy(word: string): string {
  if (word.length >= 7) return `${word}~2`;
  if (word.length >= 4) return `${word}~1`;
  return word;
}

function requiredWord(word: string): string {
  const key = transliterationKey(word);
  const alternatives = [`${word}^4`, `${word}*^2`, fuzzy(word)];
  if (key.length > 0) alternatives.push(`translitKeys:${key}^3`, `translitKeys:${key}*`);
  return `+(${alternatives.join(' OR ')})`;
}

export function searchQueries(text: string): SearchQueries | null {
  const folded = foldName(text);
  const words = folded.split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return null;
  // A text made only of little words ("The") requires them: otherwise nothing would be required.
  const onlyLittle = words.every((w) => LITTLE_WORDS.has(w));
  const required = words.filter((w) => onlyLittle || !LITTLE_WORDS.has(w)).slice(0, MAX_REQUIRED_WORDS);
  const optional = onlyLittle ? [] : [...new Set(words.filter((w) => LITTLE_WORDS.has(w)))];
  return {
    folded,
    words: [...required.map(requiredWord), ...optional].join(' '),
    exactName: `searchKeys:"${folded}"`,
    exactBare: `bareKeys:"${bareName(folded)}"`,
  };
}
