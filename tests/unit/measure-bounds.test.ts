/**
 * The measures run on the API's one thread, so a network too large for exact betweenness gets
 * none (null, as the schema says) instead of holding every other request for a minute; a small
 * one gets it. Pure: no database.
 */
import { computeNetworkMeasures, NetworkRelation } from '../../src/measures/network-measures';
import { MAX_BETWEENNESS_WORK } from '../../src/measures/work-bounds';

/** A chain of `links` links: links + 1 entities. */
function chain(links: number): NetworkRelation[] {
  return Array.from({ length: links }, (_, i) => ({
    from: `person:p${i}`,
    fromName: `P${i}`,
    fromKind: 'PERSON',
    to: `person:p${i + 1}`,
    toName: `P${i + 1}`,
    toKind: 'PERSON',
    certainty: 'ATTESTED',
  }));
}

it('computes betweenness for a network within the bound: the middle of a chain lies on the most paths', () => {
  const small = computeNetworkMeasures(chain(20));
  expect(small.nodeCount * small.edgeCount).toBeLessThanOrEqual(MAX_BETWEENNESS_WORK);
  const middle = small.entities.find((e) => e.id === 'person:p10');
  const end = small.entities.find((e) => e.id === 'person:p0');
  expect(end?.betweenness).toBe(0);
  expect(middle?.betweenness).toBeGreaterThan(0.4);
});

it('leaves betweenness out (null) beyond the bound, and still gives the cheap measures', () => {
  const links = Math.ceil(Math.sqrt(MAX_BETWEENNESS_WORK)) + 1;
  const large = computeNetworkMeasures(chain(links));
  expect(large.nodeCount * large.edgeCount).toBeGreaterThan(MAX_BETWEENNESS_WORK);
  expect(large.entities.every((e) => e.betweenness === null)).toBe(true);
  expect(large.entities.find((e) => e.id === 'person:p1')?.degree).toBe(2);
  expect(large.entities.reduce((sum, e) => sum + e.pageRank, 0)).toBeCloseTo(1, 6);
});
