/**
 * The keys search finds names by: folded (case, diacritics, punctuation), without little words,
 * and by transliteration, so the usual spellings of a Russian name meet.
 */
import { bareName, foldName, nameKeys, transliterationKey } from '../../src/domain/name-keys';

describe('name keys', () => {
  it('fold case, diacritics, letters Unicode does not decompose, and punctuation', () => {
    expect(foldName('Štajner')).toBe('stajner');
    expect(foldName('Łódź')).toBe('lodz');
    expect(foldName("  O'Brien,  Jr. ")).toBe('obrien jr');
  });

  it.each([
    ['Andrei', 'Andrey'],
    ['Yagoda', 'Jagoda'],
    ['Solzhenitsyn', 'Solzhenitzyn'],
    ['Горький', 'Gorkii'],
  ])('give %s and %s one transliteration key', (a, b) => {
    expect(transliterationKey(a)).toBe(transliterationKey(b));
  });

  it('keep different names apart', () => {
    expect(transliterationKey('Klejn')).not.toBe(transliterationKey('Kirov'));
  });

  it('drop little words, unless the name is made only of them', () => {
    expect(bareName('the gulag archipelago')).toBe('gulag archipelago');
    expect(bareName('order no 270')).toBe('order 270');
    expect(bareName('the the')).toBe('the the');
  });

  it('hold every name and alias once', () => {
    const keys = nameKeys('Leo Klejn', ['Lev Klein', 'leo klejn']);
    expect(keys.searchKeys).toEqual(['leo klejn', 'lev klein']);
    expect(keys.translitKeys).toHaveLength(2);
  });
});
