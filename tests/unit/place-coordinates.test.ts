/**
 * Where places are: every camp, prison and city of data/ can be drawn on a map (or says why not),
 * and every coordinate says it is a curator's knowledge, since the texts name places without
 * locating them. Checked on the real files, and on bad records the loader must refuse.
 */
import { parseDataset } from '../../src/dataset/read-dataset';
import { problemsOf, realFiles } from '../support/dataset-files';

const MAPPED_KINDS = ['camp', 'camp-complex', 'prison', 'psychiatric-hospital', 'city'];

describe('place coordinates in data/', () => {
  const places = parseDataset(realFiles).entities.filter((e) => e.kind === 'PLACE');

  it('gives every camp, prison and city coordinates, or the reason it cannot be located', () => {
    const mapped = places.filter((p) => MAPPED_KINDS.includes(p.placeKind ?? ''));
    expect(mapped.length).toBeGreaterThan(30);
    const neither = mapped.filter((p) => !p.coordinates && !p.notLocated?.trim()).map((p) => p.id);
    expect(neither).toEqual([]);
    // Most are located: a reason is the exception (a camp known only by its number).
    expect(mapped.filter((p) => p.notLocated).length).toBeLessThan(mapped.length / 5);
  });

  it('marks every coordinate as curator knowledge, saying where from', () => {
    const located = places.filter((p) => p.coordinates);
    expect(located.length).toBeGreaterThan(40);
    const unmarked = located
      .filter((p) => {
        const basis = p.basis?.coordinates;
        return !basis || !('curator' in basis) || basis.curator.trim().length < 20;
      })
      .map((p) => p.id);
    expect(unmarked).toEqual([]);
  });

  it('puts the camps in the territory of the USSR and its occupied Germany', () => {
    const outside = places
      .filter((p) => p.coordinates && ['camp', 'camp-complex', 'prison'].includes(p.placeKind ?? ''))
      .filter(({ coordinates: c }) => c!.lat < 40 || c!.lat > 72 || c!.lon < 10 || c!.lon > 170)
      .map((p) => p.id);
    expect(outside).toEqual([]);
  });
});

/** A city with coordinates, to which each test adds what it needs. */
const CITY = `  - id: place:x-city
    kind: PLACE
    name: X city
    placeKind: city
    coordinates: { lat: 50, lon: 40 }
`;

describe('place coordinates: what the loader refuses', () => {
  it('refuses a camp with neither coordinates nor a reason, naming the field', () => {
    const problems = problemsOf(
      `entities:\n  - id: place:x-camp\n    kind: PLACE\n    name: X camp\n    placeKind: camp\n`,
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'zz-bad.yaml',
        record: 'place:x-camp',
        field: 'coordinates',
        message: expect.stringContaining('notLocated'),
      }),
    );
  });

  it('accepts a camp that says why it cannot be located, and a region without coordinates', () => {
    expect(() =>
      parseDataset([
        ...realFiles,
        {
          name: 'zz-good.yaml',
          text: `entities:\n  - id: place:x-camp\n    kind: PLACE\n    name: X camp\n    placeKind: camp\n    notLocated: "The text gives only its number."\n  - id: place:x-region\n    kind: PLACE\n    name: X region\n    placeKind: region\n`,
        },
      ]),
    ).not.toThrow();
  });

  it('refuses coordinates without their basis, and a basis without coordinates', () => {
    const problems = problemsOf(
      `entities:
${CITY}  - id: place:y-region
    kind: PLACE
    name: Y region
    placeKind: region
    basis:
      coordinates: { curator: "A gazetteer." }
`,
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'place:x-city',
        field: 'basis.coordinates',
        message: expect.stringContaining('is required'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'place:y-region', field: 'basis.coordinates' }),
    );
  });

  it('refuses notLocated on a place that has coordinates, and on a person', () => {
    const problems = problemsOf(
      `entities:
${CITY}    basis:
      coordinates: { curator: "A gazetteer." }
    notLocated: "unknown"
  - id: person:x
    kind: PERSON
    name: X
    notLocated: "unknown"
`,
    );
    expect(problems).toContainEqual(expect.objectContaining({ record: 'place:x-city', field: 'notLocated' }));
    expect(problems).toContainEqual(expect.objectContaining({ record: 'person:x', field: 'notLocated' }));
  });
});
