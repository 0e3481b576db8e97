/**
 * The one place that talks to Neo4j. It owns the long-lived driver, runs every statement in a
 * managed transaction with a timeout (reads as read transactions, so a cluster may route them
 * to followers), converts results to plain values, maps failures to API errors, and counts
 * the statements it runs so a request's database round trips can be reported and tested.
 */
import neo4j, { Driver, ManagedTransaction } from 'neo4j-driver';
import { mapDatabaseError } from './database-errors';
import { toNative, toParameter } from './neo4j-values';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  transactionTimeoutMs: number;
}

/** Counts statements; one per request (in the GraphQL context) and one for the process. */
export class QueryCounter {
  count = 0;
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

  private constructor(
    private readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  static connect(options: DatabaseOptions): Database {
    const auth = options.password === '' ? undefined : neo4j.auth.basic(options.user, options.password);
    const driver = neo4j.driver(options.uri, auth, {
      maxConnectionPoolSize: 100,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 3_000,
      // Fail fast when the database is gone instead of retrying for the default 30 s.
      maxTransactionRetryTime: 3_000,
      logging: { level: 'error', logger: () => {} },
    });
    return new Database(driver, options);
  }

  get uri(): string {
    return this.options.uri;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private async run(tx: ManagedTransaction, query: string, params: Params, counters: QueryCounter[]): Promise<Row[]> {
    for (const counter of counters) counter.count += 1;
    const result = await tx.run(query, toParameter(params) as Params);
    return rows(result.records);
  }

  async read(query: string, params: Params = {}, counter?: QueryCounter): Promise<Row[]> {
    const counters = counter ? [this.total, counter] : [this.total];
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => this.run(tx, query, params, counters), {
        timeout: this.options.transactionTimeoutMs,
      });
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
    }
  }

  async write(query: string, params: Params = {}, counter?: QueryCounter): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query, params), counter);
  }

  /** Runs `work` in one write transaction: every statement commits together or none does. */
  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>, counter?: QueryCounter, timeoutMs?: number): Promise<T> {
    const counters = counter ? [this.total, counter] : [this.total];
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(
        (tx) => work({ run: (query, params = {}) => this.run(tx, query, params, counters) }),
        { timeout: timeoutMs ?? this.options.transactionTimeoutMs },
      );
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
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

  async isReachable(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.options.database });
      return true;
    } catch {
      return false;
    }
  }

  /** Waits, by the driver's connectivity check, until the server answers. */
  async waitUntilReachable(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.driver.verifyConnectivity({ database: this.options.database });
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`Neo4j at ${this.options.uri} did not answer within ${Math.round(timeoutMs / 1000)} s: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
