/**
 * The benchmark's record: bench/results/<date>.json (merged by size, so sizes may be run one
 * at a time on a day) and, for full runs, the generated tables in BENCHMARKS.md between the
 * bench:results markers. The hand-written notes around the markers are left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ImportRecord } from './bench-database';
import { sizeLabel } from './graph-sizes';

export interface SystemFigures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  roundTrips?: number;
  rssMb?: number;
  /** CPU ms per request during the measured runs: the system's server process (none for the floor) and Neo4j. */
  cpuMsPerRequest?: { server: number | null; neo4j: number };
  /** The error the system gave for a sample: then it was not measured. */
  failed?: string;
}

export interface BenchResult {
  name: string;
  description: string;
  size: number;
  quick: boolean;
  ours: SystemFigures;
  peer: SystemFigures;
  floor: SystemFigures;
  oursReportedRoundTrips: number | null;
  /** The machine's 1-minute load average before and after the operation (other work shares it). */
  loadAverage: [number, number];
  /** With --cpu-profile: where each server's CPU time went during the measured runs. */
  cpuProfile?: Record<string, { bucket: string; ms: number; share: number }[]>;
}

export interface BenchRun {
  date: string;
  quick: boolean;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; os: string };
  versions: Record<string, string>;
  load: { connections: number; secondsPerSystem: number; rounds: number; warmupSeconds: number };
  imports: ImportRecord[];
  results: BenchResult[];
  commands?: Record<string, string>;
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Keeps what an earlier run of the same day measured at the sizes this run did not. */
function merge(previous: BenchRun | null, run: BenchRun): BenchRun {
  const when = `\`${run.command}\`, ${run.date.slice(0, 16).replace('T', ' ')} UTC`;
  if (!previous)
    return {
      ...run,
      commands: {
        ...(run.commands ?? {}),
        ...Object.fromEntries(run.imports.map((i) => [sizeLabel(i.people), when])),
      },
    };
  const sizes = new Set(run.imports.map((i) => i.people));
  const commands = { ...(previous.commands ?? {}) };
  for (const size of sizes) commands[sizeLabel(size)] = run.commands?.[sizeLabel(size)] ?? when;
  return {
    ...run,
    imports: [...previous.imports.filter((i) => !sizes.has(i.people)), ...run.imports].sort(
      (a, b) => a.people - b.people,
    ),
    results: [...previous.results.filter((r) => !sizes.has(r.size)), ...run.results].sort(
      (a, b) => a.size - b.size,
    ),
    commands,
  };
}

const x = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

function tables(run: BenchRun): string {
  const lines: string[] = [];
  lines.push(
    `Measured on ${run.machine.cpus} × ${run.machine.cpuModel}, ${run.machine.memoryGb} GiB, ${run.machine.os}.`,
  );
  lines.push(
    `Versions: ${Object.entries(run.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
  );
  lines.push(
    `Load: ${run.load.connections} connections on loopback, ${run.load.secondsPerSystem} s per system and operation in ${run.load.rounds} alternating rounds after ${run.load.warmupSeconds} s warm-up each.`,
  );
  lines.push('', 'Commands:', '');
  for (const [size, command] of Object.entries(run.commands ?? {})) lines.push(`- ${size}: ${command}`);
  lines.push('', '### Graphs', '');
  lines.push(
    '| size | people | entities | relations | citations | generate | import (neo4j-admin) | indexes online | store after import | store with indexes |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const i of run.imports) {
    lines.push(
      `| ${sizeLabel(i.people)} | ${i.people} | ${i.entities} | ${i.relations} | ${i.citations} | ${(i.generateMs / 1000).toFixed(1)} s | ${(i.importMs / 1000).toFixed(1)} s | ${(i.indexMs / 1000).toFixed(1)} s | ${i.storeMbAfterImport} MB | ${i.storeMbWithIndexes} MB |`,
    );
  }
  lines.push('', '### Operations', '');
  lines.push(
    '| operation | size | machine load (1 min) | ours rps | peer rps | ours/peer | ours p50 / p99 ms | peer p50 / p99 ms | floor rps | floor p50 / p99 ms | ours p50 / floor p50 | round trips ours / peer | RSS MB ours / peer |',
  );
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const names = [...new Set(run.results.map((r) => r.name))];
  const failures: string[] = [];
  for (const name of names) {
    for (const r of run.results.filter((res) => res.name === name)) {
      for (const system of ['ours', 'peer'] as const) {
        if (r[system].failed)
          failures.push(
            `- ${r.name} at ${sizeLabel(r.size)}: ${system} failed (not measured): ${r[system].failed}`,
          );
      }
      const cell = (f: SystemFigures, value: unknown) => (f.failed ? 'failed' : String(value));
      lines.push(
        `| ${r.name} | ${sizeLabel(r.size)} | ${r.loadAverage ? r.loadAverage.join(' → ') : 'n/a'} | ${cell(r.ours, r.ours.rps)} | ${cell(r.peer, r.peer.rps)} | ${r.ours.failed || r.peer.failed ? 'n/a' : x(r.ours.rps, r.peer.rps)} | ${cell(r.ours, `${r.ours.p50Ms} / ${r.ours.p99Ms}`)} | ${cell(r.peer, `${r.peer.p50Ms} / ${r.peer.p99Ms}`)} | ${r.floor.rps} | ${r.floor.p50Ms} / ${r.floor.p99Ms} | ${r.ours.failed ? 'n/a' : x(r.ours.p50Ms, r.floor.p50Ms)} | ${cell(r.ours, r.ours.roundTrips)} / ${cell(r.peer, r.peer.roundTrips)} | ${cell(r.ours, r.ours.rssMb)} / ${cell(r.peer, r.peer.rssMb)} |`,
      );
    }
  }
  if (failures.length > 0) lines.push('', ...failures);
  const measured = run.results.filter((r) => r.ours.cpuMsPerRequest || r.peer.cpuMsPerRequest);
  if (measured.length > 0) {
    // Throughput on two shared cores is bounded by the CPU all processes spend per request.
    lines.push('', '### CPU per request (ms, from /proc during the measured runs)', '');
    lines.push('| operation | size | ours: server + Neo4j | peer: server + Neo4j | floor: Neo4j |');
    lines.push('| --- | --- | ---: | ---: | ---: |');
    const cpu = (f: SystemFigures) =>
      f.failed || !f.cpuMsPerRequest
        ? 'n/a'
        : f.cpuMsPerRequest.server === null
          ? `${f.cpuMsPerRequest.neo4j}`
          : `${f.cpuMsPerRequest.server} + ${f.cpuMsPerRequest.neo4j}`;
    for (const r of measured)
      lines.push(`| ${r.name} | ${sizeLabel(r.size)} | ${cpu(r.ours)} | ${cpu(r.peer)} | ${cpu(r.floor)} |`);
  }
  const sizes = run.imports.map((i) => i.people);
  if (sizes.length > 1) {
    lines.push('', '### Lookups across sizes (ours, p50 ms)', '');
    lines.push(`| operation | ${sizes.map(sizeLabel).join(' | ')} | largest / smallest |`);
    lines.push(`| --- | ${sizes.map(() => '---:').join(' | ')} | ---: |`);
    for (const name of names) {
      const bySize = sizes.map(
        (s) => run.results.find((r) => r.name === name && r.size === s)?.ours.p50Ms ?? NaN,
      );
      lines.push(
        `| ${name} | ${bySize.join(' | ')} | ${x(bySize[bySize.length - 1] as number, bySize[0] as number)} |`,
      );
    }
  }
  return lines.join('\n');
}

export function writeBenchmarksTable(run: BenchRun, resultsDir: string, benchmarksFile: string): string {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${run.date.slice(0, 10)}${run.quick ? '-quick' : ''}.json`);
  let previous: BenchRun | null = null;
  try {
    previous = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchRun;
  } catch {
    previous = null;
  }
  const merged = merge(previous, run);
  fs.writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  if (!run.quick) {
    const text = fs.existsSync(benchmarksFile)
      ? fs.readFileSync(benchmarksFile, 'utf8')
      : `# Benchmarks\n\n${START}\n${END}\n`;
    const begin = text.indexOf(START);
    const end = text.indexOf(END);
    if (begin < 0 || end < begin) throw new Error(`${benchmarksFile} lacks the ${START} ... ${END} markers`);
    // The table shows every size at its latest full run, which may span days.
    const files = fs
      .readdirSync(resultsDir)
      .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
      .sort();
    let latest: BenchRun | null = null;
    for (const f of files)
      latest = merge(latest, JSON.parse(fs.readFileSync(path.join(resultsDir, f), 'utf8')) as BenchRun);
    const source = `Source: ${files.map((f) => `\`bench/results/${f}\``).join(', ')} (each size at its latest run).`;
    fs.writeFileSync(
      benchmarksFile,
      `${text.slice(0, begin + START.length)}\n${source}\n\n${tables(latest ?? merged)}\n${text.slice(end)}`,
    );
  }
  return file;
}
