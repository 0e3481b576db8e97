/**
 * The served API runs in production mode unless NODE_ENV says otherwise. graphql-js reads
 * NODE_ENV once, when it is first loaded: outside production its instanceOf looks for a second
 * copy of graphql behind every failed type test (2 % of the API's CPU in a CPU profile of the
 * nested3 benchmark). Hence main's first import. Apollo's production defaults change nothing
 * here: build-server.ts sets introspection, stack traces and the landing page itself.
 */
process.env.NODE_ENV ??= 'production';
