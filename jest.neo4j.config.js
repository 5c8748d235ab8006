/** @type {import('jest').Config} */

/**
 * `npm run test:neo4j`: the tests that hold the service to Neo4j's semantics, run against the
 * Neo4j 5 server NEO4J_URI names — only into a database whose name says it is for tests, and only
 * while it holds nothing but this service's labels (test/neo4j/guard.ts refuses any other). One
 * file at a time: they share that database, and each store they open starts by emptying it.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: [
    '<rootDir>/test/contract/**/*.test.ts',
    '<rootDir>/test/neo4j/**/*.test.ts',
    '<rootDir>/test/api/writes.test.ts',
    '<rootDir>/test/api/links.test.ts',
    '<rootDir>/test/api/store-outage.test.ts',
  ],
  transform: { '^.+\\.ts$': 'ts-jest' },
  globalSetup: '<rootDir>/test/neo4j/guard.ts',
  globals: { __NEO4J_UNDER_TEST__: true },
  testTimeout: 180000,
  maxWorkers: 1,
};
