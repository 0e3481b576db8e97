/**
 * The sizes of the synthetic graph. One parameter, the number of people, decides everything
 * else, in proportions shaped like Memorial's database of victims of political terror
 * (about 3.1 million people, a few hundred articles and decrees, thousands of camps and places).
 */
export const SIZE_PRESETS = { '10k': 10_000, '300k': 300_000, '3.1m': 3_100_000 } as const;
export type SizePreset = keyof typeof SIZE_PRESETS;

export interface GraphShape {
  people: number;
  laws: number;
  places: number;
  sources: number;
  organizations: number;
}

export function graphShape(people: number): GraphShape {
  return {
    people,
    laws: Math.max(40, Math.round(people / 5_000)),
    places: Math.max(200, Math.round(people / 200)),
    sources: Math.max(100, Math.round(people / 50)),
    organizations: Math.max(30, Math.round(people / 10_000)),
  };
}

/** "10k", "300k", "3.1m" or a plain number of people. */
export function parseSize(value: string): number {
  if (Object.prototype.hasOwnProperty.call(SIZE_PRESETS, value.toLowerCase()))
    return SIZE_PRESETS[value.toLowerCase() as SizePreset];
  const people = Number(value);
  if (!Number.isInteger(people) || people < 1_000 || people > 10_000_000) {
    throw new Error(
      `--size must be one of ${Object.keys(SIZE_PRESETS).join(', ')} or a number of people from 1000 to 10000000, got "${value}"`,
    );
  }
  return people;
}

export function sizeLabel(people: number): string {
  const preset = Object.entries(SIZE_PRESETS).find(([, n]) => n === people);
  return preset ? preset[0] : String(people);
}
