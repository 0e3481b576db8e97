/**
 * What the tests use to reach the database and the API: a Database on the test server, and
 * `execute`, which runs a GraphQL operation through the real Apollo Server (no HTTP) and
 * returns data, errors and the round trips it cost.
 */
import { ApolloServer } from '@apollo/server';
import { readConfig } from '../../src/config';
import { Database, DatabaseOptions } from '../../src/db/database';
import { createRequestContext, RequestContext } from '../../src/graphql/context';
import { buildApolloServer } from '../../src/server/build-server';
import { loadDataset } from '../../src/dataset/load-dataset';
import { readDataset } from '../../src/dataset/read-dataset';
import { testCredentials } from './test-neo4j';

/** `options` override the defaults: another uri (a fault proxy), fewer transaction slots ... */
export function connectTestDatabase(options: Partial<DatabaseOptions> = {}): Database {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through jest (npm test)');
  return Database.connect({
    uri,
    ...testCredentials(),
    database: 'neo4j',
    transactionTimeoutMs: 30_000,
    ...options,
  });
}

export interface ExecutionResult<T = Record<string, any>> {
  data: T | null | undefined;
  errors:
    | { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[]
    | undefined;
  roundTrips: number;
}

export class TestApi {
  private constructor(
    readonly db: Database,
    private readonly server: ApolloServer<RequestContext>,
  ) {}

  static async start(): Promise<TestApi> {
    const server = buildApolloServer();
    await server.start();
    return new TestApi(connectTestDatabase(), server);
  }

  async execute<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<ExecutionResult<T>> {
    const context = createRequestContext(this.db);
    const response = await this.server.executeOperation({ query, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const result = response.body.singleResult;
    return {
      data: result.data as T | null | undefined,
      errors: result.errors as ExecutionResult['errors'],
      roundTrips: context.counter.count,
    };
  }

  /** Runs an operation that must succeed and returns its data. */
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.execute<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}

/** Puts the dataset's items back to exactly data/ (for tests that write), over curators' edits. */
export async function reloadDataset(db: Database): Promise<void> {
  await loadDataset(db, readDataset(readConfig().dataDir), { overwriteEdits: true });
}
