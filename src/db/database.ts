/**
 * The one place that talks to Neo4j. It owns the long-lived driver, runs every statement in a
 * transaction with a timeout (reads in READ sessions, so a cluster may route them to
 * followers; writes as managed write transactions), converts results to plain values, maps
 * failures to API errors, and counts the statements it runs so a request's database round
 * trips can be reported and tested.
 */
import neo4j, { Driver, isRetriableError, ManagedTransaction, Neo4jError, Session } from 'neo4j-driver';
import { DomainError, ErrorCode } from '../api-errors';
import { ConcurrencyGate, GateLoad } from './concurrency-gate';
import { disableNagleOnDriverSockets } from './socket-no-delay';
import { cypher } from './cypher-files';
import {
  ClientDeadline,
  DatabaseDown,
  mapDatabaseError,
  MissingDatabase,
  outcomeUnknown,
} from './database-errors';
import { Admission, OutageBreaker } from './outage-breaker';
import { toNative, toParameter } from './neo4j-values';

export type Params = Record<string, unknown>;

/** How long past the server-side time limit the client waits for an answer before giving up. */
const CLIENT_GRACE_MS = 3_000;
export type Row = Record<string, unknown>;

/** How long transient failures are retried: the driver's for writes, `read`'s own for reads. */
const MAX_READ_RETRY_MS = 3_000;

/** Time limit of a health check's read: it reads a handful of index states. */
const HEALTH_READ_TIMEOUT_MS = 5_000;

/** How often a wait for an unreachable server says it is still waiting. */
const WAIT_REPORT_EVERY_MS = 5_000;

/** The driver's reason in one line: its messages run to several, with advice for other setups. */
function firstLine(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  // "Failed to connect to server. Please ensure ... Caused by: connect ECONNREFUSED ...": the cause is the news.
  const cause = /Caused by: (.*)/.exec(message)?.[1];
  const line = cause ?? message.split('\n')[0] ?? message;
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  transactionTimeoutMs: number;
  /** Transactions run at once (NEO4J_MAX_CONCURRENT_TX); the rest wait up to the time limit. */
  maxConcurrentTransactions?: number;
}

/** Counts statements; one per request (in the GraphQL context) and one for the process. */
export class QueryCounter {
  count = 0;
  /** When the request this counter belongs to must be answered (ms since epoch); null: none. */
  deadline: number | null = null;
  /**
   * The database state the request must see at least: the bookmarks its client sent (read
   * your writes across API replicas), replaced by the newer ones of each transaction it runs,
   * so a mutation's read-back sees its own write even on a lagging cluster member.
   */
  bookmarks: string[] = [];
}

/** A transaction handed to `Database.writeTransaction`: several statements, one commit. */
export interface WriteTransaction {
  run(query: string, params?: Params): Promise<Row[]>;
}

function rows(records: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }[]): Row[] {
  return records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toNative(record.get(key));
    return row;
  });
}

export class Database {
  readonly total = new QueryCounter();
  private readonly gate: ConcurrencyGate;
  private readonly breaker = new OutageBreaker();

  private constructor(
    private readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {
    this.gate = new ConcurrencyGate(options.maxConcurrentTransactions ?? 4);
  }

  static connect(options: DatabaseOptions): Database {
    disableNagleOnDriverSockets();
    const auth = options.password === '' ? undefined : neo4j.auth.basic(options.user, options.password);
    const driver = neo4j.driver(options.uri, auth, {
      maxConnectionPoolSize: 100,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 3_000,
      // Fail fast when the database is gone instead of retrying for the default 30 s.
      maxTransactionRetryTime: MAX_READ_RETRY_MS,
      logging: { level: 'error', logger: () => {} },
    });
    return new Database(driver, options);
  }

  /** The moment by which a request starting now must have its database work done. */
  requestDeadline(): number {
    return Date.now() + this.options.transactionTimeoutMs + CLIENT_GRACE_MS;
  }

  get uri(): string {
    return this.options.uri;
  }

  /** How busy the transaction gate is (for /readyz and the exports' admission). */
  get load(): GateLoad {
    return this.gate.load;
  }

  /**
   * Whether the database is known to be down: false at once while it is not; while it is, true
   * until a probe (one per interval, this call's or a request's) finds it back.
   */
  async knownDown(): Promise<boolean> {
    if (!this.breaker.isDown()) return false;
    if (this.breaker.admit() === 'refuse') return true;
    const reachable = await this.isReachable();
    if (reachable) this.breaker.reached();
    else this.breaker.unreachable();
    return !reachable;
  }

  private session(mode: 'READ' | 'WRITE', bookmarks: string[] = []) {
    return this.driver.session({
      database: this.options.database,
      // READ lets a routing driver (neo4j://) send the transaction to a secondary.
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarks,
    });
  }

  private async run(
    tx: ManagedTransaction,
    query: string,
    params: Params,
    counters: QueryCounter[],
  ): Promise<Row[]> {
    for (const counter of counters) counter.count += 1;
    const result = await tx.run(query, toParameter(params) as Params);
    return rows(result.records);
  }

  /**
   * One read statement as an auto-commit transaction in a READ session (routed to a reader on
   * a cluster like a read transaction). A read has nothing to commit: auto-commit sends RUN and
   * PULL in one socket write where a transaction function sends BEGIN, RUN+PULL and COMMIT in
   * three and waits one more round trip; on loopback those writes were a fifth of the API's CPU
   * (bench --cpu-profile). The driver retries only transaction functions, so this retries
   * transient failures itself, within the same time as the driver would.
   */
  async read(query: string, params: Params = {}, counter?: QueryCounter): Promise<Row[]> {
    const counters = counter ? [this.total, counter] : [this.total];
    const timeout = this.options.transactionTimeoutMs;
    const parameters = toParameter(params) as Params;
    return this.guarded('READ', timeout, counter, async (session) => {
      const began = Date.now();
      for (let attempt = 0; ; attempt += 1) {
        for (const each of counters) each.count += 1;
        try {
          return rows((await session.run(query, parameters, { timeout })).records);
        } catch (error) {
          if (!isRetriableError(error) || Date.now() - began > MAX_READ_RETRY_MS) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 100 * 2 ** attempt)));
        }
      }
    });
  }

  async write(query: string, params: Params = {}, counter?: QueryCounter): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query, params), counter);
  }

  /**
   * Runs `work` in one write transaction: every statement commits together or none does. When
   * the server goes away after a commit was asked for, nobody knows whether it committed: that
   * is OUTCOME_UNKNOWN, not SERVICE_UNAVAILABLE ("try again" would apply the write twice).
   * The driver retries the transaction by itself, so "asked for" means in any attempt.
   */
  async writeTransaction<T>(
    work: (tx: WriteTransaction) => Promise<T>,
    counter?: QueryCounter,
    timeoutMs?: number,
  ): Promise<T> {
    const counters = counter ? [this.total, counter] : [this.total];
    const timeout = timeoutMs ?? this.options.transactionTimeoutMs;
    let commitAsked = false;
    try {
      return await this.guarded('WRITE', timeout, counter, (session) =>
        session.executeWrite(
          async (tx) => {
            const result = await work({ run: (query, params = {}) => this.run(tx, query, params, counters) });
            commitAsked = true;
            return result;
          },
          { timeout },
        ),
      );
    } catch (error) {
      if (commitAsked && error instanceof DomainError && error.code === ErrorCode.SERVICE_UNAVAILABLE)
        throw outcomeUnknown(error);
      throw error;
    }
  }

  /**
   * One transaction under the concurrency gate and a client-side deadline: the server enforces
   * the time limit, but a server that is going away may never answer, and a request must not
   * hang on it. Past the deadline the caller gets TIMEOUT and the session is closed behind it.
   */
  private async guarded<T>(
    mode: 'READ' | 'WRITE',
    timeoutMs: number,
    counter: QueryCounter | undefined,
    work: (session: Session) => Promise<T>,
  ): Promise<T> {
    // A request's statements share one budget, so a request with several nesting levels is
    // bounded as a whole, not per statement.
    const budget = counter?.deadline != null ? counter.deadline - Date.now() : timeoutMs + CLIENT_GRACE_MS;
    if (budget <= 0) throw mapDatabaseError(new ClientDeadline());
    const admission = this.breaker.admit();
    if (admission === 'refuse') throw mapDatabaseError(new DatabaseDown());
    try {
      return await this.attempt(mode, timeoutMs, budget, counter, admission, work);
    } finally {
      if (admission === 'probe') this.breaker.settleProbe();
    }
  }

  private async attempt<T>(
    mode: 'READ' | 'WRITE',
    timeoutMs: number,
    budget: number,
    counter: QueryCounter | undefined,
    admission: Admission,
    work: (session: Session) => Promise<T>,
  ): Promise<T> {
    const release = await this.gate.acquire(Math.min(timeoutMs, budget), counter).catch((error: unknown) => {
      throw mapDatabaseError(error);
    });
    // The database may have gone away while this call waited for its turn.
    if (admission === 'pass' && this.breaker.isDown()) {
      release();
      throw mapDatabaseError(new DatabaseDown());
    }
    let session: Session | undefined;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      const left = counter?.deadline != null ? counter.deadline - Date.now() : budget;
      timer = setTimeout(
        () => reject(new ClientDeadline()),
        Math.max(0, Math.min(timeoutMs + CLIENT_GRACE_MS, left)),
      );
    });
    try {
      session = this.session(mode, counter?.bookmarks);
      const result = await Promise.race([work(session), deadline]);
      this.breaker.reached();
      if (counter) counter.bookmarks = session.lastBookmarks();
      return result;
    } catch (error) {
      let mapped = mapDatabaseError(error);
      if (
        error instanceof Neo4jError &&
        error.code === 'Neo.ClientError.Database.DatabaseNotFound' &&
        (await this.databaseMissing())
      ) {
        mapped = mapDatabaseError(new MissingDatabase(this.options.database));
      }
      // When the server vanishes mid-transaction the driver can fail with its own TypeError
      // ("Cannot read properties of undefined (reading 'onCompleted')") instead of a
      // Neo4jError; if the server is indeed gone, that is an outage, not an internal error.
      if (
        mapped.code === ErrorCode.INTERNAL_SERVER_ERROR &&
        !(error instanceof Neo4jError) &&
        !(await this.isReachable())
      ) {
        mapped = mapDatabaseError(new DatabaseDown());
      }
      if (mapped.code === ErrorCode.SERVICE_UNAVAILABLE) this.breaker.unreachable();
      else if (!(error instanceof ClientDeadline)) this.breaker.reached();
      throw mapped;
    } finally {
      clearTimeout(timer);
      release();
      void session?.close().catch(() => {});
    }
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async runSchemaStatement(statement: string): Promise<void> {
    const session = this.session('WRITE');
    try {
      this.total.count += 1;
      await session.run(statement);
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
    }
  }

  /** Whether the server answers and lists no database of the configured name. */
  private async databaseMissing(): Promise<boolean> {
    const session = this.driver.session({ database: 'system', defaultAccessMode: neo4j.session.READ });
    try {
      // Short: this runs while a request waits, and a server that is going away may not answer.
      const result = await session.run(
        cypher('database-count'),
        { name: this.options.database },
        { timeout: 2_000 },
      );
      return Number(result.records[0]?.get('found')) === 0;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => {});
    }
  }

  /**
   * A short read for health checks, outside the concurrency gate and the outage breaker: a
   * health check must tell a busy database (its gate full) from a down one, and queueing behind
   * the requests it reports on would make every busy instance look down.
   */
  async healthRead(query: string, params: Params = {}): Promise<Row[]> {
    const session = this.session('READ');
    try {
      return await session.executeRead(
        async (tx) => rows((await tx.run(query, toParameter(params) as Params)).records),
        { timeout: HEALTH_READ_TIMEOUT_MS },
      );
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
    }
  }

  async isReachable(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.options.database });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Waits, by the driver's connectivity check, until the server answers, telling `progress`
   * what it waits for at once and again every few seconds, so a wrong NEO4J_URI is not silence.
   */
  async waitUntilReachable(timeoutMs: number, progress: (line: string) => void = () => {}): Promise<void> {
    const began = Date.now();
    const target = `Neo4j at ${this.options.uri} (database "${this.options.database}")`;
    let nextReport = began;
    for (;;) {
      try {
        await this.driver.verifyConnectivity({ database: this.options.database });
        if (nextReport !== began) progress(`${target} answers.`);
        return;
      } catch (error) {
        const reason = firstLine(error);
        const waited = Date.now() - began;
        if (waited > timeoutMs)
          throw new Error(`${target} did not answer within ${Math.round(timeoutMs / 1000)} s: ${reason}`);
        if (Date.now() >= nextReport) {
          progress(
            nextReport === began
              ? `Waiting for ${target} to answer (giving up after ${Math.round(timeoutMs / 1000)} s): ${reason}`
              : `Still waiting for ${target} (${Math.round(waited / 1000)} s of ${Math.round(timeoutMs / 1000)} s): ${reason}`,
          );
          nextReport = Date.now() + WAIT_REPORT_EVERY_MS;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
