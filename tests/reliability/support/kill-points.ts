// Which calls of a run a kill-matrix kills at. `npm run test:reliability` sets
// CABAS_RELIABILITY=full and kills at every call; `npm test` kills at a fixed sample that keeps
// the first call, the last, and calls spread evenly between, so it stays fast and still fails when
// a kill anywhere in the run loses or doubles something for long stretches of calls.
export const FULL_RELIABILITY = process.env.CABAS_RELIABILITY === 'full';

/** How many kill points `npm test` keeps per matrix (CABAS_KILL_SAMPLE overrides it). */
const SAMPLE = Number(process.env.CABAS_KILL_SAMPLE ?? 6);

/**
 * The calls to kill at, 1-based, as `test.each` rows.
 * @example killPoints(24) // full: n = 1…24; sample: n = 1, 6, 10, 15, 19, 24
 */
export function killPoints(calls: number): { n: number }[] {
  const all = Array.from({ length: calls }, (_, i) => i + 1);
  if (FULL_RELIABILITY || calls <= SAMPLE) return all.map((n) => ({ n }));
  const picked = new Set(Array.from({ length: SAMPLE }, (_, i) => 1 + Math.round((i * (calls - 1)) / (SAMPLE - 1))));
  return [...picked].sort((a, b) => a - b).map((n) => ({ n }));
}
