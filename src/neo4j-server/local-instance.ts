/**
 * One local Neo4j server process: its folder under the project's .neo4j/, its config, its pid
 * file, and starting, stopping and reporting on it. `npm start`, `npm run db:*` and the test
 * setup all go through this class, so they agree on what "running" means.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j, { AuthToken } from 'neo4j-driver';
import { CredentialsRefused, waitForBolt } from '../db/connectivity';
import { Assembly } from './assembly';
import { writeInitialPassword } from './initial-password';
import { ensureInstancePassword, LocalCredentials, readInstancePassword } from './instance-password';
import { requireJava } from './prerequisites';
import { jvmFlags, neo4jConf } from './server-settings';
import { requireWritableFolders } from './writable-folders';

export interface InstanceOptions {
  /** The instance's own folder (0700): conf/, data/, logs/, run/, the pid and password files. */
  dir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
}

interface PidRecord {
  pid: number;
  boltPort: number;
  version: string;
  startedAt: string;
}

export type InstanceState =
  | { state: 'running'; pid: number; boltUri: string; ready: boolean }
  | { state: 'stopped'; staleWithPid?: number };

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A recycled pid belongs to some other program; only a Neo4j entry point counts.
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.neo4j.server.CommunityEntryPoint');
  } catch {
    return true;
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export class LocalNeo4jInstance {
  readonly confDir: string;
  readonly dataDir: string;
  readonly logsDir: string;
  readonly runDir: string;
  private readonly pidFile: string;
  private readonly consoleLog: string;

  constructor(private readonly options: InstanceOptions) {
    this.confDir = path.join(options.dir, 'conf');
    this.dataDir = path.join(options.dir, 'data');
    this.logsDir = path.join(options.dir, 'logs');
    this.runDir = path.join(options.dir, 'run');
    this.pidFile = path.join(options.dir, 'neo4j.pid.json');
    this.consoleLog = path.join(this.logsDir, 'console.log');
  }

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  /** The `neo4j` user and the password this instance's server was given (the file must exist). */
  credentials(): LocalCredentials {
    return readInstancePassword(this.options.dir);
  }

  /** The credentials and the driver's login for them, made on the instance's first start. */
  private login(): { credentials: LocalCredentials; auth: AuthToken } {
    const credentials = ensureInstancePassword(this.options.dir);
    return { credentials, auth: neo4j.auth.basic(credentials.user, credentials.password) };
  }

  private readPid(): PidRecord | null {
    try {
      return JSON.parse(fs.readFileSync(this.pidFile, 'utf8')) as PidRecord;
    } catch {
      return null;
    }
  }

  async status(): Promise<InstanceState> {
    const record = this.readPid();
    if (!record) return { state: 'stopped' };
    if (!processAlive(record.pid)) return { state: 'stopped', staleWithPid: record.pid };
    const boltUri = `bolt://127.0.0.1:${record.boltPort}`;
    return { state: 'running', pid: record.pid, boltUri, ready: await portInUse(record.boltPort) };
  }

  /** Starts the server unless this instance already runs; resolves once Bolt answers. */
  async start(
    assembly: Assembly,
    log: (line: string) => void = () => {},
  ): Promise<{ started: boolean; ms: number }> {
    const began = Date.now();
    const current = await this.status();
    if (current.state === 'running') {
      const { credentials, auth } = this.login();
      await waitForBolt(current.boltUri, START_TIMEOUT_MS, undefined, auth).catch((error: unknown) => {
        throw this.passwordRefused(error, credentials) ?? error;
      });
      return { started: false, ms: Date.now() - began };
    }
    const java = requireJava();
    if (await portInUse(this.options.boltPort)) {
      throw new Error(
        `Port ${this.options.boltPort} is already used by another process: stop it or choose another port with NEO4J_LOCAL_BOLT_PORT.`,
      );
    }
    requireWritableFolders([this.confDir, this.dataDir, this.logsDir, this.runDir]);
    // After the checks above, so that a start refused for a missing tool, a taken port or an
    // unwritable folder leaves no password behind.
    const { credentials, auth } = this.login();
    writeInitialPassword(this.dataDir, credentials.user, credentials.password);
    const settings = { ...this.options, dataDir: this.dataDir, logsDir: this.logsDir, runDir: this.runDir };
    fs.writeFileSync(path.join(this.confDir, 'neo4j.conf'), neo4jConf(settings));

    const out = fs.openSync(this.consoleLog, 'a');
    log(`Starting Neo4j ${assembly.version} on ${this.boltUri} (data in ${this.dataDir}) ...`);
    const child = spawn(
      java,
      [
        ...jvmFlags(settings),
        '-cp',
        `${assembly.libDir}/*`,
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${this.options.dir}`,
        `--config-dir=${this.confDir}`,
      ],
      // Its own process group, so that a terminal's Ctrl-C reaches only the API, which then
      // stops the server in order (drain, close the driver, then the database).
      { detached: true, stdio: ['ignore', out, out] },
    );
    fs.closeSync(out);
    if (child.pid === undefined) throw new Error(`Could not start ${java}`);
    const record: PidRecord = {
      pid: child.pid,
      boltPort: this.options.boltPort,
      version: assembly.version,
      startedAt: new Date().toISOString(),
    };
    fs.writeFileSync(this.pidFile, JSON.stringify(record));
    let exited: number | null = null;
    child.once('exit', (code) => {
      exited = code ?? -1;
    });
    child.unref();

    try {
      await waitForBolt(this.boltUri, START_TIMEOUT_MS, () => exited !== null, auth);
    } catch (error) {
      if (exited === null) await this.stop();
      fs.rmSync(this.pidFile, { force: true });
      const refused = this.passwordRefused(error, credentials);
      if (refused) throw refused;
      const detail = tail(this.consoleLog, 5) || tail(path.join(this.logsDir, 'neo4j.log'), 5);
      throw new Error(
        `Neo4j did not become ready on ${this.boltUri} (${exited !== null ? `it exited with ${exited}` : (error as Error).message}). Last log lines:\n${detail}`,
      );
    }
    return { started: true, ms: Date.now() - began };
  }

  /** A refused login means the database was given another password than the file holds. */
  private passwordRefused(error: unknown, credentials: LocalCredentials): Error | null {
    if (!(error instanceof CredentialsRefused)) return null;
    return new Error(
      `The local Neo4j on ${this.boltUri} refused the password in ${credentials.file} (${error.message}): its database was given another one. Restore that file from a backup, or remove ${this.dataDir} (its graph is then lost) to start from an empty database.`,
    );
  }

  /** Stops the server if it runs; resolves once the process is gone. */
  async stop(): Promise<boolean> {
    const record = this.readPid();
    if (!record || !processAlive(record.pid)) {
      fs.rmSync(this.pidFile, { force: true });
      return false;
    }
    process.kill(record.pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (processAlive(record.pid) && Date.now() < deadline) await sleep(100);
    if (processAlive(record.pid)) process.kill(record.pid, 'SIGKILL');
    while (processAlive(record.pid)) await sleep(50);
    fs.rmSync(this.pidFile, { force: true });
    return true;
  }

  /** Synchronous last resort for process exit paths, where nothing can be awaited. */
  killNow(): void {
    const record = this.readPid();
    if (record && processAlive(record.pid)) process.kill(record.pid, 'SIGTERM');
  }
}
