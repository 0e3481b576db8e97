/**
 * The places a map draws, in one request: `places(located: true)` gives every place of data/
 * with coordinates, each marked as curator knowledge with the curator's note, and the people
 * held there with the evidence; `located: false` lists the camps that cannot be placed, with why.
 */
import { parseDataset } from '../../src/dataset/read-dataset';
import { realFiles } from '../support/dataset-files';
import { TestApi } from '../support/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(() => api.stop());

const dataPlaces = parseDataset(realFiles).entities.filter((e) => e.kind === 'PLACE');

interface PlaceAnswer {
  id: string;
  placeKind: string | null;
  notLocated: string | null;
  coordinates: { lat: number; lon: number; basis: { basis: string; note: string | null } | null } | null;
  prisoners?: { nodes: { from: { id: string }; evidence: { quote: string }[] }[] };
}

describe('places for a map', () => {
  it('gives every located place of data/ with its coordinates and their curator basis', async () => {
    const { places } = await api.data<{ places: PlaceAnswer[] }>(
      '{ places(located: true) { id placeKind notLocated coordinates { lat lon basis { basis note } } } }',
    );
    const located = dataPlaces.filter((p) => p.coordinates);
    expect(places.map((p) => p.id).sort()).toEqual(located.map((p) => p.id).sort());
    for (const place of located) {
      const answer = places.find((p) => p.id === place.id)!;
      expect(answer.coordinates).toEqual({
        lat: place.coordinates!.lat,
        lon: place.coordinates!.lon,
        basis: { basis: 'CURATOR', note: (place.basis!.coordinates as { curator: string }).curator },
      });
    }
  });

  it('lists the camps that cannot be located, with the reason, and filters by placeKind', async () => {
    const { places } = await api.data<{ places: PlaceAnswer[] }>(
      '{ places(located: false, kinds: ["camp", "prison"]) { id placeKind notLocated coordinates { lat } } }',
    );
    const expected = dataPlaces.filter(
      (p) => !p.coordinates && ['camp', 'prison'].includes(p.placeKind ?? ''),
    );
    expect(places.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      expect(place.coordinates).toBeNull();
      expect(place.notLocated).toEqual(dataPlaces.find((p) => p.id === place.id)!.notLocated);
    }
  });

  it('answers who was held at each place, with the quotes, in the same request', async () => {
    const { places } = await api.data<{ places: PlaceAnswer[] }>(
      '{ places(located: true, kinds: ["camp"], first: 50) { id prisoners(first: 20) { nodes { from { id } evidence(first: 3) { quote } } } } }',
    );
    const solovki = places.find((p) => p.id === 'place:solovki');
    expect(solovki?.prisoners?.nodes.length).toBeGreaterThan(0);
    for (const relation of solovki!.prisoners!.nodes)
      expect(relation.evidence[0]?.quote.length).toBeGreaterThan(0);
  });

  it('refuses a place kind that does not exist, naming the argument and the kind', async () => {
    const result = await api.execute('{ places(kinds: ["camp", "gulag-camp"]) { id } }');
    expect(result.errors?.[0]?.message).toMatch(/kinds.*gulag-camp/);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a page size beyond the limit, naming the argument', async () => {
    const result = await api.execute('{ places(first: 5000) { id } }');
    expect(result.errors?.[0]?.message).toMatch(/first/);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
