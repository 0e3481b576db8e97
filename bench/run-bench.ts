/**
 * `npm run bench [-- --quick [--operations nested3,...]] [-- --sizes 10k,300k,3.1m]`: for each graph size, imports the
 * synthetic graph if needed (its own Neo4j instance), starts this project's API and the peer
 * (@neo4j/graphql) over that database, and drives both, plus the raw Cypher floor, with the same
 * operations and samples, alternating after a warm-up. Writes bench/results/<date>.json and,
 * for a full run, the table in BENCHMARKS.md. Every process it starts is stopped at the end.
 * `--processes 1,2` measures one and two API processes on one Neo4j instead (bench/scale-out.ts).
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../src/config';
import { benchDatabaseFor, ImportRecord } from './bench-database';
import { parseSize, sizeLabel } from './graph-sizes';
import { cypherLoad, httpLoad, LoadFigures } from './load';
import { GraphQLRequest, OPERATIONS, samplesFor } from './operations';
import { writeBenchmarksTable, BenchResult, BenchRun, SystemFigures } from './results-file';
import { postGraphQL, rssMb, ServerProcess, startServer, stopServer } from './servers';
import { summarizeCpuProfile } from './cpu-profile-summary';
import { disableNagleOnDriverSockets } from '../src/db/socket-no-delay';
import { processCpuMs } from './process-cpu';
import { parseProcessCounts, runScaleOut } from './scale-out';
import { collectQueries } from './query-collector';

interface Options {
  quick: boolean;
  /** The operations to run (--operations a,b with --quick; all by default). */
  operations: typeof OPERATIONS;
  /** Profile both servers' CPU during each operation's measured runs (slows them: not for the table). */
  cpuProfile: boolean;
  sizes: number[];
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  connections: number;
  boltPort: number;
  oursPort: number;
  peerPort: number;
}

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535)
    throw new Error(`${name} must be an integer from 1 to 65535, got "${raw}"`);
  return value;
}

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const sizesAt = argv.indexOf('--sizes');
  const sizeArg = sizesAt >= 0 ? argv[sizesAt + 1] : undefined;
  if (sizesAt >= 0 && !sizeArg) throw new Error('--sizes needs a value, e.g. --sizes 10k,300k');
  const sizes = (sizeArg ?? (quick ? '10k' : '10k,300k,3.1m')).split(',').map(parseSize);
  const operationsAt = argv.indexOf('--operations');
  // A subset would replace a size's results in the day's file and the table: quick runs only.
  if (operationsAt >= 0 && !quick)
    throw new Error('--operations is for checking a change: use it with --quick');
  const names = operationsAt >= 0 ? (argv[operationsAt + 1] ?? '').split(',') : OPERATIONS.map((o) => o.name);
  const unknown = names.filter((name) => !OPERATIONS.some((o) => o.name === name));
  if (unknown.length > 0)
    throw new Error(
      `--operations: unknown ${unknown.join(', ')}; known: ${OPERATIONS.map((o) => o.name).join(', ')}`,
    );
  return {
    operations: OPERATIONS.filter((o) => names.includes(o.name)),
    quick,
    cpuProfile: argv.includes('--cpu-profile'),
    sizes,
    seconds: quick ? 3 : 10,
    warmupSeconds: quick ? 1 : 3,
    rounds: 2,
    connections: 8,
    boltPort: intEnv('BENCH_BOLT_PORT', 7723),
    oursPort: intEnv('BENCH_OURS_PORT', 4021),
    peerPort: intEnv('BENCH_PEER_PORT', 4022),
  };
}

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Starts both servers' profilers; the returned function stops them and summarises each profile. */
async function toggleProfilers(
  servers: ServerProcess[],
  dir: string,
): Promise<() => Promise<Record<string, ReturnType<typeof summarizeCpuProfile>>>> {
  const before = new Set(fs.readdirSync(dir));
  for (const server of servers) server.child.kill('SIGUSR2');
  return async () => {
    for (const server of servers) server.child.kill('SIGUSR2');
    const summaries: Record<string, ReturnType<typeof summarizeCpuProfile>> = {};
    for (const server of servers) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const file = fs
          .readdirSync(dir)
          .find((f) => !before.has(f) && f.startsWith(`${server.child.pid}-`) && f.endsWith('.cpuprofile'));
        if (file) {
          summaries[server.name] = summarizeCpuProfile(path.join(dir, file));
          break;
        }
        if (Date.now() > deadline) throw new Error(`${server.name} wrote no CPU profile into ${dir}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    return summaries;
  };
}

function body(request: GraphQLRequest): string {
  return JSON.stringify(request);
}

/** The first error either server gives for any sample, or null; a failing system is reported, not measured. */
async function checkAnswers(server: ServerProcess, bodies: string[]): Promise<string | null> {
  for (const b of bodies) {
    const answer = await postGraphQL(server.url, b);
    if (answer.errors?.length) return answer.errors[0]?.message ?? 'error';
  }
  return null;
}

function combine(runs: LoadFigures[]): LoadFigures {
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  // Percentiles of the runs, weighted by their requests: the runs are equally long and alike.
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

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function figures(
  load: LoadFigures,
  extra: Pick<SystemFigures, 'roundTrips' | 'rssMb' | 'cpuMsPerRequest'> = {},
): SystemFigures {
  return {
    rps: round(load.rps),
    p50Ms: round(load.p50Ms, 2),
    p99Ms: round(load.p99Ms, 2),
    requests: load.requests,
    errors: load.errors,
    ...extra,
  };
}

function perRequest(
  spent: { server: number; neo4j: number },
  runs: LoadFigures[],
): SystemFigures['cpuMsPerRequest'] {
  const requests = Math.max(
    1,
    runs.reduce((n, r) => n + r.requests, 0),
  );
  return {
    server: Number.isNaN(spent.server) ? null : round(spent.server / requests, 2),
    neo4j: round(spent.neo4j / requests, 2),
  };
}

function failedFigures(message: string): SystemFigures {
  return { rps: 0, p50Ms: NaN, p99Ms: NaN, requests: 0, errors: 1, failed: message };
}

async function benchSize(
  options: Options,
  people: number,
): Promise<{ record: ImportRecord; results: BenchResult[] }> {
  const database = benchDatabaseFor(people, options.boltPort, log);
  const servers: ServerProcess[] = [];
  let driver: Driver | null = null;
  try {
    const record = await database.start();
    const boltUri = database.instance.boltUri;
    const { user, password } = database.instance.credentials();
    const logDir = path.join(database.dir, 'logs');
    const profileDir = path.join(logDir, 'cpu-profiles');
    if (options.cpuProfile) fs.mkdirSync(profileDir, { recursive: true });
    const nodeArgs = options.cpuProfile
      ? ['-r', path.join(PROJECT_ROOT, 'dist', 'bench', 'cpu-profile-preload.js')]
      : [];
    const profileEnv: Record<string, string> = options.cpuProfile
      ? { BENCH_CPU_PROFILE_DIR: profileDir }
      : {};
    servers.push(
      await startServer(
        'ours',
        path.join(PROJECT_ROOT, 'dist', 'src', 'main.js'),
        // The server's own limit (60 s) rather than the API's default 10 s: at 3.1 million people a
        // cold top-k over the top law's 432 thousand convictions can exceed 10 s, and the peer has no limit.
        {
          NEO4J_URI: boltUri,
          NEO4J_USER: user,
          NEO4J_PASSWORD: password,
          LOAD_ON_START: 'never',
          PORT: String(options.oursPort),
          HOST: '127.0.0.1',
          NEO4J_TX_TIMEOUT_MS: '60000',
          ...profileEnv,
        },
        options.oursPort,
        logDir,
        nodeArgs,
      ),
    );
    servers.push(
      await startServer(
        'peer',
        path.join(PROJECT_ROOT, 'dist', 'bench', 'peer-server.js'),
        {
          PEER_BOLT_URI: boltUri,
          PEER_NEO4J_USER: user,
          PEER_NEO4J_PASSWORD: password,
          PEER_PORT: String(options.peerPort),
          ...profileEnv,
        },
        options.peerPort,
        logDir,
        nodeArgs,
      ),
    );
    const [ours, peer] = servers as [ServerProcess, ServerProcess];
    const neo4jStatus = await database.instance.status();
    const neo4jPid = neo4jStatus.state === 'running' ? neo4jStatus.pid : undefined;
    // The floor's driver gets the API's socket fix too (src/db/socket-no-delay.ts).
    disableNagleOnDriverSockets();
    driver = neo4j.driver(boltUri, neo4j.auth.basic(user, password), {
      maxConnectionPoolSize: 100,
      logging: { level: 'error', logger: () => {} },
    });
    const samples = await samplesFor(driver, people);
    log(
      `${sizeLabel(people)}: ${record.entities} entities, ${record.relations} relations, ${record.citations} citations; ${samples.length} samples`,
    );

    const results: BenchResult[] = [];
    for (const operation of options.operations) {
      const oursBodies = samples.map((s) => body(operation.ours(s)));
      const peerBodies = samples.map((s) => body(operation.peer(s)));
      const floorWork = samples.map((s) => operation.floor(s));
      const failed = {
        ours: await checkAnswers(ours, oursBodies),
        peer: await checkAnswers(peer, peerBodies),
      };
      for (const [system, message] of Object.entries(failed))
        if (message) log(`${sizeLabel(people)} ${operation.name}: ${system} FAILED: ${message}`);

      const oursTrips = (
        await collectQueries(driver, async () => void (await postGraphQL(ours.url, oursBodies[0] as string)))
      ).invocations;
      const peerTrips = (
        await collectQueries(driver, async () => void (await postGraphQL(peer.url, peerBodies[0] as string)))
      ).invocations;
      const reported = (await postGraphQL(ours.url, oursBodies[0] as string)).extensions?.roundTrips;

      const loadBefore = os.loadavg()[0] as number;
      const warm = options.warmupSeconds;
      if (!failed.ours) await httpLoad(ours.url, oursBodies, options.connections, warm);
      if (!failed.peer) await httpLoad(peer.url, peerBodies, options.connections, warm);
      await cypherLoad(driver, floorWork, options.connections, warm);

      const runs = { ours: [] as LoadFigures[], peer: [] as LoadFigures[], floor: [] as LoadFigures[] };
      const rss = { ours: 0, peer: 0 };
      const spent = {
        ours: { server: 0, neo4j: 0 },
        peer: { server: 0, neo4j: 0 },
        floor: { server: 0, neo4j: 0 },
      };
      const slice = options.seconds / options.rounds;
      const profiles = options.cpuProfile ? await toggleProfilers([ours, peer], profileDir) : null;
      for (let r = 0; r < options.rounds; r += 1) {
        const order: ('ours' | 'peer' | 'floor')[] =
          r % 2 === 0 ? ['ours', 'peer', 'floor'] : ['floor', 'peer', 'ours'];
        for (const system of order) {
          const serverPid = system === 'floor' ? undefined : (system === 'ours' ? ours : peer).child.pid;
          const before = { server: processCpuMs(serverPid), neo4j: processCpuMs(neo4jPid) };
          if (system === 'floor')
            runs.floor.push(await cypherLoad(driver, floorWork, options.connections, slice));
          else if (!failed[system]) {
            const server = system === 'ours' ? ours : peer;
            runs[system].push(
              await httpLoad(
                server.url,
                system === 'ours' ? oursBodies : peerBodies,
                options.connections,
                slice,
              ),
            );
            rss[system] = Math.max(rss[system], rssMb(server.child.pid));
          }
          spent[system].server += processCpuMs(serverPid) - before.server;
          spent[system].neo4j += processCpuMs(neo4jPid) - before.neo4j;
        }
      }
      const cpu = profiles ? await profiles() : null;
      const result: BenchResult = {
        name: operation.name,
        description: operation.description,
        size: people,
        quick: options.quick,
        ours: failed.ours
          ? failedFigures(failed.ours)
          : figures(combine(runs.ours), {
              roundTrips: oursTrips,
              rssMb: rss.ours,
              cpuMsPerRequest: perRequest(spent.ours, runs.ours),
            }),
        peer: failed.peer
          ? failedFigures(failed.peer)
          : figures(combine(runs.peer), {
              roundTrips: peerTrips,
              rssMb: rss.peer,
              cpuMsPerRequest: perRequest(spent.peer, runs.peer),
            }),
        floor: figures(combine(runs.floor), { cpuMsPerRequest: perRequest(spent.floor, runs.floor) }),
        oursReportedRoundTrips: typeof reported === 'number' ? reported : null,
        loadAverage: [round(loadBefore, 2), round(os.loadavg()[0] as number, 2)],
        ...(cpu ? { cpuProfile: cpu } : {}),
      };
      if (cpu)
        for (const [system, buckets] of Object.entries(cpu))
          log(`  ${system} CPU: ${buckets.map((b) => `${b.bucket} ${b.share} %`).join(', ')}`);
      results.push(result);
      const cpuText = (f: SystemFigures) =>
        f.cpuMsPerRequest
          ? ` cpu/req ${f.cpuMsPerRequest.server ?? '-'} + neo4j ${f.cpuMsPerRequest.neo4j} ms`
          : '';
      log(
        `${sizeLabel(people)} ${operation.name}: ours ${result.ours.rps} rps p50 ${result.ours.p50Ms} ms${cpuText(result.ours)} | peer ${result.peer.rps} rps p50 ${result.peer.p50Ms} ms${cpuText(result.peer)} | floor ${result.floor.rps} rps p50 ${result.floor.p50Ms} ms${cpuText(result.floor)}`,
      );
    }
    return { record, results };
  } finally {
    if (driver) await driver.close();
    for (const server of servers) await stopServer(server);
    await database.stop();
  }
}

function versionOf(pkg: string): string {
  try {
    return (
      JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  const command = argv.length > 0 ? `npm run bench -- ${argv.join(' ')}` : 'npm run bench';
  const processCounts = parseProcessCounts(argv);
  if (processCounts) {
    const { operations, sizes, seconds, warmupSeconds, connections, boltPort, oursPort, quick } = options;
    await runScaleOut(
      {
        processCounts,
        operations,
        sizes,
        seconds,
        warmupSeconds,
        connections,
        boltPort,
        firstApiPort: oursPort,
        quick,
      },
      command,
      log,
    );
    return;
  }
  const run: BenchRun = {
    date: new Date().toISOString(),
    quick: options.quick,
    command,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
    },
    versions: {
      node: process.version,
      neo4j: '',
      '@neo4j/graphql': versionOf('@neo4j/graphql'),
      '@apollo/server': versionOf('@apollo/server'),
      graphql: versionOf('graphql'),
      'type-graphql': versionOf('type-graphql'),
      'neo4j-driver': versionOf('neo4j-driver'),
      autocannon: versionOf('autocannon'),
    },
    load: {
      connections: options.connections,
      secondsPerSystem: options.seconds,
      rounds: options.rounds,
      warmupSeconds: options.warmupSeconds,
    },
    imports: [],
    results: [],
  };
  for (const people of options.sizes) {
    const { record, results } = await benchSize(options, people);
    run.versions.neo4j = record.neo4jVersion;
    run.imports.push(record);
    run.results.push(...results);
    // Written after every size, so a failure at a later size keeps what was measured.
    const file = writeBenchmarksTable(
      { ...run, imports: [record], results },
      path.join(PROJECT_ROOT, 'bench', 'results'),
      path.join(PROJECT_ROOT, 'BENCHMARKS.md'),
    );
    log(
      `results of ${sizeLabel(people)} in ${path.relative(PROJECT_ROOT, file)}${options.quick ? '' : ' and BENCHMARKS.md'}`,
    );
  }
  for (const r of run.results) {
    console.log(
      `${sizeLabel(r.size).padEnd(5)} ${r.name.padEnd(22)} throughput ours/peer ${r.peer.failed ? 'n/a (peer failed)' : `${(r.ours.rps / r.peer.rps).toFixed(2)}x`}   p50 ours/floor ${(r.ours.p50Ms / r.floor.p50Ms).toFixed(2)}x`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
