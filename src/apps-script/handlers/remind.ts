// The reminder trigger: one e-mail to each active member who has not ordered in the open cycle.
import { catalogue } from '../../core/i18n';
import { composeReminder } from '../../core/orders/member-email';
import { context } from '../adapters/context';
import { HANDLER } from '../adapters/triggers';
import { scheduleSending } from './send';

export function remind(): number {
  const ctx = context();
  const loaded = ctx.state.load();
  ctx.triggers.remove(HANDLER.reminder);
  if (!loaded || loaded.cycle.catalog.cycle.status !== 'open') return 0;
  const { catalog } = loaded.cycle;
  ctx.workbook.locale = catalog.settings.locale;
  if (Date.now() >= catalog.cycle.deadline) return 0;
  const lock = LockService.getScriptLock();
  lock.waitLock(30000);
  const waiting = ctx.state.allMembers().filter((r) => r.member && r.member.active && !(r.order && r.order.lines.length > 0));
  const emails = waiting.map((r) => composeReminder({ catalog, member: r.member! }));
  const { queued } = ctx.outbox.queue(emails, { dedupe: true, now: Date.now() });
  lock.releaseLock();
  const t = catalogue(catalog.settings.locale).ui;
  ctx.journal.add([{ at: Date.now(), level: 'info', event: t.event.reminderSent, who: '', detail: `${catalog.cycle.id}: ${queued}` }]);
  if (queued > 0) scheduleSending(ctx);
  return queued;
}
