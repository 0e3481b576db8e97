/**
 * The benchmark's peer: the same graph served through the Neo4j GraphQL Library on Apollo and
 * Express, the same stack as the API. Started by run-bench.ts as its own process, so its memory
 * is measured apart. Environment: PEER_BOLT_URI, PEER_NEO4J_USER, PEER_NEO4J_PASSWORD, PEER_PORT.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { disableNagleOnDriverSockets } from '../src/db/socket-no-delay';
import { peerTypeDefs } from './peer-schema';

async function main(): Promise<void> {
  const uri = process.env.PEER_BOLT_URI ?? 'bolt://127.0.0.1:7723';
  const port = Number(process.env.PEER_PORT ?? 4022);
  const auth = process.env.PEER_NEO4J_PASSWORD
    ? neo4j.auth.basic(process.env.PEER_NEO4J_USER ?? 'neo4j', process.env.PEER_NEO4J_PASSWORD)
    : undefined;
  // The same driver fix as the API's (src/db/socket-no-delay.ts): the comparison is between
  // servers, not between a patched and an unpatched driver.
  disableNagleOnDriverSockets();
  const driver = neo4j.driver(uri, auth, {
    maxConnectionPoolSize: 100,
    logging: { level: 'error', logger: () => {} },
  });
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: 100 * 1024 }),
    expressMiddleware(apollo, { context: async () => ({}) }),
  );
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  console.log(`peer ready on http://127.0.0.1:${port}/graphql`);
  const stop = async () => {
    server.close();
    server.closeAllConnections();
    await apollo.stop();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`peer could not start: ${(error as Error).message}`);
  process.exit(1);
});
