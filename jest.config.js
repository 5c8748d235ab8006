/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Type errors are caught once by `npm run typecheck`; with isolatedModules in tsconfig.json,
  // ts-jest transpiles each file on its own, which keeps jest fast.
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 60000,
  // Two at a time on two cores (jest's default is one fewer than the cores): most test files wait
  // on servers, processes and the browser more than they compute.
  maxWorkers: 2,
};
