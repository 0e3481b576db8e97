/**
 * The tests in three tiers, one Jest project each (`npm run test:unit|test:api|test:system`;
 * `npm test` runs all three):
 * - unit: pure modules, no database and no Java, so no global setup; runs in seconds.
 * - api: the GraphQL contract against a real Neo4j 5.26 server that tests/support/global-setup.ts
 *   starts (or the one at NEO4J_TEST_URI).
 * - system: processes, load, outages and the browser, on that same server.
 * The api and system tiers share one database, so the tests run in band.
 */
const shared = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  transform: {
    // isolatedModules off: the full compiler keeps the decorator metadata type-graphql reads.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }],
  },
};

const withDatabase = {
  ...shared,
  // Starts the server once even when both tiers run (the setup notes that it ran).
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  maxWorkers: 1,
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/tests/unit'] },
    { ...withDatabase, displayName: 'api', roots: ['<rootDir>/tests/api'] },
    { ...withDatabase, displayName: 'system', roots: ['<rootDir>/tests/system'] },
  ],
};
