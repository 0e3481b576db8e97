/**
 * `npm run bench -- --processes 1,2 [--sizes 300k,3.1m] [--quick]`: this project's API as one,
 * then two (or more) processes on the same Neo4j instance, each operation driven with the same
 * total connections split evenly across the processes. Reports, per process count, throughput
 * and the CPU spent per request in the API processes (together) and in Neo4j, so a reader can
 * tell whether a second process adds throughput or only moves the bottleneck to the database.
 * On one small machine both compete for the same cores: the figures say how the work divides,
 * not what a machine with a core per process would reach. Writes bench/results/<date>-processes.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../src/config';
import { benchDatabaseFor } from './bench-database';
import { sizeLabel } from './graph-sizes';
import { httpLoad, LoadFigures } from './load';
import { Operation, samplesFor } from './operations';
import { processCpuMs } from './process-cpu';
import { postGraphQL, ServerProcess, startServer, stopServer } from './servers';

export interface ScaleOutOptions {
  processCounts: number[];
  sizes: number[];
  operations: Operation[];
  seconds: number;
  warmupSeconds: number;
  connections: number;
  boltPort: number;
  /** The first process listens here, the next on the port after it, and so on. */
  firstApiPort: number;
  quick: boolean;
}

export interface ScaleOutResult {
  size: number;
  operation: string;
  processes: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  /** CPU ms per request: all API processes together, and Neo4j. */
  cpuMsPerRequest: { api: number; neo4j: number };
  loadAverage: [number, number];
}

/** `--processes 1,2`: how many API processes to measure, in order. */
export function parseProcessCounts(argv: string[]): number[] | null {
  const at = argv.indexOf('--processes');
  if (at < 0) return null;
  const counts = (argv[at + 1] ?? '').split(',').map(Number);
  if (counts.length === 0 || counts.some((n) => !Number.isInteger(n) || n < 1 || n > 8))
    throw new Error(
      `--processes needs counts from 1 to 8, e.g. --processes 1,2; got "${argv[at + 1] ?? ''}"`,
    );
  return counts;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The same bodies from every process at once, the connections split between them. */
async function loadAcross(
  servers: ServerProcess[],
  bodies: string[],
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  const share = Math.max(1, Math.floor(connections / servers.length));
  const runs = await Promise.all(servers.map((server) => httpLoad(server.url, bodies, share, seconds)));
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const weighted = (key: 'p50Ms' | 'p99Ms') =>
    runs.reduce((n, r) => n + r[key] * r.requests, 0) / Math.max(1, requests);
  return {
    requests,
    seconds,
    rps: requests / seconds,
    p50Ms: weighted('p50Ms'),
    p99Ms: weighted('p99Ms'),
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
}

async function measureSize(
  options: ScaleOutOptions,
  people: number,
  log: (line: string) => void,
): Promise<ScaleOutResult[]> {
  const database = benchDatabaseFor(people, options.boltPort, log);
  await database.start();
  const { user, password } = database.instance.credentials();
  const status = await database.instance.status();
  const neo4jPid = status.state === 'running' ? status.pid : undefined;
  const driver = neo4j.driver(database.instance.boltUri, neo4j.auth.basic(user, password), {
    logging: { level: 'error', logger: () => {} },
  });
  const results: ScaleOutResult[] = [];
  try {
    const samples = await samplesFor(driver, people);
    for (const count of options.processCounts) {
      const servers: ServerProcess[] = [];
      try {
        for (let i = 0; i < count; i += 1) {
          const port = options.firstApiPort + i;
          const env = {
            NEO4J_URI: database.instance.boltUri,
            NEO4J_USER: user,
            NEO4J_PASSWORD: password,
            LOAD_ON_START: 'never',
            PORT: String(port),
            HOST: '127.0.0.1',
            NEO4J_TX_TIMEOUT_MS: '60000',
          };
          servers.push(
            await startServer(
              `api-${i + 1}`,
              path.join(PROJECT_ROOT, 'dist', 'src', 'main.js'),
              env,
              port,
              path.join(database.dir, 'logs'),
              [],
            ),
          );
        }
        for (const operation of options.operations) {
          const bodies = samples.map((s) => JSON.stringify(operation.ours(s)));
          const answer = await postGraphQL(servers[0]!.url, bodies[0]!);
          if (answer.errors?.length) throw new Error(`${operation.name} fails: ${answer.errors[0]?.message}`);
          await loadAcross(servers, bodies, options.connections, options.warmupSeconds);
          const loadBefore = os.loadavg()[0] as number;
          const apiCpu = () => servers.reduce((n, s) => n + processCpuMs(s.child.pid), 0);
          const before = { api: apiCpu(), neo4j: processCpuMs(neo4jPid) };
          const load = await loadAcross(servers, bodies, options.connections, options.seconds);
          const spent = { api: apiCpu() - before.api, neo4j: processCpuMs(neo4jPid) - before.neo4j };
          const requests = Math.max(1, load.requests);
          const result: ScaleOutResult = {
            size: people,
            operation: operation.name,
            processes: count,
            rps: round(load.rps, 1),
            p50Ms: round(load.p50Ms),
            p99Ms: round(load.p99Ms),
            requests: load.requests,
            errors: load.errors,
            cpuMsPerRequest: { api: round(spent.api / requests), neo4j: round(spent.neo4j / requests) },
            loadAverage: [round(loadBefore), round(os.loadavg()[0] as number)],
          };
          results.push(result);
          log(
            `${sizeLabel(people)} ${operation.name} x${count}: ${result.rps} rps p50 ${result.p50Ms} ms, cpu/req api ${result.cpuMsPerRequest.api} + neo4j ${result.cpuMsPerRequest.neo4j} ms, errors ${result.errors}`,
          );
        }
      } finally {
        for (const server of servers) await stopServer(server);
      }
    }
  } finally {
    await driver.close();
    await database.stop();
  }
  return results;
}

export async function runScaleOut(
  options: ScaleOutOptions,
  command: string,
  log: (line: string) => void,
): Promise<void> {
  const results: ScaleOutResult[] = [];
  const dir = path.join(PROJECT_ROOT, 'bench', 'results');
  const file = path.join(
    dir,
    `${new Date().toISOString().slice(0, 10)}-processes${options.quick ? '-quick' : ''}.json`,
  );
  for (const people of options.sizes) {
    results.push(...(await measureSize(options, people, log)));
    // Written after every size, so a failure at a later size keeps what was measured.
    fs.mkdirSync(dir, { recursive: true });
    const machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
    };
    fs.writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), command, machine, connections: options.connections, seconds: options.seconds, results }, null, 2)}\n`,
    );
  }
  console.log('size  operation              processes  rps      p50 ms  cpu/req api  cpu/req neo4j  errors');
  for (const r of results) {
    console.log(
      `${sizeLabel(r.size).padEnd(5)} ${r.operation.padEnd(22)} ${String(r.processes).padEnd(10)} ${String(r.rps).padEnd(8)} ${String(r.p50Ms).padEnd(7)} ${String(r.cpuMsPerRequest.api).padEnd(12)} ${String(r.cpuMsPerRequest.neo4j).padEnd(14)} ${r.errors}`,
    );
  }
  console.log(`results in ${path.relative(PROJECT_ROOT, file)}`);
}
