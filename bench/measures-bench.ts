/**
 * How long the network measures take (src/measures): for the seed graph (data/, read without
 * Neo4j) and for synthetic graphs of 10k and 100k entities (preferential attachment, two
 * relations per new entity, certainties drawn at random; seeded), each phase timed on its own
 * (single run, wall clock, after one warm-up on the seed graph). Exact betweenness is
 * O(entities x relations); above --max-betweenness entities (default 20000) it is not run.
 * Prints figures; asserts nothing.
 *
 *   npx tsc -p bench/tsconfig.json && node dist/bench/measures-bench.js
 */
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { readConfig } from '../src/config';
import { readDataset } from '../src/dataset/read-dataset';
import { CERTAINTIES } from '../src/domain/vocabulary';
import {
  buildGraph,
  computeNetworkMeasures,
  NetworkRelation,
  PAGERANK_ALPHA,
  PAGERANK_TOLERANCE,
} from '../src/measures/network-measures';
import { seededRandom } from '../src/measures/seeded-random';

function seedRelations(): NetworkRelation[] {
  const dataset = readDataset(readConfig().dataDir);
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  return dataset.relations.map((r) => ({
    from: r.from,
    fromName: entities.get(r.from)?.name ?? r.from,
    fromKind: entities.get(r.from)?.kind ?? 'PERSON',
    to: r.to,
    toName: entities.get(r.to)?.name ?? r.to,
    toKind: entities.get(r.to)?.kind ?? 'PERSON',
    certainty: r.certainty,
  }));
}

function syntheticRelations(entities: number): NetworkRelation[] {
  const random = seededRandom(entities);
  const ends: string[] = ['e0', 'e1'];
  const relations: NetworkRelation[] = [];
  const relation = (from: string, to: string): NetworkRelation => ({
    from,
    fromName: from,
    fromKind: 'PERSON',
    to,
    toName: to,
    toKind: 'PERSON',
    certainty: CERTAINTIES[Math.floor(random() * CERTAINTIES.length)]!,
  });
  relations.push(relation('e0', 'e1'));
  for (let i = 2; i < entities; i++) {
    for (let k = 0; k < 2; k++) {
      const to = ends[Math.floor(random() * ends.length)]!;
      relations.push(relation(`e${i}`, to));
      ends.push(`e${i}`, to);
    }
  }
  return relations;
}

function time<T>(work: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = work();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

function run(name: string, relations: NetworkRelation[], maxBetweenness: number): void {
  const [graph, build] = time(() => buildGraph(relations));
  const [, rank] = time(() =>
    pagerank(graph, {
      getEdgeWeight: 'weight',
      alpha: PAGERANK_ALPHA,
      tolerance: PAGERANK_TOLERANCE,
      maxIterations: 1000,
    }),
  );
  const [, communities] = time(() =>
    louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(14) }),
  );
  const between =
    graph.order <= maxBetweenness
      ? time(() => betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }))[1]
      : null;
  const total = graph.order <= maxBetweenness ? time(() => computeNetworkMeasures(relations))[1] : null;
  const ms = (value: number | null) => (value === null ? 'not run' : `${value.toFixed(0)} ms`);
  console.log(
    `${name.padEnd(12)} ${String(graph.order).padStart(7)} entities ${String(relations.length).padStart(7)} relations | build ${ms(build)} · PageRank ${ms(rank)} · Louvain ${ms(communities)} · betweenness ${ms(between)} | all measures (computeNetworkMeasures) ${ms(total)}`,
  );
}

const flag = process.argv.indexOf('--max-betweenness');
const maxBetweenness = flag >= 0 ? Number(process.argv[flag + 1]) : 20_000;
const seed = seedRelations();
computeNetworkMeasures(seed); // warm-up: JIT and module loading out of the figures
console.log(`node ${process.version}, ${new Date().toISOString()}`);
run('seed (data/)', seed, maxBetweenness);
run('synthetic', syntheticRelations(10_000), maxBetweenness);
run('synthetic', syntheticRelations(100_000), maxBetweenness);
