/**
 * `node dist/bench/profile-queries.js [--size 10k]`: PROFILEs, on one sample, every Cypher
 * statement the API sends for each benchmarked operation, and the floor's Cypher, printing
 * database hits, rows, server time and the operators with the most hits. For the notes in
 * BENCHMARKS.md on where the time goes. Starts and stops the size's bench instance.
 */
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../src/config';
import { cypher } from '../src/db/cypher-files';
import { cypherTemplate } from '../src/db/cypher-identifiers';
import { foldName } from '../src/domain/name-keys';
import { luceneQuery } from '../src/graph/lucene-query';
import { RELATION_PROJECTION, RELATION_PROJECTION_LEAN, typeAlternation } from '../src/graph/relation-queries';
import { BenchDatabase } from './bench-database';
import { parseSize } from './graph-sizes';
import { OPERATIONS, Sample, SAMPLES_CYPHER } from './operations';
import { personId } from './synthetic-graph';

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

function operators(plan: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(plan);
  for (const child of plan.children) operators(child, out);
  return out;
}

const int = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));

async function profile(driver: Driver, label: string, query: string, params: Record<string, unknown>): Promise<void> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    await session.run(query, int(params)); // plan cached, pages warm
    const result = await session.run(`PROFILE ${query}`, int(params));
    const plan = result.summary.profile as unknown as PlanNode;
    const all = operators(plan);
    const hits = all.reduce((n, op) => n + op.dbHits, 0);
    const top = [...all].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3).map((op) => `${op.operatorType.replace(/@.*/, '')} ${op.dbHits}`);
    const ms = result.summary.resultAvailableAfter.toNumber() + result.summary.resultConsumedAfter.toNumber();
    console.log(`  ${label.padEnd(44)} ${String(hits).padStart(9)} db hits ${String(result.records.length).padStart(4)} rows ${String(ms).padStart(6)} ms   ${top.join(', ')}`);
  } finally {
    await session.close();
  }
}

const filterless = (pattern: string) => ({ PATTERN: pattern, FILTER: '', RELATION: RELATION_PROJECTION() });
// What the API sends when the operation selects no evidence (nested3 does not).
const filterlessLean = (pattern: string) => ({ ...filterless(pattern), RELATION: RELATION_PROJECTION_LEAN() });
const page = (ids: string[], limit: number) => ({ ids, certainties: null, since: null, until: null, includeUndated: true, skip: 0, limit });

async function main(): Promise<void> {
  const at = process.argv.indexOf('--size');
  const people = parseSize(at >= 0 ? (process.argv[at + 1] ?? '') : '10k');
  const database = new BenchDatabase({ homeDir: path.join(PROJECT_ROOT, '.neo4j'), people, boltPort: Number(process.env.BENCH_BOLT_PORT ?? 7723), heap: '2g', pageCache: people > 1_000_000 ? '6g' : '2g', log: console.log });
  await database.start();
  const { user, password } = database.instance.credentials();
  const driver = neo4j.driver(database.instance.boltUri, neo4j.auth.basic(user, password), { logging: { level: 'error', logger: () => {} } });
  try {
    const session = driver.session();
    const rows = await session.run(SAMPLES_CYPHER(), { ids: Array.from({ length: 20 }, (_, k) => personId(Math.floor(people / 3) + k)) });
    await session.close();
    const record = rows.records.find((r) => r.get('partner') !== null);
    if (!record) throw new Error('no sample with a conviction and a fellow prisoner');
    const sample: Sample = { id: record.get('id'), name: record.get('name'), partner: record.get('partner') };
    console.log(`sample ${sample.id} (${sample.name}), partner ${sample.partner}`);
    const words = sample.name.split(' ');
    const text = `${words[words.length - 1]} ${words[0]}`;
    const all = typeAlternation(null);

    console.log('API statements');
    await profile(driver, 'search', cypher('search'), { lucene: luceneQuery(text), folded: foldName(text), kinds: null, candidates: 30, first: 10 });
    await profile(driver, 'entities-by-ids', cypher('entities-by-ids'), { ids: [sample.id] });
    await profile(driver, 'relations-of OUT 6 types (relationsWithEvidence)', cypherTemplate('relations-of', filterless('(e)-[r:`CONVICTED_UNDER`|`IMPRISONED_AT`|`BORN_IN`|`LIVED_AT`|`DIED_AT`|`RELATIVE_OF`]->(o)')), page([sample.id], 50));
    const lawRows = await driver.executeQuery('MATCH (:Entity {id: $id})-[:CONVICTED_UNDER]->(l) RETURN l.id AS id', { id: sample.id });
    const laws = lawRows.records.map((r) => r.get('id') as string);
    await profile(driver, 'nested3 level 1: convictions', cypherTemplate('relations-of', filterlessLean('(e)-[r:`CONVICTED_UNDER`]->(o)')), page([sample.id], 5));
    await profile(driver, `nested3 level 2: convicted (${laws.length} laws)`, cypherTemplate('relations-of', filterlessLean('(e)<-[r:`CONVICTED_UNDER`]-(o)')), page(laws, 20));
    const people20 = await driver.executeQuery('MATCH (l:Entity)<-[:CONVICTED_UNDER]-(p) WHERE l.id IN $laws RETURN p.id AS id LIMIT 20', { laws });
    await profile(driver, 'nested3 level 3: imprisonments (20 people)', cypherTemplate('relations-of', filterlessLean('(e)-[r:`IMPRISONED_AT`]->(o)')), page(people20.records.map((r) => r.get('id') as string), 5));
    await profile(driver, 'neighborhood depth 2, nodes only', cypherTemplate('neighborhood', { TYPES: all, RELATION: RELATION_PROJECTION() }), { id: sample.id, depth: 2, limit: 200, certainties: null, withEdges: false });
    await profile(driver, 'neighborhood depth 2, with edges', cypherTemplate('neighborhood', { TYPES: all, RELATION: RELATION_PROJECTION() }), { id: sample.id, depth: 2, limit: 200, certainties: null, withEdges: true });
    await profile(driver, 'shortest-paths k=1', cypherTemplate('shortest-paths', { K: '1', MAX_HOPS: '4', TYPES: all, RELATION: RELATION_PROJECTION() }), { from: sample.id, to: sample.partner });
    console.log('Floor statements');
    for (const operation of OPERATIONS) {
      const floor = operation.floor(sample);
      await profile(driver, operation.name, floor.cypher, floor.params);
    }
  } finally {
    await driver.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`profile failed: ${(error as Error).message}`);
  process.exit(1);
});
