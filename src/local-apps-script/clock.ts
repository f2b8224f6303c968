// The simulated clock of the local Apps Script runtime: time only moves when told to.
//
// Scripts see it through the context's `Date` (so `new Date()` inside dist/Code.js reads it),
// modeled service latency advances it, and the driver advances it between executions.
export class Clock {
  private nowMs: number;

  constructor(start: Date | number) {
    this.nowMs = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.nowMs;
  }

  /** Moves time forward; never backwards (Apps Script's clock is monotonic for a script). */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`Clock.advance: ${ms} is not a duration >= 0`);
    this.nowMs += ms;
  }

  /** Moves time to `at` if it is later than now. */
  advanceTo(at: Date | number): void {
    const target = typeof at === 'number' ? at : at.getTime();
    if (target > this.nowMs) this.nowMs = target;
  }

  /**
   * Puts the clock at `at`, even backwards. Only the concurrency driver (`runConcurrently`) uses it:
   * the executions of a batch all start at the same instant although they run in turn or nested.
   */
  set(at: Date | number): void {
    this.nowMs = typeof at === 'number' ? at : at.getTime();
  }
}
