// When the reminder goes: `Rappel avant clôture (heures)` before the deadline, early enough that its
// e-mails leave before it. Armed at the opening, and again when the deadline is pushed back in
// `Cycles` (cycle-row-edit.ts), so that the reminder follows the deadline it announces.
import { at, HANDLER, TRIGGER_WINDOW_MS } from '../adapters/triggers';
import type { Context } from '../adapters/context';

/**
 * How long after a reminder run its retry fires. Short: the reminder trigger is set at least 45
 * minutes before the deadline, and a retry (up to 15 minutes late) and its sending must still
 * leave before it.
 */
export const REMINDER_RETRY_MS = 5 * 60 * 1000;

/**
 * The instant the reminder is due for a deadline. The reminder's trigger may fire 15 minutes late,
 * and its sending runs in an after() trigger that may be 15 minutes late too: it is set early enough
 * that the e-mails still leave before the deadline.
 */
export function reminderAt(deadline: number, reminderHours: number): number {
  return Math.min(deadline - reminderHours * 3600 * 1000, deadline - 3 * TRIGGER_WINDOW_MS);
}

/** Sets the reminder's triggers for `deadline` (none when no reminder is asked for or its time has passed); returns whether one is set. */
export function armReminder(ctx: Context, deadline: number, reminderHours: number, now: number): boolean {
  const remindAt = reminderAt(deadline, reminderHours);
  if (reminderHours > 0 && remindAt > now) {
    ctx.triggers.replace(HANDLER.reminder, at(remindAt));
    // A second one, in case the first run is killed before it arms its own retry (remind.ts).
    ctx.triggers.add(HANDLER.reminder, at(remindAt + REMINDER_RETRY_MS));
    return true;
  }
  ctx.triggers.remove(HANDLER.reminder);
  return false;
}
