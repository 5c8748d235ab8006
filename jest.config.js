/** @type {import('jest').Config} */

// `npm test` never touches a Neo4j, whatever the shell exports: the contract suite would empty
// its database, and the services and CLIs the tests start would write there. `npm run test:neo4j`
// (jest.neo4j.config.js) is the one way to test against Neo4j.
for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete process.env[name];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/neo4j/'],
  // Type errors are caught once by `npm run typecheck`; with isolatedModules in tsconfig.json,
  // ts-jest transpiles each file on its own, which keeps jest fast.
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 60000,
  // Two at a time on two cores (jest's default is one fewer than the cores): most test files wait
  // on servers, processes and the browser more than they compute.
  maxWorkers: 2,
};
