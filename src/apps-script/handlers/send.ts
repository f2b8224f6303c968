// Envoyer: sends what waits in the outbox within today's quota (menu item and hourly trigger).
import { waitsForMenu } from '../../core/email/sending-policy';
import { catalogue } from '../../core/i18n';
import { currentAddress, type Directory } from '../../core/email/current-address';
import { context, loadConfiguration, type Context } from '../adapters/context';
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
  const report: SendReport = tryScriptLock(() => ctx.outbox.send(ctx.startedAt, { hold, readdress: readdress(ctx) }), 10000,
    () => ({ sent: 0, pending: 0, failed: 0, quotaReached: false }));
  if (!options.silent) {
    const t = catalogue(ctx.locale).ui;
    inform(t.sendTitle, report.quotaReached ? t.quotaWait(report.pending) : t.sent(report.sent, report.pending));
  }
  return report;
}

/**
 * The recipient's current address for a row sent again: the directories are read once, at the
 * first such row (the cycle's snapshot for who it was, the tabs for where they are now).
 */
function readdress(ctx: Context): (to: string) => string {
  let directories: { then: Directory; now: Directory } | null = null;
  return (to) => {
    if (!directories) {
      const { readable: config } = loadConfiguration(ctx);
      const loaded = ctx.state.load();
      directories = {
        // No cycle snapshot (none opened yet): nobody to find, every address is kept.
        then: {
          members: loaded ? ctx.state.allMembers().flatMap((r) => (r.member ? [r.member] : [])) : [],
          producers: loaded?.cycle.catalog.producers ?? [],
        },
        now: { members: config?.members ?? [], producers: config?.producers ?? [] },
      };
    }
    return currentAddress(to, directories.then, directories.now);
  };
}

/**
 * Sends in a minute, in an execution of its own, and keeps the hourly trigger as a safety net:
 * a sending run that dies early still leaves the rest with a trigger.
 */
export function scheduleSending(ctx: Context): void {
  ctx.triggers.ensure(HANDLER.outbox, hourly);
  ctx.triggers.replace(HANDLER.sendSoon, after(60 * 1000));
}
