/**
 * What the map shows under the explorer's filters: which people's stays at located places the
 * filters keep (the same rule as the graph's edges), how many people each place then holds, and
 * each person's moves as arcs between their consecutive dated stays.
 */
import { edgeVisible, yearOf } from './filters';
import type { ExplorerState } from './url-state';

/** The person-to-place relations the map draws: where someone was held, lived, worked, was born or died. */
export const MAP_RELATION_TYPES = ['IMPRISONED_AT', 'LIVED_AT', 'WORKED_AT', 'BORN_IN', 'DIED_AT'] as const;

export interface MapStay {
  id: string;
  type: string;
  certainty: string;
  basis: string;
  date: { edtf: string; earliest: string | null; latest: string | null } | null;
  from: { id: string; name: string; kind: string };
}

export interface MapPlace {
  id: string;
  name: string;
  placeKind: string | null;
  coordinates: { lat: number; lon: number; basis: { basis: string; note: string | null } | null };
  relations: { pageInfo: { hasNextPage: boolean }; nodes: MapStay[] };
}

/**
 * Page sizes of the map's request, within the API's cost budget: places, and relations per place
 * (more for the places without coordinates, where "the Gulag" gathers every unnamed camp).
 */
export const MAP_PAGES = { located: 64, elsewhere: 64, stays: 20, staysElsewhere: 25 } as const;

/** A place the map cannot draw (the Gulag as a whole, a region, a country): its stays are counted. */
export type UnlocatedPlace = Omit<MapPlace, 'coordinates'>;

/** The map's data: the places it draws and those it can only count. */
export interface MapData {
  located: MapPlace[];
  elsewhere: UnlocatedPlace[];
}

export interface Arc {
  person: { id: string; name: string };
  from: string;
  to: string;
  /** The relation ids of the two stays. */
  relations: [string, string];
}

function stayShown(stay: MapStay, state: ExplorerState): boolean {
  const earliestYear = yearOf(stay.date?.earliest);
  const latestYear = yearOf(stay.date?.latest);
  return edgeVisible(
    {
      relationType: stay.type,
      certainty: stay.certainty,
      basis: stay.basis,
      earliestYear,
      latestYear,
      dated: stay.date !== null,
    },
    state,
  );
}

/** The stays the filters keep, by place id. */
export function shownStays(
  places: Pick<MapPlace, 'id' | 'relations'>[],
  state: ExplorerState,
): Map<string, MapStay[]> {
  return new Map(places.map((place) => [place.id, place.relations.nodes.filter((s) => stayShown(s, state))]));
}

/** How many different people the kept stays put at the place. */
export function peopleCount(stays: MapStay[]): number {
  return new Set(stays.map((stay) => stay.from.id)).size;
}

/**
 * Each person's kept, dated stays in the order of their dates (earliest day, then latest, then
 * place), and an arc between each two consecutive ones at different places. Undated stays have
 * no place in a sequence, so they draw no arc.
 */
export function moves(stays: Map<string, MapStay[]>): Arc[] {
  const byPerson = new Map<string, { place: string; stay: MapStay }[]>();
  for (const [place, list] of stays)
    for (const stay of list)
      if (stay.date?.earliest || stay.date?.latest)
        byPerson.set(stay.from.id, [...(byPerson.get(stay.from.id) ?? []), { place, stay }]);
  const arcs: Arc[] = [];
  for (const sequence of byPerson.values()) {
    const key = (s: { place: string; stay: MapStay }) =>
      `${s.stay.date?.earliest ?? s.stay.date?.latest ?? ''}|${s.stay.date?.latest ?? '9999'}|${s.place}`;
    sequence.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    for (let i = 1; i < sequence.length; i++) {
      const a = sequence[i - 1]!;
      const b = sequence[i]!;
      if (a.place !== b.place)
        arcs.push({
          person: { id: b.stay.from.id, name: b.stay.from.name },
          from: a.place,
          to: b.place,
          relations: [a.stay.id, b.stay.id],
        });
    }
  }
  return arcs;
}
