/**
 * The HTTP server the page and export tests talk to: the real Express app (API, pages, exports)
 * on the test Neo4j, listening on an ephemeral port. The browser bundles are rebuilt first when
 * any of their sources is newer than dist/web.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { Database } from '../../src/db/database';
import { RequestContext } from '../../src/graphql/context';
import { buildApolloServer } from '../../src/server/build-server';
import { createHttpApp } from '../../src/server/http-app';
import { WEB_DIR } from '../../src/server/web-pages';
import { connectTestDatabase } from './test-api';

const ROOT = path.resolve(__dirname, '..', '..');
const WEB_SOURCES = ['web', 'docs/queries', 'scripts/build-web.mjs', 'src/domain/vocabulary.ts', 'src/domain/kind-colors.ts'];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

export function ensureWebBuilt(): void {
  const built = path.join(WEB_DIR, 'explorer.html');
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (WEB_SOURCES.some((source) => newestMtime(path.join(ROOT, source)) > builtAt)) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-web.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
}

export interface TestWebServer {
  url: string;
  db: Database;
  stop(): Promise<void>;
}

export async function startWebServer(): Promise<TestWebServer> {
  const db = connectTestDatabase();
  const apollo: ApolloServer<RequestContext> = buildApolloServer();
  await apollo.start();
  const server = http.createServer(createHttpApp(db, apollo));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await db.close();
    },
  };
}
