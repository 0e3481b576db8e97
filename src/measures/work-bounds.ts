/**
 * How large a network the server measures and lays out while a request waits. These run on the
 * API's one JavaScript thread, so an unbounded one stops every other request: exact
 * betweenness grows with entities × links (about a minute for 10,000 entities and 20,000 links,
 * `node dist/bench/measures-bench.js`), ForceAtlas2 without Barnes-Hut with entities squared per
 * iteration. Beyond these bounds a measure is left out (null, said in its description), never
 * approximated silently.
 */

/** Entities × links above which betweenness is not computed (about a second on the bench machine). */
export const MAX_BETWEENNESS_WORK = 4_000_000;

/** Entities above which an export carries no layout (x/y). */
export const MAX_LAYOUT_ENTITIES = 20_000;

/** Entities above which the layout uses Barnes-Hut (n log n per iteration instead of n²). */
export const BARNES_HUT_FROM = 1_000;

export function betweennessAffordable(entities: number, links: number): boolean {
  return entities * links <= MAX_BETWEENNESS_WORK;
}
