/**
 * `node dist/bench/profile-queries.js [--size 10k]`: PROFILEs, on one sample, the Cypher
 * statement the API sends for each benchmarked operation (caught by running the operation
 * through the real Apollo server in this process), and the floor's Cypher, printing database
 * hits, rows, server time and the operators with the most hits. For the notes in
 * BENCHMARKS.md on where the time goes. Starts and stops the size's bench instance.
 * `--show` also prints each API statement's text and parameters.
 */
import 'reflect-metadata';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../src/config';
import { Database } from '../src/db/database';
import { createRequestContext } from '../src/graphql/context';
import { buildApolloServer } from '../src/server/build-server';
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
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]),
  );

async function profile(
  driver: Driver,
  label: string,
  query: string,
  params: Record<string, unknown>,
): Promise<void> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    await session.run(query, int(params)); // plan cached, pages warm
    const result = await session.run(`PROFILE ${query}`, int(params));
    const plan = result.summary.profile as unknown as PlanNode;
    const all = operators(plan);
    const hits = all.reduce((n, op) => n + op.dbHits, 0);
    const top = [...all]
      .sort((a, b) => b.dbHits - a.dbHits)
      .slice(0, 3)
      .map((op) => `${op.operatorType.replace(/@.*/, '')} ${op.dbHits}`);
    const ms = result.summary.resultAvailableAfter.toNumber() + result.summary.resultConsumedAfter.toNumber();
    console.log(
      `  ${label.padEnd(44)} ${String(hits).padStart(9)} db hits ${String(result.records.length).padStart(4)} rows ${String(ms).padStart(6)} ms   ${top.join(', ')}`,
    );
  } finally {
    await session.close();
  }
}

/** The statements the API runs for an operation, as sent (text and parameters). */
async function apiStatements(
  credentials: { uri: string; user: string; password: string },
  request: { query: string; variables: Record<string, unknown> },
): Promise<{ query: string; params: Record<string, unknown> }[]> {
  const db = Database.connect({ ...credentials, database: 'neo4j', transactionTimeoutMs: 60_000 });
  const server = buildApolloServer();
  await server.start();
  const sent: { query: string; params: Record<string, unknown> }[] = [];
  const read = db.read.bind(db);
  db.read = (query, params = {}, counter) => {
    sent.push({ query, params });
    return read(query, params, counter);
  };
  try {
    const response = await server.executeOperation(request, { contextValue: createRequestContext(db) });
    if (response.body.kind === 'single' && response.body.singleResult.errors)
      throw new Error(JSON.stringify(response.body.singleResult.errors));
    return sent;
  } finally {
    await server.stop();
    await db.close();
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--size');
  const people = parseSize(at >= 0 ? (process.argv[at + 1] ?? '') : '10k');
  const database = new BenchDatabase({
    homeDir: path.join(PROJECT_ROOT, '.neo4j'),
    people,
    boltPort: Number(process.env.BENCH_BOLT_PORT ?? 7723),
    heap: '2g',
    pageCache: people > 1_000_000 ? '6g' : '2g',
    log: console.log,
  });
  await database.start();
  const { user, password } = database.instance.credentials();
  const driver = neo4j.driver(database.instance.boltUri, neo4j.auth.basic(user, password), {
    logging: { level: 'error', logger: () => {} },
  });
  try {
    const session = driver.session();
    const rows = await session.run(SAMPLES_CYPHER(), {
      ids: Array.from({ length: 20 }, (_, k) => personId(Math.floor(people / 3) + k)),
    });
    await session.close();
    const record = rows.records.find((r) => r.get('partner') !== null);
    if (!record) throw new Error('no sample with a conviction and a fellow prisoner');
    const sample: Sample = { id: record.get('id'), name: record.get('name'), partner: record.get('partner') };
    console.log(`sample ${sample.id} (${sample.name}), partner ${sample.partner}`);
    console.log('API statements');
    for (const operation of OPERATIONS) {
      const statements = await apiStatements(
        { uri: database.instance.boltUri, user, password },
        operation.ours(sample),
      );
      for (const [i, statement] of statements.entries()) {
        if (process.argv.includes('--show'))
          console.log(`${statement.query}\n  ${JSON.stringify(statement.params)}`);
        await profile(
          driver,
          `${operation.name}${statements.length > 1 ? ` #${i + 1}` : ''}`,
          statement.query,
          statement.params,
        );
      }
    }
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
