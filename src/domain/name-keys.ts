/**
 * Keys that make names findable whatever the spelling: a folded form (case and diacritics
 * removed: "Štajner" -> "stajner") for exact matches, and a transliteration key that collapses
 * the usual variants of romanised Russian ("Andrei"/"Andrey", "Yagoda"/"Jagoda",
 * "Solzhenitsyn"/"Solzhenitzyn") and romanises Cyrillic.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'i',
  є: 'e',
  ґ: 'g',
};

// Letters that Unicode does not decompose into a base letter and a mark (as it does "š").
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
};

/** Lower case, no diacritics, no punctuation; words separated by one space. */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łđøıæœßþ]/g, (ch) => UNDECOMPOSED[ch] ?? ch)
    .replace(/[’'`ʹʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Ordered: longer spellings of a sound first.
const VARIANTS: [RegExp, string][] = [
  [/shch|sch|tsch/g, 's'],
  [/sh|sz/g, 's'],
  [/tch|ch|cz/g, 'c'],
  [/zh|zs/g, 'z'],
  [/kh|ch/g, 'h'],
  [/ts|tz/g, 'c'],
  [/ks|x/g, 'ks'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/ck|q/g, 'k'],
  [/[yj]/g, 'i'],
  [/i([aeou])/g, '$1'],
  [/ii+/g, 'i'],
  [/(.)\1+/g, '$1'],
];

export function transliterationKey(value: string): string {
  let key = [...foldName(value)].map((ch) => CYRILLIC[ch] ?? ch).join('');
  for (const [pattern, replacement] of VARIANTS) key = key.replace(pattern, replacement);
  return key;
}

/**
 * The little words readers leave out or add ("Gulag Archipelago" for "The Gulag Archipelago",
 * "Order 270" for "Order No. 270"): Lucene's English stop words, the very list the full-text
 * analyzers drop (`CALL db.index.fulltext.listAvailableAnalyzers()` on Neo4j 5.26).
 */
export const LITTLE_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);

/** A folded name without its little words; a name made only of little words keeps them. */
export function bareName(folded: string): string {
  const words = folded.split(' ').filter((word) => word.length > 0);
  const kept = words.filter((word) => !LITTLE_WORDS.has(word));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * What every entity node stores so that search can find it, derived from its name and aliases
 * and never shown: the folded names (exact matches, and the words the index holds), the same
 * without little words (exact matches a reader types without them) and transliteration keys.
 */
export interface NameKeys {
  searchKeys: string[];
  bareKeys: string[];
  translitKeys: string[];
}

/** The node properties that hold NameKeys (hidden from answers, exports and change records). */
export const NAME_KEY_PROPERTIES: readonly (keyof NameKeys)[] = ['searchKeys', 'bareKeys', 'translitKeys'];

export function nameKeys(name: string, aliases: readonly string[]): NameKeys {
  const names = [name, ...aliases];
  const distinct = (keys: string[]) => [...new Set(keys.filter((k) => k.length > 0))];
  const searchKeys = distinct(names.map(foldName));
  return {
    searchKeys,
    bareKeys: distinct(searchKeys.map(bareName)),
    translitKeys: distinct(names.map(transliterationKey)),
  };
}
