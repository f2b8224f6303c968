// Envoyer: sends what waits in the outbox within today's quota (menu item and hourly trigger).
import { waitsForMenu } from '../../core/email/sending-policy';
import { catalogue } from '../../core/i18n';
import { context, type Context } from '../adapters/context';
import { after, HANDLER, hourly } from '../adapters/triggers';
import type { SendReport } from '../adapters/outbox';
import { tryScriptLock } from '../adapters/script-lock';
import { inform } from './with-alert';

/**
 * `automatic`: a trigger's run, which leaves reminders and the close's e-mails in `Envois` when
 * automatic sending is off (core/email/sending-policy.ts); the menu item sends everything.
 */
export function sendPending(options: { silent?: boolean; automatic?: boolean } = {}): SendReport {
  const ctx = context();
  const settings = ctx.settings;
  const hold = options.automatic ? (kind: string) => waitsForMenu(kind, settings) : undefined;
  // Two sends at once could pick the same message: only one runs; the other finds nothing left.
  // The lock is released whatever happens (a row's marks that could not be written end the run),
  // and before the dialog below waits for a person.
  const report: SendReport = tryScriptLock(() => ctx.outbox.send(ctx.startedAt, { hold }), 10000,
    () => ({ sent: 0, pending: 0, failed: 0, quotaReached: false }));
  if (!options.silent) {
    const t = catalogue(ctx.locale).ui;
    inform(t.sendTitle, report.quotaReached ? t.quotaWait(report.pending) : t.sent(report.sent, report.pending));
  }
  return report;
}

/**
 * Sends in a minute, in an execution of its own, and keeps the hourly trigger as a safety net:
 * a sending run that dies early still leaves the rest with a trigger.
 */
export function scheduleSending(ctx: Context): void {
  ctx.triggers.ensure(HANDLER.outbox, hourly);
  ctx.triggers.replace(HANDLER.sendSoon, after(60 * 1000));
}
