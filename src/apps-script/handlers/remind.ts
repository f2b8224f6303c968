// The reminder trigger: one e-mail to each active member who has not ordered in the open cycle.
// A run killed at any call is run again by a trigger it leaves, and a reminder already queued is
// never queued twice (its key is the cycle and the e-mail), so each goes once.
import { catalogue } from '../../core/i18n';
import { cycleLabel } from '../../core/orders/cycle-label';
import { composeReminder } from '../../core/orders/member-email';
import { StateLostError } from '../adapters/cabas-error';
import { context, loadConfiguration } from '../adapters/context';
import { reviewSettings } from '../../core/close/review-settings';
import { after, dropRetryOnRefusal, HANDLER, Triggers } from '../adapters/triggers';
import { scheduleSending } from './send';
import { applyCycleRowEdit } from './cycle-row-edit';
import { withScriptLock } from '../adapters/script-lock';
import { armReminder, reminderAt, REMINDER_RETRY_MS } from './reminder-trigger';


export function remind(): number {
  // The very first call arms a retry; the open installed a second reminder trigger for a run
  // killed even before that. Both are removed once the reminders are queued.
  new Triggers().add(HANDLER.reminder, after(REMINDER_RETRY_MS));
  return dropRetryOnRefusal(HANDLER.reminder, remindOnce, () => 0); // a busy lock: the retry armed above runs it
}

function remindOnce(): number {
  const ctx = context();
  let loaded: ReturnType<typeof ctx.state.load>;
  try {
    loaded = ctx.state.load();
  } catch (error) {
    // A lost `_cabas` does not come back by itself: no retry every five minutes (each would arm
    // another); « Réparer » sets the reminder again (repair.ts). The failure stays loud.
    if (error instanceof StateLostError) ctx.triggers.remove(HANDLER.reminder);
    throw error;
  }
  if (!loaded || loaded.cycle.catalog.cycle.status !== 'open' || Date.now() >= loaded.cycle.catalog.cycle.deadline) {
    ctx.triggers.remove(HANDLER.reminder);
    return 0;
  }
  const { catalog } = loaded.cycle;
  const { due, queued, later } = withScriptLock(ctx.locale, () => {
    // A deadline pushed back in Cycles: the reminder gives the new one (cycle-row-edit.ts), and
    // waits for its own time before it, not the old deadline's.
    const moved = applyCycleRowEdit(ctx, loaded.cycle, { deadline: true, journalRefusal: false });
    const now = Date.now();
    if (moved && reminderAt(catalog.cycle.deadline, catalog.settings.reminderHours) > now) {
      armReminder(ctx, catalog.cycle.deadline, catalog.settings.reminderHours, now);
      return { due: 0, queued: 0, later: true };
    }
    // Automatic sending turned off in Paramètres since the opening: the reminders wait in Envois
    // too, and so will the close's e-mails (review-settings.ts; kept in the state for the sending).
    // Only that one: cases and minimums are the close's to read, and to journal.
    const review = reviewSettings(catalog.settings, loadConfiguration(ctx).readable?.settings ?? null);
    if (review.changed.includes('autoSend')) {
      catalog.settings = { ...catalog.settings, autoSend: false };
      ctx.state.saveCycle(loaded.cycle);
      ctx.journal.log('info', catalogue(ctx.locale).ui.event.reviewSettings, '', catalogue(ctx.locale).ui.journal.remindersHeld);
    }
    const waiting = ctx.state.allMembers().filter((r) => r.member && r.member.active && !(r.order && r.order.lines.length > 0));
    const emails = waiting.flatMap((r) => (r.member ? [composeReminder({ catalog, member: r.member })] : []));
    return { due: emails.length, ...ctx.outbox.queue(emails, { dedupe: true, now: Date.now() }), later: false };
  });
  if (later) return 0;
  // Scheduled even when a killed run queued them all already: that run may have died before this.
  // With automatic sending off they wait in Envois for the menu (core/email/sending-policy.ts).
  if (due > 0 && catalog.settings.autoSend) scheduleSending(ctx);
  const t = catalogue(ctx.locale).ui;
  ctx.journal.log('info', t.event.reminderSent, '', t.journal.reminded(cycleLabel(catalog.cycle, catalog.settings.timeZone, ctx.locale), queued));
  ctx.triggers.remove(HANDLER.reminder);
  return queued;
}
