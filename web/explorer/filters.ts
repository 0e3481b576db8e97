/**
 * Which relations the filters keep: relation types, certainties, bases (what a relation rests
 * on: a text's words, an inference from them, a curator's knowledge) and a year range. A
 * relation is kept when the days its date can mean overlap the range; undated ones on request.
 */
import type { ExplorerState } from './url-state';

export const YEAR_MIN = 1860;
export const YEAR_MAX = 2025;

export interface EdgeFacts {
  /** Not `type`: sigma reads that as the program drawing the edge ('arrow'). */
  relationType: string;
  certainty: string;
  /** TEXT, INFERENCE or CURATOR. */
  basis: string;
  /** Years its date can mean; null bounds are open. Both null: undated. */
  earliestYear: number | null;
  latestYear: number | null;
  dated: boolean;
}

export function yearOf(day: string | null | undefined): number | null {
  if (!day) return null;
  const year = Number.parseInt(day.slice(0, day.startsWith('-') ? 5 : 4), 10);
  return Number.isFinite(year) ? year : null;
}

export function edgeVisible(edge: EdgeFacts, state: ExplorerState): boolean {
  if (state.types && !state.types.includes(edge.relationType)) return false;
  if (state.certainties && !state.certainties.includes(edge.certainty)) return false;
  if (state.bases && !state.bases.includes(edge.basis)) return false;
  if (state.years) {
    if (!edge.dated) return state.undated;
    const [from, to] = state.years;
    if (edge.latestYear !== null && edge.latestYear < from) return false;
    if (edge.earliestYear !== null && edge.earliestYear > to) return false;
  }
  return true;
}

export function filtersActive(state: ExplorerState): boolean {
  return state.types !== null || state.certainties !== null || state.bases !== null || state.years !== null;
}
