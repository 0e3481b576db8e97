/**
 * What the explorer's map draws under the filters: a person's moves are arcs between their
 * consecutive dated stays, in the order of the dates; the year, type, certainty and basis filters keep
 * the same stays they keep as edges of the graph; a place counts each person once.
 */
import { MapPlace, MapStay, moves, peopleCount, shownStays } from '../../web/explorer/map-stays';
import { DEFAULT_STATE } from '../../web/explorer/url-state';

function stay(
  person: string,
  place: string,
  type: string,
  edtf: string | null,
  certainty = 'ATTESTED',
  basis = 'TEXT',
): MapStay {
  const [from, to] = (edtf ?? '').split('/');
  return {
    id: `${person}>${type}>${place}`,
    type,
    certainty,
    basis,
    date: edtf === null ? null : { edtf, earliest: `${from}-01-01`, latest: `${to ?? from}-12-31` },
    from: { id: person, name: person, kind: 'PERSON' },
  };
}

function place(id: string, stays: MapStay[]): MapPlace {
  return {
    id,
    name: id,
    placeKind: 'city',
    coordinates: { lat: 0, lon: 0, basis: null },
    relations: { pageInfo: { hasNextPage: false }, nodes: stays },
  };
}

// Listed out of order on purpose: the sequence comes from the dates.
const PLACES = [
  place('place:camp', [stay('person:a', 'place:camp', 'IMPRISONED_AT', '1933/1937')]),
  place('place:city', [
    stay('person:a', 'place:city', 'LIVED_AT', '1925'),
    stay('person:b', 'place:city', 'LIVED_AT', null),
    stay('person:b', 'place:city', 'BORN_IN', '1900'),
  ]),
  place('place:exile', [stay('person:a', 'place:exile', 'LIVED_AT', '1950', 'PROBABLE', 'INFERENCE')]),
];

const route = (state = DEFAULT_STATE) => moves(shownStays(PLACES, state)).map((a) => `${a.from}>${a.to}`);

describe('the map stays and moves', () => {
  it('draws a person’s moves between consecutive dated stays, in the order of their dates', () => {
    expect(route()).toEqual(['place:city>place:camp', 'place:camp>place:exile']);
  });

  it('keeps the stays of the chosen years only, so the moves change with the year filter', () => {
    expect(route({ ...DEFAULT_STATE, years: [1920, 1940], undated: true })).toEqual([
      'place:city>place:camp',
    ]);
    expect(route({ ...DEFAULT_STATE, years: [1940, 1960], undated: true })).toEqual([]);
  });

  it('applies the type, certainty and basis filters as the graph does', () => {
    expect(
      route({ ...DEFAULT_STATE, types: ['IMPRISONED_AT', 'LIVED_AT'], certainties: ['ATTESTED'] }),
    ).toEqual(['place:city>place:camp']);
    expect(route({ ...DEFAULT_STATE, bases: ['TEXT'] })).toEqual(['place:city>place:camp']);
    expect(route({ ...DEFAULT_STATE, bases: ['INFERENCE', 'CURATOR'] })).toEqual([]);
  });

  it('counts each person once at a place, and an undated stay only without a year filter or with undated kept', () => {
    expect(peopleCount(shownStays(PLACES, DEFAULT_STATE).get('place:city')!)).toBe(2);
    const years = { ...DEFAULT_STATE, years: [1920, 1930] as [number, number] };
    expect(
      shownStays(PLACES, { ...years, undated: true })
        .get('place:city')!
        .map((s) => s.id),
    ).toEqual(['person:a>LIVED_AT>place:city', 'person:b>LIVED_AT>place:city']);
    expect(peopleCount(shownStays(PLACES, { ...years, undated: false }).get('place:city')!)).toBe(1);
  });
});
