// « Relancer les impayés »: carries the Distribution ticks into the ledger, rebuilds Soldes, and
// queues one polite reminder per household that still owes (at most one a week each).
import { safeTabName } from '../../core/close/tab-name';
import { catalogue } from '../../core/i18n';
import { balances, balancesTab, mergedLedger } from '../../core/payments/balances';
import { balanceReminders } from '../../core/payments/compose-balance-reminder';
import { mergeLedger } from '../../core/payments/ledger';
import { ledgerProblems } from '../../core/payments/ledger-problems';
import { renderProblem } from '../../core/workbook/render-problem';
import { context, loadConfiguration } from '../adapters/context';
import { Ledger } from '../adapters/ledger';
import { withScriptLock } from '../adapters/script-lock';
import { writeTab } from '../adapters/write-tab';
import { scheduleSending } from './send';
import { inform } from './with-alert';

export function remindUnpaid(options: { silent?: boolean } = {}): { ok: boolean; queued: number; message: string; unreadable?: number } {
  const ctx = context();
  const report = withScriptLock(ctx.locale, () => {
    const { config } = loadConfiguration(ctx);
    const settings = config?.settings ?? ctx.settings;
    const t = catalogue(ctx.locale);
    if (!settings) return { ok: false, queued: 0, message: t.ui.noOpenCycle };
    const ledger = new Ledger(ctx.workbook);
    const payments = ledger.read();
    const merge = mergeLedger(payments.rows, [], ledger.distributionTicks());
    ledger.write(payments, merge);
    const owed = balances(mergedLedger(payments.rows, merge));
    const tab = balancesTab(owed, ctx.locale);
    writeTab(ctx.workbook, { ...tab, name: safeTabName(tab.name, new Set()) });
    const now = Date.now();
    // A household with an unreadable amount or box is not told it owes what it may have paid (ledger-problems.ts).
    const unreadable = ledgerProblems({ tabName: payments.sheet.getName(), values: payments.values }, ctx.locale);
    const remindable = { ...owed, households: owed.households.filter((h) => !unreadable.households.has(h.email)) };
    const emails = balanceReminders({ balances: remindable, producers: config?.producers ?? [], settings, keys: ctx.outbox.keys(), now });
    const { queued } = ctx.outbox.queue(emails, { dedupe: true, now });
    if (queued > 0) scheduleSending(ctx);
    const cells = unreadable.problems.map((p) => renderProblem(p, ctx.locale));
    if (cells.length > 0) ctx.journal.log('warning', t.ui.event.ledgerUnreadable, '', t.payments.unreadable(unreadable.households.size, cells), now);
    const message = cells.length > 0 ? `${t.payments.reminded(queued)}\n\n${t.payments.unreadable(unreadable.households.size, cells)}` : t.payments.reminded(queued);
    return { ok: true, queued, message, unreadable: cells.length };
  });
  if (!options.silent) inform(catalogue(ctx.locale).payments.remindTitle, report.message);
  return report;
}
