/**
 * The benchmark's own Neo4j instances, one per graph size (.neo4j/instances/bench-<size>),
 * never the user's `default` one. A missing instance is generated and bulk-imported with
 * `neo4j-admin database import full` from the same Maven-assembled jars the server runs on;
 * the import's figures (time, store size) are kept next to it in import.json.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../src/config';
import { cypherStatements } from '../src/db/cypher-files';
import { Database } from '../src/db/database';
import { ensureAssembled } from '../src/neo4j-server/assembly';
import { LocalNeo4jInstance } from '../src/neo4j-server/local-instance';
import { requireJava } from '../src/neo4j-server/prerequisites';
import { neo4jConf } from '../src/neo4j-server/server-settings';
import { generateGraph, GENERATOR_SEED } from './synthetic-graph';
import { sizeLabel } from './graph-sizes';

/** Bumped when the generator's output changes, so older imports are rebuilt. */
const GENERATOR_VERSION = 1;

export interface ImportRecord {
  generatorVersion: number;
  seed: number;
  people: number;
  entities: number;
  relations: number;
  citations: number;
  generateMs: number;
  importMs: number;
  indexMs: number;
  storeMbAfterImport: number;
  storeMbWithIndexes: number;
  neo4jVersion: string;
  importedAt: string;
  /** False between the import and the end of index population (a run may resume there). */
  indexesOnline: boolean;
}

export interface BenchDatabaseOptions {
  homeDir: string;
  people: number;
  boltPort: number;
  heap: string;
  pageCache: string;
  log: (line: string) => void;
}

function directoryMb(dir: string): number {
  let bytes = 0;
  const walk = (p: string) => {
    for (const entry of fs.readdirSync(p, { withFileTypes: true })) {
      const full = path.join(p, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) bytes += fs.statSync(full).size;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return Math.round(bytes / (1024 * 1024));
}

export class BenchDatabase {
  readonly dir: string;
  readonly instance: LocalNeo4jInstance;
  private readonly recordFile: string;

  constructor(private readonly options: BenchDatabaseOptions) {
    this.dir = path.join(options.homeDir, 'instances', `bench-${sizeLabel(options.people)}`);
    this.recordFile = path.join(this.dir, 'import.json');
    this.instance = new LocalNeo4jInstance({
      dir: this.dir,
      boltPort: options.boltPort,
      heap: options.heap,
      pageCache: options.pageCache,
    });
  }

  /** The store files of the imported database (graph and indexes, not the transaction logs). */
  private storeMb(): number {
    return directoryMb(path.join(this.instance.dataDir, 'databases', 'neo4j'));
  }

  readRecord(): ImportRecord | null {
    try {
      const record = {
        indexesOnline: true,
        ...(JSON.parse(fs.readFileSync(this.recordFile, 'utf8')) as Partial<ImportRecord>),
      } as ImportRecord;
      return record.generatorVersion === GENERATOR_VERSION && record.people === this.options.people
        ? record
        : null;
    } catch {
      return null;
    }
  }

  /** Generates and imports the graph unless this size is already imported; then starts the server. */
  async start(): Promise<ImportRecord> {
    const assembly = ensureAssembled(this.options.homeDir, this.options.log);
    let record = this.readRecord();
    if (record === null) {
      await this.instance.stop();
      record = await this.importGraph(assembly.libDir, assembly.version);
    }
    await this.instance.start(assembly, this.options.log);
    if (!record.indexesOnline) record = await this.buildIndexes(record);
    return record;
  }

  stop(): Promise<boolean> {
    return this.instance.stop();
  }

  /** Applies cypher/schema.cypher and waits, polling, until every index is online. */
  private async buildIndexes(imported: ImportRecord): Promise<ImportRecord> {
    const { log } = this.options;
    log('Creating the constraints and indexes of cypher/schema.cypher and waiting until they are online ...');
    const began = Date.now();
    const { user, password } = this.instance.credentials();
    const db = Database.connect({
      uri: this.instance.boltUri,
      user,
      password,
      database: 'neo4j',
      transactionTimeoutMs: 50_000,
    });
    try {
      for (const statement of cypherStatements('schema')) await db.runSchemaStatement(statement);
      // Polled: the server's own transaction limit (60 s) is shorter than populating 3 million entries.
      for (;;) {
        const rows = await db.read(
          'SHOW INDEXES YIELD name, state, populationPercent RETURN name, state, populationPercent',
        );
        const pending = rows.filter((row) => row.state !== 'ONLINE');
        if (pending.some((row) => row.state === 'FAILED'))
          throw new Error(`index population failed: ${JSON.stringify(pending)}`);
        if (pending.length === 0) break;
        log(
          `  indexes populating: ${pending.map((row) => `${String(row.name)} ${Number(row.populationPercent).toFixed(0)} %`).join(', ')}`,
        );
        await new Promise((resolve) => setTimeout(resolve, 15_000));
      }
    } finally {
      await db.close();
    }
    const record: ImportRecord = {
      ...imported,
      indexMs: Date.now() - began,
      storeMbWithIndexes: this.storeMb(),
      indexesOnline: true,
    };
    log(
      `Indexes online in ${(record.indexMs / 1000).toFixed(1)} s; store with indexes ${record.storeMbWithIndexes} MB.`,
    );
    fs.writeFileSync(this.recordFile, JSON.stringify(record, null, 2));
    return record;
  }

  private async importGraph(libDir: string, version: string): Promise<ImportRecord> {
    const { people, log } = this.options;
    const csvDir = path.join(this.options.homeDir, 'bench-data', sizeLabel(people));
    log(`Generating the synthetic graph with ${people} people into ${csvDir} ...`);
    fs.rmSync(csvDir, { recursive: true, force: true });
    const graph = generateGraph(people, csvDir, log);
    log(
      `Generated ${graph.entities} entities, ${graph.relations} relations, ${graph.citations} citations in ${(graph.ms / 1000).toFixed(1)} s.`,
    );

    // Never the user's data: the import writes only below this instance's own folder.
    fs.rmSync(this.instance.dataDir, { recursive: true, force: true });
    fs.rmSync(this.recordFile, { force: true });
    for (const dir of [
      this.instance.confDir,
      this.instance.dataDir,
      this.instance.logsDir,
      this.instance.runDir,
    ])
      fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(this.instance.confDir, 'neo4j.conf'),
      neo4jConf({
        ...this.options,
        dataDir: this.instance.dataDir,
        logsDir: this.instance.logsDir,
        runDir: this.instance.runDir,
      }),
    );
    const args = [
      '-Xmx2g',
      '-cp',
      `${libDir}/*`,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      // The database name goes first: the file lists after --nodes/--relationships take any number of values.
      'neo4j',
      '--overwrite-destination=true',
      '--ignore-empty-strings=true',
      '--max-off-heap-memory=3g',
      '--threads=2',
      `--report-file=${path.join(this.instance.logsDir, 'import.report')}`,
      ...graph.nodeFiles.map((f) => `--nodes=${f.labels}=${f.file}`),
      ...graph.relationshipFiles.map((f) => `--relationships=${f.type}=${f.file}`),
    ];
    const importLog = path.join(this.instance.logsDir, 'import.log');
    log(`Importing with neo4j-admin database import full (${version}) ...`);
    const began = Date.now();
    const result = spawnSync(requireJava(), args, {
      env: { ...process.env, NEO4J_HOME: this.dir, NEO4J_CONF: this.instance.confDir },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const importMs = Date.now() - began;
    fs.writeFileSync(importLog, `${result.stdout ?? ''}${result.stderr ?? ''}`);
    if (result.status !== 0)
      throw new Error(`neo4j-admin import failed (exit ${result.status ?? result.signal}); see ${importLog}`);
    const storeMbAfterImport = this.storeMb();
    log(`Imported in ${(importMs / 1000).toFixed(1)} s; store ${storeMbAfterImport} MB.`);

    const record: ImportRecord = {
      generatorVersion: GENERATOR_VERSION,
      seed: GENERATOR_SEED,
      people,
      entities: graph.entities,
      relations: graph.relations,
      citations: graph.citations,
      generateMs: graph.ms,
      importMs,
      indexMs: 0,
      storeMbAfterImport,
      storeMbWithIndexes: 0,
      neo4jVersion: version,
      importedAt: new Date().toISOString(),
      indexesOnline: false,
    };
    fs.writeFileSync(this.recordFile, JSON.stringify(record, null, 2));
    fs.rmSync(csvDir, { recursive: true, force: true });
    return record;
  }
}

/**
 * The instance of one size, sized for it: under NEO4J_HOME_DIR like every local server (so a
 * worktree can share an assembled distribution), with memory for the larger graphs.
 */
export function benchDatabaseFor(
  people: number,
  boltPort: number,
  log: (line: string) => void,
): BenchDatabase {
  const big = people > 1_000_000;
  return new BenchDatabase({
    homeDir: readConfig().local.homeDir,
    people,
    boltPort,
    heap: big ? '2g' : '1g',
    pageCache: big ? '6g' : people > 100_000 ? '2g' : '512m',
    log,
  });
}
