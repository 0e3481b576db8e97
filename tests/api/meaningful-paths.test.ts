/**
 * `paths` offers connections that mean something (issue 14): not through vague places, hubs,
 * excluded entities or relation types, only over hops that pass the evidence filters, and the
 * surest first, on the seed graph.
 */
import { VAGUE_PLACE_KINDS } from '../../src/domain/vocabulary';
import { CERTAINTY_WEIGHTS } from '../../src/measures/certainty-weights';
import { nonEmpty } from '../support/non-empty';
import { TestApi } from '../support/test-api';

interface PathNode {
  id: string;
  degree: number;
  placeKind?: string | null;
}
interface PathResult {
  length: number;
  score: number;
  nodes: PathNode[];
  relations: { type: string; certainty: string }[];
}

const GORKY = 'person:maxim-gorky';
const POLIAKOV = 'person:nika-poliakov';
const PATH_FIELDS =
  'length score nodes { id degree ... on Place { placeKind } } relations { type certainty }';

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(() => api.stop());

/** Ten paths of up to four hops: with vague places, six of them surer than the shortest. */
async function paths(args: string, maxHops = 4): Promise<readonly PathResult[]> {
  const data = await api.data<{ paths: PathResult[] }>(
    `{ paths(from: "${GORKY}", to: "${POLIAKOV}", maxHops: ${maxHops}, first: 10${args}) { ${PATH_FIELDS} } }`,
  );
  return nonEmpty(data.paths);
}

const between = (path: PathResult) => path.nodes.slice(1, -1);
const routeOf = (path: PathResult) => path.nodes.map((n) => n.id).join(' > ');

describe('paths between Maxim Gorky and Nika Poliakov', () => {
  it('go through no vague place by default, and through some only when asked to', async () => {
    // Without OGPU, ten sure paths of up to six hops include some through a country or region.
    const vague = (path: PathResult) =>
      between(path).some((n) => VAGUE_PLACE_KINDS.includes(n.placeKind ?? ''));
    const byDefault = await paths(', excludeIds: ["org:ogpu"]', 6);
    expect(byDefault.filter(vague)).toEqual([]);
    const withVague = await paths(', excludeIds: ["org:ogpu"], excludeVaguePlaces: false', 6);
    expect(withVague.filter(vague)).not.toEqual([]);
    const short = await paths(', excludeVaguePlaces: false');
    expect(short.some((p) => between(p).some((n) => n.id === 'place:siberia'))).toBe(true);
  });

  it('pass through no excluded entity', async () => {
    const excluded = ['person:joseph-stalin', 'org:ogpu'];
    const found = await paths(`, excludeIds: ${JSON.stringify(excluded)}`);
    for (const path of found)
      for (const id of excluded) expect(between(path).map((n) => n.id)).not.toContain(id);
    expect((await paths('')).some((p) => between(p).some((n) => excluded.includes(n.id)))).toBe(true);
  });

  it('pass through no entity with more relations than maxDegree', async () => {
    const hubs = (found: readonly PathResult[]) => found.flatMap(between).filter((n) => n.degree > 12);
    expect(hubs(await paths('', 6))).not.toEqual([]);
    expect(hubs(await paths(', maxDegree: 12', 6))).toEqual([]);
  });

  it('follow no relation of an excluded type, and only the types asked for', async () => {
    const typesOf = (found: readonly PathResult[]) =>
      new Set(found.flatMap((p) => p.relations.map((r) => r.type)));
    expect(typesOf(await paths('', 6))).toContain('WROTE_TO');
    const without = typesOf(await paths(', excludeTypes: [WROTE_TO, AUTHORED]', 6));
    expect([without.has('WROTE_TO'), without.has('AUTHORED')]).toEqual([false, false]);
    const only = typesOf(await paths(', types: [MEMBER_OF, HEADED, PERSECUTED, WROTE_TO, ASSOCIATE_OF]'));
    expect([...only].sort()).toEqual(
      [...only]
        .filter((t) => ['MEMBER_OF', 'HEADED', 'PERSECUTED', 'WROTE_TO', 'ASSOCIATE_OF'].includes(t))
        .sort(),
    );
  });

  it('keep only hops that pass the evidence filters', async () => {
    const certainties = (found: readonly PathResult[]) =>
      new Set(found.flatMap((p) => p.relations.map((r) => r.certainty)));
    expect(certainties(await paths(', excludeVaguePlaces: false'))).toContain('PROBABLE');
    expect([...certainties(await paths(', excludeVaguePlaces: false, certainty: [ATTESTED]'))]).toEqual([
      'ATTESTED',
    ]);
  });

  it('come surest first, each scored by the certainty weights of its hops, ties shortest first', async () => {
    const found = await paths(', excludeVaguePlaces: false');
    // Letters and imprisonments only: paths with more than one uncertain hop, whose scores multiply.
    const uncertain = await paths(
      ', excludeVaguePlaces: false, types: [WROTE_TO, IMPRISONED_AT, BORN_IN, PERSECUTED]',
    );
    const weakHops = (path: PathResult) => path.relations.filter((r) => r.certainty !== 'ATTESTED').length;
    expect(uncertain.some((path) => weakHops(path) >= 2)).toBe(true);
    for (const path of [...found, ...uncertain]) {
      const product = path.relations.reduce(
        (score, r) => score * CERTAINTY_WEIGHTS[r.certainty as keyof typeof CERTAINTY_WEIGHTS],
        1,
      );
      expect(path.score).toBeCloseTo(product, 10);
    }
    for (let i = 1; i < found.length; i++) {
      const [before, after] = [found[i - 1]!, found[i]!];
      expect(before.score).toBeGreaterThanOrEqual(after.score);
      if (before.score === after.score) expect(before.length).toBeLessThanOrEqual(after.length);
    }
    // A surer longer path outranks a shorter one with a probable hop (through Siberia).
    const siberia = found.findIndex((p) => between(p).some((n) => n.id === 'place:siberia'));
    expect(siberia).toBeGreaterThan(0);
    expect(found[siberia]!.length).toBeLessThan(Math.max(...found.slice(0, siberia).map((p) => p.length)));
  });

  it('come shortest first with rank: SHORTEST, the surest first among one length, whatever `first` is', async () => {
    const surest = await paths(', excludeVaguePlaces: false');
    const shortest = await paths(', excludeVaguePlaces: false, rank: SHORTEST');
    expect(shortest[0]!.length).toBe(Math.min(...surest.map((p) => p.length)));
    // The same routes, in another order: the longer ones are searched when the shortest are too few.
    expect(shortest.map(routeOf).sort()).toEqual(surest.map(routeOf).sort());
    for (let i = 1; i < shortest.length; i++) {
      const [before, after] = [shortest[i - 1]!, shortest[i]!];
      expect(before.length).toBeLessThanOrEqual(after.length);
      if (before.length === after.length) expect(before.score).toBeGreaterThanOrEqual(after.score);
    }
    expect(shortest.map((p) => p.length)).not.toEqual(surest.map((p) => p.length));
    // One path is found among the routes of least length only; ten need the longer ones too.
    const [one] = nonEmpty(
      (
        await api.data<{ paths: PathResult[] }>(
          `{ paths(from: "${GORKY}", to: "${POLIAKOV}", maxHops: 4, first: 1, excludeVaguePlaces: false, rank: SHORTEST) { ${PATH_FIELDS} } }`,
        )
      ).paths,
    );
    expect(one?.nodes.map((n) => n.id)).toEqual(shortest[0]!.nodes.map((n) => n.id));
    expect(one?.score).toBe(shortest[0]!.score);
  });

  it('visit no entity twice and give each route once, through its surest relations', async () => {
    // Gorky wrote to Stalin (rumoured) and was his associate (attested); he lived and died in
    // the Soviet Union, a walk there and back that is no connection.
    const direct = await paths(', types: [ASSOCIATE_OF, WROTE_TO, PERSECUTED]', 3);
    const roundabout = await paths(
      ', excludeVaguePlaces: false, types: [DIED_AT, LIVED_AT, ASSOCIATE_OF, WROTE_TO, PERSECUTED]',
      5,
    );
    const found = [...direct, ...roundabout];
    for (const answer of [direct, roundabout]) {
      const routes = answer.map((p) => p.nodes.map((n) => n.id).join(' > '));
      expect(new Set(routes).size).toBe(routes.length);
    }
    for (const path of found) expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
    const gorkyStalin = found.find((p) => p.nodes[1]?.id === 'person:joseph-stalin');
    expect(gorkyStalin?.relations[0]).toMatchObject({ type: 'ASSOCIATE_OF', certainty: 'ATTESTED' });
  });
});

describe('paths refuses', () => {
  it('an end of the path among the excluded entities, naming the argument', async () => {
    const result = await api.execute(
      `{ paths(from: "${GORKY}", to: "${POLIAKOV}", excludeIds: ["org:ogpu", "${POLIAKOV}"]) { length } }`,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'excludeIds' });
    expect(result.errors?.[0]?.message).toContain(POLIAKOV);
  });

  it('more than 100 excluded entities, naming the variable and the limit', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `person:nobody-${i}`);
    const result = await api.execute(
      `query($ids: [ID!]) { paths(from: "${GORKY}", to: "${POLIAKOV}", excludeIds: $ids) { length } }`,
      { ids },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0]?.message).toMatch(/\$ids: a list of 101 items; the limit is 100/);
  });

  it('a maxDegree below 1, naming the argument and the limit', async () => {
    const result = await api.execute(
      `{ paths(from: "${GORKY}", to: "${POLIAKOV}", maxDegree: 0) { length } }`,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'maxDegree',
      min: 1,
    });
  });
});
