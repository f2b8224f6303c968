// Cabas's own triggers: installed by handler name, replaced rather than edited (triggers cannot
// be edited, only deleted and created), so that every setup can run twice.
import { CabasError, LockBusyError } from './cabas-error';
type Trigger = GoogleAppsScript.Script.Trigger;
type TriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;

/** The handler of each trigger: top-level functions of dist/Code.js (see entry-points.ts). */
export const HANDLER = {
  formSubmit: 'onFormSubmitTrigger',
  deadline: 'onDeadlineTrigger',
  reminder: 'onReminderTrigger',
  outbox: 'onOutboxTrigger',
  sendSoon: 'onSendSoonTrigger',
  resumeClose: 'onResumeCloseTrigger',
  pending: 'onPendingSubmissionsTrigger',
  retry: 'onRetrySubmissionsTrigger',
  duties: 'onDutiesTrigger',
  dutiesRetry: 'onDutiesRetryTrigger',
} as const;

export type Handler = (typeof HANDLER)[keyof typeof HANDLER];

export class Triggers {
  private list: Trigger[] | null = null;

  private all(): Trigger[] {
    if (!this.list) this.list = ScriptApp.getProjectTriggers();
    return this.list;
  }

  has(handler: Handler): boolean {
    return this.all().some((t) => t.getHandlerFunction() === handler);
  }

  remove(handler: Handler): void {
    const keep: Trigger[] = [];
    for (const t of this.all()) {
      if (t.getHandlerFunction() === handler) ScriptApp.deleteTrigger(t);
      else keep.push(t);
    }
    this.list = keep;
  }

  /** Deletes this handler's triggers, then creates one. */
  replace(handler: Handler, build: (b: TriggerBuilder) => Trigger): void {
    this.remove(handler);
    this.all().push(build(ScriptApp.newTrigger(handler)));
  }

  /**
   * Creates one more trigger for the handler, keeping those it has, without listing them first:
   * a retry armed by a run's very first call.
   */
  add(handler: Handler, build: (b: TriggerBuilder) => Trigger): void {
    const trigger = build(ScriptApp.newTrigger(handler));
    if (this.list) this.list.push(trigger);
  }

  /** Creates the trigger only when the handler has none. */
  ensure(handler: Handler, build: (b: TriggerBuilder) => Trigger): void {
    if (!this.has(handler)) this.all().push(build(ScriptApp.newTrigger(handler)));
  }
}

/**
 * How far off its time Google may run a clock trigger: "plus or minus 15 minutes" for atHour,
 * nearMinute and atDate (developers.google.com/apps-script/reference/script/clock-trigger-builder);
 * Cabas assumes the same of at(). after(ms) is a minimum: it never fires early.
 */
export const TRIGGER_WINDOW_MS = 15 * 60 * 1000;

export const at = (when: number) => (b: TriggerBuilder) => b.timeBased().at(new Date(when)).create();
export const after = (ms: number) => (b: TriggerBuilder) => b.timeBased().after(ms).create();
export const hourly = (b: TriggerBuilder) => b.timeBased().everyHours(1).create();
/** Every day around 7 in the morning (±15 minutes), in the project's time zone. */
/**
 * Every day around 7 in the group's morning. `atHour` alone counts in the script's zone (the
 * manifest's Paris, for every group); `inTimezone` "specifies the timezone for the specified
 * dates/time when the trigger runs" (developers.google.com/apps-script/reference/script/clock-trigger-builder).
 */
export const dailyAt7 = (timeZone: string) => (b: TriggerBuilder) => b.timeBased().everyDays(1).atHour(7).inTimezone(timeZone).create();

/**
 * Runs a handler that armed its own retry (`Triggers.add` at its first call). The retry is for a
 * run that dies: killed, timed out, a platform error. A refusal Cabas raises itself (a
 * `CabasError`, e.g. the hidden state lost) would be the same at every retry, and each retry
 * arms another: left alone, a lost state made the 5-minute reminder retry and the 30-minute
 * duties retry fire some 1,800 times in nine days, a Journal line each. So such a refusal removes
 * the handler's retries before it is rethrown; it has already been said loudly.
 *
 * A script lock that stayed busy (`LockBusyError`) is not a refusal: the retry is what runs the
 * work once the lock is free, so it stays. With `whenBusy`, the run then ends quietly with its
 * value (a failed execution would e-mail the owner about a wait that heals itself).
 */
export function dropRetryOnRefusal<T>(handler: Handler, run: () => T, whenBusy?: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof LockBusyError) {
      if (whenBusy) return whenBusy();
      throw e;
    }
    if (e instanceof CabasError) {
      try {
        new Triggers().remove(handler);
      } catch {
        // The refusal is what the owner must see.
      }
    }
    throw e;
  }
}
