// The property the benchmark holds Cabas to, on the shipped bundle (built by `npm test` before
// jest): one submission costs the same service calls and cells whatever the size of the group.
// Counts only, never timings: a test must not depend on the machine.
import { resolve } from 'node:path';
import { measureCase, type CaseResult } from '../../../src/cli/bench/measure-case';

const BUNDLE = resolve('dist/Code.js');
const PRODUCTS = 10;

describe('measureCase', () => {
  let small: CaseResult;
  let large: CaseResult;

  beforeAll(() => {
    small = measureCase({ households: 20, products: PRODUCTS, bundle: BUNDLE });
    large = measureCase({ households: 100, products: PRODUCTS, bundle: BUNDLE });
  }, 60_000);

  test.each([
    { households: 20, get: () => small },
    { households: 100, get: () => large },
  ])('runs a whole cycle of $households households without an execution error', ({ get }) => {
    expect([...new Set(get().phases.flatMap((p) => p.errors))]).toEqual([]);
    const { duplicates, blanks } = get().extraFirings;
    expect(get().phases.find((p) => p.phase === 'submit')!.executions).toBe(get().submissions + get().edits + duplicates + blanks);
  });

  test('runs with Google\'s extra form-submit firings on, and counts them in the submissions\' phase only', () => {
    expect(large.extraFirings.duplicates).toBeGreaterThan(0);
    expect(large.extraFirings.blanks).toBeGreaterThan(0);
    expect(large.submissionCosts).toHaveLength(large.submissions + large.edits);
  });

  test.each([
    { measure: 'service calls', key: 'calls' as const },
    { measure: 'cells touched', key: 'cells' as const },
  ])('costs the same $measure per submission at 100 households as at 20', ({ key }) => {
    expect(large.submission[key]).toEqual(small.submission[key]);
  });

  // Modeled time, not the machine's: the same on every run. The 2,000-household cycle is the
  // bench's budget `triggers.daily-runtime` (too long a run for npm test).
  test('keeps every quota day of a 100-household cycle within a consumer account\'s 90 minutes of triggers', () => {
    const { limitMs, days } = large.triggerRuntime;
    expect(limitMs).toBe(90 * 60_000);
    expect(days.length).toBeGreaterThan(1);
    expect(days.filter((d) => d.usedMs > limitMs || d.refused > 0)).toEqual([]);
  });

  test('costs the same per new order, and per edit, at 100 households as at 20', () => {
    const calls = (c: CaseResult, edit: boolean) => new Set(c.submissionCosts.filter((s) => s.edit === edit).map((s) => s.calls));
    expect([...calls(large, false)]).toEqual([...calls(small, false)]);
    expect([...calls(large, true)]).toEqual([...calls(small, true)]);
  });

  test('every edit writes one order of lines, whatever products it dropped', () => {
    // Forms keep the answers an edit does not change; the harness empties the dropped products,
    // so an edit is never the union of two baskets (whose size is chance, and so depends on how
    // many edits a group makes). 30 products: two baskets of 8 rarely overlap the same way.
    const run = measureCase({ households: 20, products: 30, bundle: BUNDLE });
    const edits = run.submissionCosts.filter((s) => s.edit).map((s) => s.cells);
    expect(edits.length).toBeGreaterThan(1);
    expect(new Set(edits).size).toBe(1);
  }, 30_000);

  test('queues one final summary per household at the close', () => {
    expect(small.emails.queuedByKind['member-summary']).toBe(20);
    expect(large.emails.queuedByKind['member-summary']).toBe(100);
  });
});
