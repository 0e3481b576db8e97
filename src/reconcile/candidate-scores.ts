/**
 * Turns the search's ranked hits into reconciliation candidates: a score from 0 to 100 and
 * `match`, the promise that a client may accept the candidate without asking a person.
 *
 * The search's tiers (cypher/fragments/search-hits) decide the name part: an entity bearing
 * the name as typed scores 100, one bearing it without the little words 90, any other hit its
 * squeezed Lucene score (below 80). Each property constraint the candidate contradicts costs
 * 30; one it cannot be checked against (the entity has no such date, no linked place) costs
 * nothing. `match` goes only to a candidate that bears the name, contradicts no constraint,
 * and is the only one of the answer that does both: two people called Popov are never matched.
 */
import { parsePartialDate } from '../domain/partial-date';
import { foldName } from '../domain/name-keys';
import { EntityKind } from '../domain/vocabulary';
import { PropertyConstraint } from './reconcile-queries';

const MISMATCH_PENALTY = 30;

export interface PlaceRef {
  id: string;
  name: string;
  aliases: string[] | null;
}

/** A row of cypher/reconcile-candidates. */
export interface CandidateRow {
  entity: {
    id: string;
    name: string;
    kind: EntityKind;
    description: string | null;
    places: PlaceRef[];
  } & Record<string, unknown>;
  tier: number;
  ranked: number;
}

export type Verdict = 'match' | 'mismatch' | 'unknown';

export interface ScoredCandidate {
  row: CandidateRow;
  score: number;
  match: boolean;
  verdicts: Verdict[];
}

function datesOverlap(a: string, b: string): boolean {
  const x = parsePartialDate(a);
  const y = parsePartialDate(b);
  // Null bounds are open ends.
  return (
    (x.earliest === null || y.latest === null || x.earliest <= y.latest) &&
    (y.earliest === null || x.latest === null || y.earliest <= x.latest)
  );
}

function bearsPlace(place: PlaceRef, value: string): boolean {
  if (place.id === value) return true;
  const folded = foldName(value);
  return [place.name, ...(place.aliases ?? [])].some((name) => foldName(name) === folded);
}

export function verdict(row: CandidateRow, constraint: PropertyConstraint): Verdict {
  if (constraint.property.check === 'place') {
    if (row.entity.places.length === 0) return 'unknown';
    return row.entity.places.some((place) => constraint.values.some((value) => bearsPlace(place, value)))
      ? 'match'
      : 'mismatch';
  }
  const stored = row.entity[constraint.property.id];
  if (typeof stored !== 'string') return 'unknown';
  try {
    return constraint.values.some((value) => datesOverlap(stored, value)) ? 'match' : 'mismatch';
  } catch {
    // A stored date the parser refuses was refused on its way in; treat it as absent.
    return 'unknown';
  }
}

function nameScore(row: CandidateRow): number {
  if (row.tier >= 2) return 100;
  if (row.tier === 1) return 90;
  return Math.min(79, Math.round(row.ranked * 0.8 * 10) / 10);
}

export function scoreCandidates(rows: CandidateRow[], constraints: PropertyConstraint[]): ScoredCandidate[] {
  const scored = rows.map((row) => {
    const verdicts = constraints.map((constraint) => verdict(row, constraint));
    const mismatches = verdicts.filter((v) => v === 'mismatch').length;
    return {
      row,
      verdicts,
      score: Math.max(0, nameScore(row) - MISMATCH_PENALTY * mismatches),
      match: false,
    };
  });
  const sure = scored.filter((c) => c.row.tier >= 2 && !c.verdicts.includes('mismatch'));
  if (sure.length === 1) sure[0]!.match = true;
  // Stable: equal scores keep the search's order.
  return scored.sort((a, b) => b.score - a.score);
}
