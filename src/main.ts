/**
 * `npm start`: connects to Neo4j (starting the local server unless NEO4J_URI is set), applies
 * the schema, loads data/ when the database is empty, and serves the API. Ctrl-C or SIGTERM
 * drains requests, closes the driver and stops the Neo4j server this process started.
 */
import './startup/production-mode';
import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { readConfig } from './config';
import { applySchema } from './db/apply-schema';
import { CuratorEditsError, loadDataset } from './dataset/load-dataset';
import { upgradeNameKeys } from './writes/name-keys-upgrade';
import { readDataset } from './dataset/read-dataset';
import { isExpectedFailure } from './cli/run-cli';
import { connectConfiguredDatabase } from './startup/configured-database';
import { databaseIsEmpty } from './startup/database-state';
import { buildApolloServer } from './server/build-server';
import { drainHttpServer } from './server/drain';
import { createHttpApp } from './server/http-app';
import { createHttpServer } from './server/http-server';
import { assertPortFree } from './server/port-check';

/** How long a stop waits for requests in flight: longer than any transaction may run. */
const DRAIN_MS = 30_000;

async function main(): Promise<void> {
  const config = readConfig();
  await assertPortFree(config.host, config.port);
  const connection = await connectConfiguredDatabase(config, console.log);
  // An orphaned Java process must not outlive us, even on an unexpected exit.
  process.on('exit', () => connection.startedInstance?.killNow());
  const { db } = connection;

  await applySchema(db);
  const upgraded = await upgradeNameKeys(db);
  if (upgraded > 0)
    console.log(`Derived the search keys of ${upgraded} entities stored by an earlier version.`);
  if (config.loadOnStart === 'always' || (config.loadOnStart === 'if-empty' && (await databaseIsEmpty(db)))) {
    try {
      const summary = await loadDataset(db, readDataset(config.dataDir));
      console.log(
        `Loaded ${summary.entities} entities, ${summary.relations} relations and ${summary.citations} citations in ${summary.ms} ms.`,
      );
    } catch (error) {
      // Curators' work outranks a start-up convenience: serve the graph as it is, and say why.
      if (!(error instanceof CuratorEditsError)) throw error;
      console.warn(`LOAD_ON_START=always: ${error.message}`);
    }
  }

  const apollo = buildApolloServer();
  await apollo.start();
  const server = createHttpServer(
    createHttpApp(db, apollo, {
      tokens: config.apiTokens,
      maxConcurrentExports: config.maxConcurrentExports,
    }),
    config.http,
  );
  await new Promise<void>((resolve, reject) => {
    // Taken while Neo4j started: the same one line as the check before.
    server.once(
      'error',
      (error) => void assertPortFree(config.host, config.port).then(() => reject(error), reject),
    );
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  console.log(`GraphQL API ready at ${origin}/graphql`);
  console.log(`Network explorer at ${origin}/ (GraphQL IDE: open ${origin}/graphql in a browser)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining requests and stopping ...`);
    const drained = await drainHttpServer(server, Math.max(DRAIN_MS, config.transactionTimeoutMs + 1_000));
    if (!drained)
      console.log('Some requests were still running at the drain deadline; their connections were closed.');
    await apollo.stop();
    await connection.release();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(
    isExpectedFailure(error) ? (error as Error).message : `Could not start: ${(error as Error).message}`,
  );
  process.exit(1);
});
