// Jest: TypeScript is transformed by esbuild (fast, no type-check); `tsc --noEmit` type-checks in `npm test`.
// `npm test` runs a fast sample of the reliability suite's random cycles and kill-matrices
// (tests/reliability/support/kill-points.ts); `npm run test:reliability` sets CABAS_RELIABILITY=full
// and runs them all. Set here, before the workers start, so that every worker reads the same counts.
const full = process.env.CABAS_RELIABILITY === 'full';
process.env.CABAS_PROPERTY_RUNS ??= full ? '24' : '4';
// The SMTP tests' server greylists and answers at once: their CLI runs retry after 20 and 60 ms,
// not Cabas's 1 and 3 s (src/cli/offline/smtp-relay.ts), which were most of those tests' time.
process.env.CABAS_SMTP_RETRY_MS ??= '20,60';

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/tests/support/esbuild-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
  // Both cores of a small machine (Jest's default leaves one idle).
  maxWorkers: '100%',
};
