/**
 * Where Monaco (GraphiQL's editor) gets its web workers: the bundles scripts/build-web.mjs
 * writes to /assets/workers, never a CDN. Must run before GraphiQL creates an editor.
 */
const WORKERS: Record<string, string> = {
  json: '/assets/workers/json.worker.js',
  graphql: '/assets/workers/graphql.worker.js',
};

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return new Worker(WORKERS[label] ?? '/assets/workers/editor.worker.js', { name: label });
  },
};
