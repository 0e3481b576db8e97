/**
 * `npm run probe`: the adversarial probes of issue 12, rerun. Starts its own Neo4j (instance
 * probes-<port>, emptied and loaded with data/) and its own API on loopback with an editor
 * token, then runs each abusive category in turn while a victim client looks up an entity in a
 * loop. Prints a table and writes bench/results/probes-<date>.json: per category the requests
 * sent, the answers by HTTP status and error code, the victim's latency against its baseline,
 * and the API's peak RSS. Exits 1 if any answer is an HTTP 500 or INTERNAL_SERVER_ERROR, or the
 * API process dies: finding those is what the rerun is for.
 *
 * Environment: PROBE_BOLT_PORT (7751), PROBE_API_PORT (4751), PROBE_SECONDS per timed category
 * (8), PROBE_NEO4J_HEAP / PROBE_NEO4J_PAGECACHE (768m / 256m).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { issueToken, tokenConfigEntry } from '../src/auth/api-tokens';
import { PROJECT_ROOT } from '../src/config';
import { ProbeCategory, ProbeContext } from './probe-category';
import { ProbeDatabase, startProbeDatabase } from './probe-database';
import { ProbeClient } from './probe-http';
import { LOAD_CATEGORIES } from './probe-load-categories';
import { RssSampler } from './probe-memory';
import { REFUSAL_CATEGORIES } from './probe-refusal-categories';
import { SLOW_CLIENT_CATEGORIES } from './probe-slow-clients';
import { TallyFigures } from './probe-tally';
import { Victim, VictimFigures } from './probe-victim';
import { ServerProcess, startServer, stopServer } from './servers';

const CATEGORIES: ProbeCategory[] = [...LOAD_CATEGORIES, ...REFUSAL_CATEGORIES, ...SLOW_CLIENT_CATEGORIES];
const VICTIM_ENTITY = 'person:nika-poliakov';

interface CategoryResult extends TallyFigures {
  name: string;
  parameters: string;
  victim: VictimFigures;
  rssPeakMb: number;
  notes?: Record<string, unknown>;
  /** Set when the category itself could not run to its end. */
  error?: string;
}

const log = (line: string) => console.log(`[probe ${new Date().toISOString().slice(11, 19)}] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setting(name: string, fallback: string, pattern: RegExp): string {
  const value = process.env[name] ?? fallback;
  if (!pattern.test(value)) throw new Error(`${name} must match ${pattern}, got "${value}"`);
  return value;
}

/** The relation the flood writes to (Leo Klejn's first), with a citation of it to repeat. */
async function floodTarget(client: ProbeClient): Promise<ProbeContext['flooded']> {
  const answer = await client.graphql(
    '{ relations(of: "person:leo-klejn", first: 1) { nodes { id version evidence(first: 1) { quote source { id } } } } }',
  );
  const node = (
    JSON.parse(answer.text) as {
      data?: {
        relations: {
          nodes: { id: string; version: number; evidence: { quote: string; source: { id: string } }[] }[];
        };
      };
    }
  ).data?.relations.nodes[0];
  const citation = node?.evidence[0];
  if (!node || !citation)
    throw new Error(`no relation of person:leo-klejn with evidence to flood: ${answer.text.slice(0, 300)}`);
  return { id: node.id, version: node.version, source: citation.source.id, quote: citation.quote };
}

async function relationTypes(client: ProbeClient): Promise<string[]> {
  const answer = await client.graphql('{ __type(name: "RelationType") { enumValues { name } } }');
  return (
    JSON.parse(answer.text) as { data: { __type: { enumValues: { name: string }[] } } }
  ).data.__type.enumValues.map((v) => v.name);
}

/** Stack frames the API printed: the original 5,000-deep variable left one in the log. */
function stackFrames(logFile: string): number {
  try {
    return fs
      .readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((line) => /^\s+at .+\(.+:\d+:\d+\)$/.test(line)).length;
  } catch {
    return 0;
  }
}

const summary = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');

function printTable(baseline: VictimFigures, results: CategoryResult[]): void {
  console.log(
    `\nvictim lookups alone: p50 ${baseline.p50Ms} ms, p95 ${baseline.p95Ms} ms, max ${baseline.maxMs} ms (${baseline.lookups} lookups)\n`,
  );
  console.log(
    [
      'category'.padEnd(34),
      'sent'.padStart(5),
      '  victim p50 / p95 ms'.padEnd(24),
      'RSS peak',
      '  answers',
    ].join(' '),
  );
  for (const r of results) {
    const victim = `${r.victim.p50Ms} / ${r.victim.p95Ms}`.padEnd(22);
    console.log(
      `${r.name.padEnd(34)} ${String(r.sent).padStart(5)}   ${victim} ${String(r.rssPeakMb).padStart(5)} MB   ${summary(r.byStatus)}${Object.keys(r.byCode).length ? ` | ${summary(r.byCode)}` : ''}${r.error ? ` | ERROR ${r.error}` : ''}`,
    );
    if (r.notes) console.log(`${''.padEnd(42)}${JSON.stringify(r.notes)}`);
  }
}

async function main(): Promise<number> {
  const boltPort = Number(setting('PROBE_BOLT_PORT', '7751', /^\d{2,5}$/));
  const apiPort = Number(setting('PROBE_API_PORT', '4751', /^\d{2,5}$/));
  const seconds = Number(setting('PROBE_SECONDS', '8', /^\d{1,3}$/));
  const heap = setting('PROBE_NEO4J_HEAP', '768m', /^\d+[kmg]$/i);
  const pageCache = setting('PROBE_NEO4J_PAGECACHE', '256m', /^\d+[kmg]$/i);
  const began = Date.now();
  const loadBefore = os.loadavg()[0] as number;

  let database: ProbeDatabase | null = null;
  let server: ServerProcess | null = null;
  let driver: Driver | null = null;
  let sampler: RssSampler | null = null;
  const clients: ProbeClient[] = [];
  try {
    database = await startProbeDatabase(boltPort, heap, pageCache, log);
    const { instance, credentials } = database;
    const editorToken = issueToken();
    const logDir = path.join(instance.logsDir, 'api');
    server = await startServer(
      'api',
      path.join(PROJECT_ROOT, 'dist', 'src', 'main.js'),
      {
        NEO4J_URI: instance.boltUri,
        NEO4J_USER: credentials.user,
        NEO4J_PASSWORD: credentials.password,
        LOAD_ON_START: 'never',
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        API_TOKENS: tokenConfigEntry('probe-editor', 'editor', editorToken),
      },
      apiPort,
      logDir,
    );
    log(
      `API ready at ${server.url} (pid ${server.child.pid}); log ${path.relative(PROJECT_ROOT, server.logFile)}`,
    );
    const apiUrl = new URL(server.url);
    const victimClient = new ProbeClient(apiUrl, '127.0.0.2', 1);
    const attacker = new ProbeClient(apiUrl, '127.0.0.3', 32);
    clients.push(victimClient, attacker);
    driver = neo4j.driver(instance.boltUri, neo4j.auth.basic(credentials.user, credentials.password), {
      logging: { level: 'error', logger: () => {} },
    });
    const context: ProbeContext = {
      apiUrl,
      attacker,
      editorToken,
      seconds,
      flooded: await floodTarget(attacker),
      relationTypes: await relationTypes(attacker),
      driver,
    };
    const victim = new Victim(victimClient, VICTIM_ENTITY);

    await victim.during(sleep(2000)); // warm-up: the first lookups plan and compile
    sampler = new RssSampler(server.child.pid);
    const rssBefore = sampler.takePeak();
    log(`baseline: the victim alone for ${seconds} s (API RSS ${rssBefore} MB)`);
    const baseline = await victim.during(sleep(seconds * 1000));
    sampler.takePeak();

    const results: CategoryResult[] = [];
    let failures = 0;
    for (const category of CATEGORIES) {
      log(`${category.name}: ${category.parameters}`);
      const work = category.run(context);
      const victimFigures = await victim.during(work);
      const outcome = await work.then(
        (o) => o,
        (error: unknown) => ({ error: (error as Error).message }),
      );
      const rssPeakMb = sampler.takePeak();
      if ('error' in outcome) {
        failures += 1;
        results.push({
          name: category.name,
          parameters: category.parameters,
          sent: 0,
          byStatus: {},
          byCode: {},
          largestAnswerBytes: 0,
          failures: [],
          victim: victimFigures,
          rssPeakMb,
          error: outcome.error,
        });
      } else {
        failures += outcome.tally.failed;
        results.push({
          name: category.name,
          parameters: category.parameters,
          ...outcome.tally.result(),
          victim: victimFigures,
          rssPeakMb,
          ...(outcome.notes ? { notes: outcome.notes } : {}),
        });
      }
      if (server.child.exitCode !== null || server.child.signalCode !== null) {
        failures += 1;
        log(
          `the API process died (exit ${server.child.exitCode}, signal ${server.child.signalCode}) during ${category.name}; see ${server.logFile}`,
        );
        break;
      }
    }
    await sleep(3000);
    const rssAfter = sampler.sample();
    const run = {
      date: new Date().toISOString(),
      command: 'npm run probe',
      durationS: Math.round((Date.now() - began) / 1000),
      machine: {
        cpus: os.cpus().length,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        loadAverage1m: [
          Math.round(loadBefore * 100) / 100,
          Math.round((os.loadavg()[0] as number) * 100) / 100,
        ],
      },
      settings: {
        secondsPerTimedCategory: seconds,
        neo4j: { version: database.neo4jVersion, heap, pageCache },
        apiLimits: 'defaults (README "Limits and security")',
      },
      victim: { lookup: `entity(id: "${VICTIM_ENTITY}") { name }`, baseline },
      apiRssMb: { before: rssBefore, peak: sampler.peak, after: rssAfter },
      apiLogStackFrames: stackFrames(server.logFile),
      failures,
      categories: results,
    };
    const file = path.join(PROJECT_ROOT, 'bench', 'results', `probes-${run.date.slice(0, 10)}.json`);
    fs.writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
    printTable(baseline, results);
    console.log(
      `\nAPI RSS before ${rssBefore} MB, peak ${sampler.peak} MB, after ${rssAfter} MB; stack frames in the API log: ${run.apiLogStackFrames}; ${run.durationS} s in all`,
    );
    console.log(`written to ${path.relative(PROJECT_ROOT, file)}`);
    for (const r of results)
      for (const failure of r.failures) console.log(`FAILURE in ${r.name}: ${failure}`);
    if (failures > 0)
      console.log(
        `${failures} answers were HTTP 500 / INTERNAL_SERVER_ERROR, a category failed, or the API died`,
      );
    return failures > 0 ? 1 : 0;
  } finally {
    sampler?.stop();
    for (const client of clients) client.close();
    if (driver) await driver.close();
    if (server) await stopServer(server);
    if (database) await database.instance.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`probe failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
