// Jest: TypeScript is transformed by esbuild (fast, no type-check); `tsc --noEmit` type-checks in `npm test`.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/tests/support/esbuild-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};
