/**
 * The one scale that turns a relation's certainty into a weight for the network measures
 * (weighted degree, PageRank, Louvain). It follows the order of the Certainty enum, strongest
 * first. A disputed claim is kept in the record beside the accepted fact, so it still links the
 * two, but it counts for the least: a weight of 0 would make such a tie vanish from PageRank and
 * the communities while the filters say it is kept.
 */
import { Certainty } from '../domain/vocabulary';

export const CERTAINTY_WEIGHTS: Readonly<Record<Certainty, number>> = {
  ATTESTED: 1,
  PROBABLE: 0.75,
  POSSIBLE: 0.5,
  RUMOURED: 0.25,
  DISPUTED: 0.1,
};

export function certaintyWeight(certainty: string): number {
  const weight = CERTAINTY_WEIGHTS[certainty as Certainty];
  if (weight === undefined) throw new Error(`No weight for certainty ${JSON.stringify(certainty)}`);
  return weight;
}
