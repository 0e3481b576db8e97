/**
 * Several API processes (the built dist/src/main.js, as `npm start` runs it) on the one test
 * Neo4j, reached through a routing URI (neo4j://) as replicas on a cluster would reach it, each
 * on its own loopback port, sharing one editor token: stateless replicas of one service.
 */
import { issueToken, tokenConfigEntry } from '../../src/auth/api-tokens';
import { ApiProcess, startApiProcess } from './api-process';
import { testServerEnv } from './test-neo4j';

export interface ApiReplicas {
  replicas: ApiProcess[];
  editorToken: string;
  /** SIGTERM to every replica still running, waiting for each to exit. */
  stop(): Promise<void>;
}

export async function startApiReplicas(count: number): Promise<ApiReplicas> {
  const editorToken = issueToken();
  const server = testServerEnv();
  const env = {
    ...process.env,
    ...server,
    NEO4J_URI: server.NEO4J_URI.replace(/^bolt:/, 'neo4j:'),
    API_TOKENS: tokenConfigEntry('replica-editor', 'editor', editorToken),
    LOAD_ON_START: 'never',
    HOST: '127.0.0.1',
    PORT: '0',
  };
  const started = await Promise.allSettled(Array.from({ length: count }, () => startApiProcess(env)));
  const replicas = started.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const stop = async () => {
    await Promise.all(
      replicas.map(async (replica) => {
        if (replica.child.exitCode !== null || replica.child.signalCode !== null) return;
        replica.child.kill('SIGTERM');
        await replica.exited;
      }),
    );
  };
  const failed = started.find((outcome) => outcome.status === 'rejected');
  if (failed) {
    await stop();
    throw (failed as PromiseRejectedResult).reason;
  }
  return { replicas, editorToken, stop };
}
