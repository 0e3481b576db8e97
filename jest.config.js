/**
 * Every test runs against a real Neo4j 5.26 server that tests/support/global-setup.ts starts
 * (or the one at NEO4J_TEST_URI). Tests share that one database, so they run in band.
 */
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 120000,
  maxWorkers: 1,
  transform: {
    // isolatedModules off: the full compiler keeps the decorator metadata type-graphql reads.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }],
  },
};
