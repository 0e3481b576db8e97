/**
 * EDTF dates keep the text's precision and get the range of days they can mean, before 1900 too.
 */
import { parsePartialDate } from '../../src/domain/partial-date';

describe('partial dates', () => {
  it.each([
    ['1933-09', '1933-09-01', '1933-09-30'],
    ['1945/1950', '1945-01-01', '1950-12-31'],
    ['193X', '1930-01-01', '1939-12-31'],
    ['1849', '1849-01-01', '1849-12-31'],
    ['1885', '1885-01-01', '1885-12-31'],
    ['1953/..', '1953-01-01', null],
  ])('%s means %s to %s', (edtf, earliest, latest) => {
    expect(parsePartialDate(edtf)).toEqual({ edtf, earliest, latest });
  });

  it('refuses what is not EDTF, saying so', () => {
    expect(() => parsePartialDate('the 1930s')).toThrow(/not an EDTF date/);
  });
});
