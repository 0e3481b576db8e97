/**
 * Keys that make names findable whatever the spelling: a folded form (case and diacritics
 * removed: "Štajner" -> "stajner") for exact matches, and a transliteration key that collapses
 * the usual variants of romanised Russian ("Andrei"/"Andrey", "Yagoda"/"Jagoda",
 * "Solzhenitsyn"/"Solschenizyn") and romanises Cyrillic.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'i', є: 'e', ґ: 'g',
};

/** Lower case, no diacritics, no punctuation; words separated by one space. */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
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

/** The folded name and aliases, stored on each node to recognise exact matches. */
export function searchKeys(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(foldName).filter((k) => k.length > 0))];
}

export function transliterationKeys(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(transliterationKey).filter((k) => k.length > 0))];
}
