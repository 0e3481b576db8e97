/**
 * A quote stands at its offset when the text there reads the same, runs of white space (line
 * breaks in the seed texts) compared as one space; anything else is a mismatch.
 */
import { quoteStandsAt } from '../../src/evidence/verify-quotes';

const TEXT = 'In 1934 Article 121\nwas added to the   code.';

describe('quote verification', () => {
  it('finds a quote at its offset, across line breaks and white space runs', () => {
    expect(quoteStandsAt(TEXT, 8, 'Article 121 was added to the code.')).toBe(true);
  });

  it.each([
    ['a wrong offset', 9, 'Article 121'],
    ['a changed word', 8, 'Article 122'],
    ['a space the text lacks', 0, 'In 19 34'],
    ['a quote running past the end', 35, 'code. And more'],
  ])('refuses %s', (_what, offset, quote) => {
    expect(quoteStandsAt(TEXT, offset, quote)).toBe(false);
  });
});
