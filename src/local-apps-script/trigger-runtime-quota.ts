// The daily total runtime of triggers: what one account's trigger executions may use in a day.
//
// Quotas page (https://developers.google.com/apps-script/guides/services/quotas): "Triggers total
// runtime: 90 min / day" on a consumer account, "6 hr / day" on Google Workspace; "Quotas are per
// user and reset 24 hours after the first request." Past it, executions fail with "Service using
// too much computer time for one day." (same page, exception messages; the same words fill the
// failure e-mails people report, e.g. github.com/btoews/OctoGAS/issues/16, where every trigger
// execution fails at its start until the quota resets).
//
// Model: a quota day opens with the first trigger execution after the previous day ran out its 24
// hours. An execution is charged to the day it starts in, with its elapsed time on the simulated
// clock (modeled service time, sleeps and lock waits). A trigger starting with nothing left fails
// at once; one that runs the day's rest out fails at its next service call (Google does not say
// what happens to the execution that crosses the line: failing it is the stricter answer).
export type AccountKind = 'consumer' | 'workspace';

export const DAILY_TRIGGER_RUNTIME_MS: Record<AccountKind, number> = { consumer: 90 * 60 * 1000, workspace: 6 * 3600 * 1000 };
export const QUOTA_DAY_MS = 24 * 3600 * 1000;

/** Apps Script's message, word for word. */
export class DailyRuntimeQuotaError extends Error {
  constructor() {
    super('Service using too much computer time for one day.');
    this.name = 'Exception';
  }
}

export interface QuotaDay {
  /** Epoch ms of the first trigger execution of the day: the day ends 24 hours later. */
  start: number;
  /** Trigger runtime used, in ms. */
  usedMs: number;
  /** Trigger executions that ran (the ones refused for want of quota not counted). */
  executions: number;
  /** Trigger executions refused, or cut short, because the day's runtime was spent. */
  refused: number;
}

export class TriggerRuntimeQuota {
  readonly limitMs: number;
  private readonly history: QuotaDay[] = [];

  constructor(readonly account: AccountKind = 'consumer') {
    this.limitMs = DAILY_TRIGGER_RUNTIME_MS[account];
  }

  /** The quota day a trigger starting at `at` belongs to, opened when none is running. */
  private day(at: number): QuotaDay {
    const last = this.history[this.history.length - 1];
    if (last && at < last.start + QUOTA_DAY_MS) return last;
    const day = { start: at, usedMs: 0, executions: 0, refused: 0 };
    this.history.push(day);
    return day;
  }

  /** What a trigger starting at `at` may still use, in ms (0: it is refused). */
  remainingMs(at: number): number {
    return Math.max(0, this.limitMs - this.day(at).usedMs);
  }

  /** Charges a trigger execution that started at `startedAt` and ran `ms`. */
  charge(startedAt: number, ms: number, refused: boolean): void {
    const day = this.day(startedAt);
    day.usedMs += ms;
    if (ms > 0 || !refused) day.executions += 1;
    if (refused) day.refused += 1;
  }

  /** Every quota day so far, oldest first (copies). */
  days(): QuotaDay[] {
    return this.history.map((d) => ({ ...d }));
  }
}
