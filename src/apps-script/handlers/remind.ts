// The reminder trigger: one e-mail to each active member who has not ordered in the open cycle.
import { catalogue } from '../../core/i18n';
import { composeReminder } from '../../core/orders/member-email';
import { context } from '../adapters/context';
import { HANDLER } from '../adapters/triggers';
import { scheduleSending } from './send';
import { withScriptLock } from '../adapters/script-lock';

export function remind(): number {
  const ctx = context();
  const loaded = ctx.state.load();
  ctx.triggers.remove(HANDLER.reminder);
  if (!loaded || loaded.cycle.catalog.cycle.status !== 'open') return 0;
  const { catalog } = loaded.cycle;
  if (Date.now() >= catalog.cycle.deadline) return 0;
  const { queued } = withScriptLock(() => {
    const waiting = ctx.state.allMembers().filter((r) => r.member && r.member.active && !(r.order && r.order.lines.length > 0));
    const emails = waiting.map((r) => composeReminder({ catalog, member: r.member! }));
    return ctx.outbox.queue(emails, { dedupe: true, now: Date.now() });
  });
  const t = catalogue(catalog.settings.locale).ui;
  ctx.journal.log('info', t.event.reminderSent, '', `${catalog.cycle.id}: ${queued}`);
  if (queued > 0) scheduleSending(ctx);
  return queued;
}
