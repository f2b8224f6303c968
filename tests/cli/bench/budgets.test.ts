// The budgets: each breaks on its own figure, and names the sizes it compared.
import { BUDGET, checkBudgets, checkReplayBudgets } from '../../../src/cli/bench/budgets';
import type { ReplayMeasure } from '../../../src/cli/bench/offline-replay';
import type { CaseResult } from '../../../src/cli/bench/measure-case';
import { measuredCase, measuredPhase, SMALL_BUNDLE } from './fixtures/measured-case';

const matrix = (change: (c: CaseResult) => CaseResult = (c) => c) => [
  measuredCase(20, 30), measuredCase(2000, 30), measuredCase(20, 300), measuredCase(2000, 300),
].map(change);

const broken = (cases: CaseResult[], bundle = SMALL_BUNDLE) => checkBudgets(cases, bundle).filter((c) => !c.ok).map((c) => c.id);

const withSubmission = (households: number, calls: { median: number; max: number }, cells?: { median: number; max: number }) => (c: CaseResult) =>
  c.households === households && c.products === 30 ? { ...c, submission: { ...c.submission, calls, cells: cells ?? c.submission.cells } } : c;

const withClose = (change: Partial<ReturnType<typeof measuredPhase>>) => (c: CaseResult) =>
  c.households === 2000 && c.products === 300 ? { ...c, phases: c.phases.map((p) => (p.phase === 'close' ? { ...p, ...change } : p)) } : c;

/** The second quota day of every `households` case, changed. */
const withTriggerDay = (households: number, change: Partial<CaseResult['triggerRuntime']['days'][number]>) => (c: CaseResult) =>
  c.households === households ? { ...c, triggerRuntime: { ...c.triggerRuntime, days: c.triggerRuntime.days.map((d, i) => (i === 1 ? { ...d, ...change } : d)) } } : c;

describe('checkBudgets', () => {
  test('holds every budget for a run within them', () => {
    expect(broken(matrix())).toEqual([]);
    expect(checkBudgets(matrix(), SMALL_BUNDLE).map((c) => c.id)).toEqual([
      'executions.no-error', 'cycle.complete', 'cycle.delivered', 'submission.same-cost.30', 'submission.same-cost.300', 'triggers.daily-runtime', 'submission.max-calls',
      'close.modeled-time', 'close.node-cpu', 'bundle.size', 'bundle.load-time',
    ]);
  });

  test.each([
    { scenario: 'a submission makes more calls at 2,000 households', change: withSubmission(2000, { median: 16, max: 18 }), expected: ['submission.same-cost.30'] },
    { scenario: 'the largest submission touches more cells at 2,000 households', change: withSubmission(2000, { median: 15, max: 18 }, { median: 300, max: 4500 }), expected: ['submission.same-cost.30'] },
    { scenario: 'a submission makes 26 calls at every size', change: (c: CaseResult) => ({ ...c, submission: { ...c.submission, calls: { median: 20, max: 26 } } }), expected: ['submission.max-calls'] },
    { scenario: 'the close of 2,000 × 300 models 60 s', change: withClose({ modeledMs: BUDGET.closeModeledMs }), expected: ['close.modeled-time'] },
    { scenario: 'the close of 2,000 × 300 takes 2.5 s of Node CPU', change: withClose({ cpuMs: 2500 }), expected: ['close.node-cpu'] },
    { scenario: 'an execution ends in an error', change: withClose({ errors: ['onDeadlineTrigger: Exceeded maximum execution time'] }), expected: ['executions.no-error'] },
    { scenario: 'the close serves fewer households than ordered', change: (c: CaseResult) => ({ ...c, emails: { ...c.emails, queuedByKind: { ...c.emails.queuedByKind, 'member-summary': 0 }, byKind: { ...c.emails.byKind, 'member-summary': 0 } } }), expected: ['cycle.complete'] },
    { scenario: 'a day of the 2,000-household cycle uses 91 minutes of triggers', change: withTriggerDay(2000, { usedMs: 91 * 60_000 }), expected: ['triggers.daily-runtime'] },
    { scenario: 'a trigger of the 20-household cycle is refused for want of runtime', change: withTriggerDay(20, { refused: 1 }), expected: ['triggers.daily-runtime'] },
    { scenario: 'the producer orders the close queued never leave', change: (c: CaseResult) => ({ ...c, emails: { ...c.emails, byKind: { ...c.emails.byKind, 'producer-order': 0 } } }), expected: ['cycle.delivered'] },
  ])('breaks when $scenario', ({ change, expected }) => {
    expect(broken(matrix(change))).toEqual(expected);
  });

  test.each([
    { scenario: 'the bundle weighs 360 KB', bundle: { ...SMALL_BUNDLE, bytes: 360 * 1024 }, expected: ['bundle.size'] },
    { scenario: 'the bundle loads in 20 ms', bundle: { ...SMALL_BUNDLE, loadMs: { ...SMALL_BUNDLE.loadMs, median: 20 } }, expected: ['bundle.load-time'] },
  ])('breaks when $scenario', ({ bundle, expected }) => {
    expect(broken(matrix(), bundle)).toEqual(expected);
  });

  test('says what it compared when the cost grows with the group', () => {
    const check = checkBudgets(matrix(withSubmission(2000, { median: 15, max: 40 })), SMALL_BUNDLE).find((c) => c.id === 'submission.same-cost.30')!;
    expect(check.measured).toBe('20×30: 15/18 calls, 300/450 cells; 2000×30: 15/40 calls, 300/450 cells (median/max)');
  });

  test('names the busiest day when every day fits, and the day over the quota when one does not', () => {
    const measured = (cases: CaseResult[]) => checkBudgets(cases, SMALL_BUNDLE).find((c) => c.id === 'triggers.daily-runtime')!.measured;
    expect(measured(matrix())).toBe('busiest day 60.0 min (20×30)');
    expect(measured(matrix(withTriggerDay(2000, { usedMs: 95 * 60_000, refused: 2 })))).toBe('2000×30 on 2026-12-02: 95.0 min, 2 refused; 2000×300 on 2026-12-02: 95.0 min, 2 refused');
  });

  test('checks only what a quick run measured', () => {
    const ids = checkBudgets([measuredCase(20, 30), measuredCase(200, 30)], SMALL_BUNDLE).map((c) => c.id);
    expect(ids).toContain('submission.same-cost.30');
    expect(ids).not.toContain('close.modeled-time');
    expect(ids).not.toContain('submission.same-cost.300');
  });
});

describe('checkReplayBudgets', () => {
  const replay = (answers: number, seconds: number, peakMegabytes: number, finished = true): ReplayMeasure => ({
    answers, households: Math.min(answers, 2000), finished, seconds, cpuSeconds: finished ? seconds / 2 : null, peakMegabytes,
  });
  const brokenReplay = (measures: ReplayMeasure[]) => checkReplayBudgets(measures).filter((c) => !c.ok).map((c) => c.id);

  test('checks the time at 10,000 answers and the memory of each tenfold step it measured', () => {
    expect(checkReplayBudgets([replay(1000, 8, 300), replay(10_000, 50, 450), replay(100_000, 500, 800)]).map((c) => c.id)).toEqual(['offline.replay-time', 'offline.replay-memory']);
    expect(checkReplayBudgets([replay(1000, 8, 300)])).toEqual([]);
  });

  test.each([
    { what: 'holds within both budgets', measures: [replay(1000, 8, 300), replay(10_000, 50, 590)], broken: [] },
    { what: 'breaks the time at 60 s for 10,000 answers', measures: [replay(1000, 8, 300), replay(10_000, BUDGET.replay.seconds, 400)], broken: ['offline.replay-time'] },
    { what: 'breaks the time when the 10,000-answer run was stopped', measures: [replay(10_000, 40, 400, false)], broken: ['offline.replay-time'] },
    { what: 'breaks the memory when ten times the answers double the peak', measures: [replay(1000, 8, 300), replay(10_000, 50, 600)], broken: ['offline.replay-memory'] },
    { what: 'breaks the memory on the step from 10,000 to 100,000 too', measures: [replay(1000, 8, 300), replay(10_000, 50, 400), replay(100_000, 500, 800)], broken: ['offline.replay-memory'] },
  ])('$what', ({ measures, broken: expected }) => {
    expect(brokenReplay(measures)).toEqual(expected);
  });
});
