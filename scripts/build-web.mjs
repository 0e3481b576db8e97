// Bundles the two browser pages (the GraphiQL IDE and the network explorer) from npm packages
// into dist/web, so the server hands out every script, style, font and worker itself: the pages
// work with no internet. Run by `npm run build` (and so by `npm start` and `npm test`).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'web');
// Built beside the old output and swapped in whole, so a running server never serves a mix.
const staging = `${out}.tmp-${process.pid}`;

/** docs/queries/*.graphql, read now: the IDE opens with them as tabs. */
function exampleOperations() {
  const dir = path.join(root, 'docs', 'queries');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => {
      const query = fs.readFileSync(path.join(dir, name), 'utf8');
      const variablesFile = path.join(dir, name.replace(/\.graphql$/, '.variables.json'));
      const variables = fs.existsSync(variablesFile) ? fs.readFileSync(variablesFile, 'utf8') : undefined;
      return { name: name.replace(/\.graphql$/, ''), query, variables };
    });
}

const common = {
  bundle: true,
  minify: true,
  sourcemap: true,
  target: ['es2022'],
  logLevel: 'warning',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
};

const started = Date.now();
fs.rmSync(staging, { recursive: true, force: true });

await Promise.all([
  // Monaco (GraphiQL's editor) runs its language services in web workers; each is its own bundle.
  build({
    ...common,
    format: 'iife',
    entryPoints: {
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir: path.join(staging, 'assets', 'workers'),
  }),
  build({
    ...common,
    format: 'esm',
    splitting: true,
    entryPoints: {
      graphiql: path.join(root, 'web', 'graphiql', 'main.tsx'),
      explorer: path.join(root, 'web', 'explorer', 'main.ts'),
    },
    outdir: path.join(staging, 'assets'),
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'files/[name]-[hash]',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
    jsx: 'automatic',
    define: { ...common.define, __EXAMPLE_OPERATIONS__: JSON.stringify(exampleOperations()) },
  }),
]);

for (const page of ['graphiql', 'explorer']) {
  fs.copyFileSync(path.join(root, 'web', page, 'index.html'), path.join(staging, `${page}.html`));
}

fs.rmSync(out, { recursive: true, force: true });
fs.renameSync(staging, out);
console.log(`web: bundled the IDE and the explorer into dist/web in ${Date.now() - started} ms`);
