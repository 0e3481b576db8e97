/**
 * The product over real HTTP on an ephemeral port, as clients and browsers meet it: the whole
 * Express app (GraphQL API, pages, exports, /healthz and /readyz) on the test Neo4j, bearer
 * tokens for an editor and a reader, and a `post` that returns status, body and parsed JSON.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { issueToken, parseTokenConfig, tokenConfigEntry } from '../../src/auth/api-tokens';
import { Database } from '../../src/db/database';
import { buildApolloServer } from '../../src/server/build-server';
import { drainHttpServer } from '../../src/server/drain';
import { createHttpApp } from '../../src/server/http-app';
import { createHttpServer } from '../../src/server/http-server';
import { HttpLimits, readConfig } from '../../src/config';
import { connectTestDatabase, reloadDataset } from './test-api';

export interface HttpResult {
  status: number;
  json: any;
  text: string;
  headers: Headers;
}

async function readResult(response: Response): Promise<HttpResult> {
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Left null: the caller asserts on the text.
  }
  return { status: response.status, json, text, headers: response.headers };
}

export class TestHttp {
  private constructor(
    readonly db: Database,
    private readonly server: http.Server,
    private readonly stopApollo: () => Promise<void>,
    readonly url: string,
    readonly editorToken: string,
    readonly readerToken: string,
  ) {}

  /** `options` overrides the configured HTTP limits and export slots, for tests of those limits. */
  static async start(
    db: Database = connectTestDatabase(),
    options: { http?: Partial<HttpLimits>; maxConcurrentExports?: number } = {},
  ): Promise<TestHttp> {
    const apollo = buildApolloServer();
    await apollo.start();
    const tokens = { editor: issueToken(), reader: issueToken() };
    const config = [
      tokenConfigEntry('test-editor', 'editor', tokens.editor),
      tokenConfigEntry('test-reader', 'reader', tokens.reader),
    ].join(',');
    const defaults = readConfig();
    const app = createHttpApp(db, apollo, {
      tokens: parseTokenConfig(config),
      maxConcurrentExports: options.maxConcurrentExports ?? defaults.maxConcurrentExports,
    });
    const server = createHttpServer(app, { ...defaults.http, ...options.http });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new TestHttp(
      db,
      server,
      () => apollo.stop(),
      `http://127.0.0.1:${port}`,
      tokens.editor,
      tokens.reader,
    );
  }

  get graphqlUrl(): string {
    return `${this.url}/graphql`;
  }

  async post(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<HttpResult> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    return this.raw(JSON.stringify({ query, variables }), headers);
  }

  /** As the editor. */
  async edit(query: string, variables: Record<string, unknown> = {}): Promise<HttpResult> {
    return this.post(query, variables, this.editorToken);
  }

  async raw(
    body: string,
    headers: Record<string, string> = { 'content-type': 'application/json' },
    path = '/graphql',
  ): Promise<HttpResult> {
    return readResult(await fetch(`${this.url}${path}`, { method: 'POST', headers, body }));
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<HttpResult> {
    return readResult(await fetch(`${this.url}${path}`, { headers }));
  }

  async stop(closeDatabase = true): Promise<void> {
    await drainHttpServer(this.server, 5_000);
    await this.stopApollo();
    if (closeDatabase) await this.db.close();
  }
}

/**
 * Removes everything API writes left (entities, relations and citations of origin 'api',
 * retracted relations), loads data/ over curators' edits of its items, and then drops every
 * change record, so later test files see the curated graph exactly.
 */
export async function restoreCuratedGraph(db: Database): Promise<void> {
  await db.write("MATCH ()-[r]->() WHERE type(r) = 'RETRACTED' OR r.origin = 'api' DELETE r");
  await db.write("MATCH (n) WHERE n.origin = 'api' DETACH DELETE n");
  await reloadDataset(db);
  await db.write('MATCH (c:Change) DETACH DELETE c');
}

/**
 * For a test file that writes: the API starts before its tests and, after them, the curated
 * graph is restored and the API stopped. `use` receives the running API.
 */
export function apiForWritingTests(use: (api: TestHttp) => void): void {
  let started: TestHttp | undefined;
  beforeAll(async () => {
    started = await TestHttp.start();
    use(started);
  });
  afterAll(async () => {
    if (!started) return;
    await restoreCuratedGraph(started.db);
    await started.stop();
  });
}
