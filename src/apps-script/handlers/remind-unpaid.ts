// « Relancer les impayés »: carries the Distribution ticks into the ledger, rebuilds Soldes, and
// queues one polite reminder per household that still owes (at most one a week each).
import { safeTabName } from '../../core/close/tab-name';
import { catalogue } from '../../core/i18n';
import { balances, balancesTab, ledgerLinks, mergedLedger } from '../../core/payments/balances';
import { balanceReminders, collectable, householdsToCall, producersTaken } from '../../core/payments/compose-balance-reminder';
import { formatMoney } from '../../core/money';
import { producerNow } from '../../core/producers/producer-now';
import { readCycles } from '../../core/workbook/read-configuration';
import { mergeLedger } from '../../core/payments/ledger';
import { ledgerNotice, ledgerProblems } from '../../core/payments/ledger-problems';
import { missingLedgerRows, missingRowsNotice } from '../../core/payments/missing-ledger-rows';
import { unplacedTicksNotice } from '../../core/payments/distribution-ticks';
import { context, loadConfiguration } from '../adapters/context';
import { Ledger } from '../adapters/ledger';
import { withScriptLock } from '../adapters/script-lock';
import { removeOtherLanguageTab, writeTab } from '../adapters/write-tab';
import { scheduleSending } from './send';
import { inform } from './with-alert';

export function remindUnpaid(options: { silent?: boolean } = {}): { ok: boolean; queued: number; message: string; unreadable?: number; toCall?: number } {
  const ctx = context();
  const report = withScriptLock(ctx.locale, () => {
    const { readable: config } = loadConfiguration(ctx);
    const settings = config?.settings ?? ctx.settings;
    const t = catalogue(ctx.locale);
    if (!settings) return { ok: false, queued: 0, message: t.ui.noOpenCycle };
    const ledger = new Ledger(ctx.workbook);
    const payments = ledger.read();
    const { ticks, unplaced } = ledger.readTicks();
    const merge = mergeLedger(payments.rows, [], ticks);
    ledger.write(payments, merge);
    const ledgerNow = mergedLedger(payments.rows, merge);
    // A household whose address changed in Adhérents is reminded once, at its address now, of all it owes.
    const links = ledgerLinks(ledgerNow, config?.members ?? []);
    const owed = balances(ledgerNow, undefined, links);
    const tab = balancesTab(owed, ctx.locale);
    writeTab(ctx.workbook, { ...tab, name: safeTabName(tab.name, new Set()) });
    removeOtherLanguageTab(ctx.workbook, (c) => c.payments.balances.tabName, (c) => ({ row: 1, text: c.payments.balances.householdsHeading }));
    const now = Date.now();
    // A household with an unreadable amount or box is not told it owes what it may have paid (ledger-problems.ts).
    const unreadable = ledgerProblems({ tabName: payments.sheet.getName(), values: payments.values }, ctx.locale);
    // Only cycles whose pickup has passed are asked for: nobody pays for a basket not yet taken home.
    const cyclesTab = ctx.workbook.values('cycles');
    const cycles = cyclesTab ? readCycles(cyclesTab, settings.timeZone).cycles : [];
    const due = collectable(new Set(ledgerNow.map((e) => e.cycle)), cycles, now, settings.timeZone);
    const owedNow = balances(ledgerNow.filter((e) => due.has(e.cycle)), undefined, links);
    const unreadableHouseholds = new Set([...unreadable.households].map((key) => links.current(key)));
    const remindable = { ...owedNow, households: owedNow.households.filter((h) => !unreadableHouseholds.has(h.email)) };
    // `Commandes`, one call: each reminder names only the producers the household received something
    // from, and a household row deleted from the ledger is named (missing-ledger-rows.ts).
    const lines = ctx.workbook.sheet('orders') ? ctx.orders.readAll() : [];
    // A producer renamed since (a typo fixed) still says how to pay it (producers/producer-now.ts).
    const taken = producersTaken(lines, links, producerNow(lines, config?.producers ?? [], config?.products ?? []));
    const missing = missingRowsNotice(missingLedgerRows(lines, ledgerNow), ctx.locale);
    if (missing) ctx.journal.log('warning', t.ui.event.ledgerRowMissing, '', missing, now);
    const emails = balanceReminders({ balances: remindable, producers: config?.producers ?? [], taken, settings, keys: ctx.outbox.keys(), now });
    // A household without e-mail cannot be reminded by e-mail: the coordination is told whom to call.
    const toCall = householdsToCall(remindable, config?.members ?? []).map((h) => t.payments.toCallLine(h.name, h.phone, formatMoney(h.cents, ctx.locale)));
    if (toCall.length > 0) ctx.journal.log('info', t.ui.event.unpaidToCall, '', t.payments.toCall(toCall), now);
    const { queued } = ctx.outbox.queue(emails, { dedupe: true, now });
    if (queued > 0) scheduleSending(ctx);
    const notice = ledgerNotice(unreadable, ctx.locale);
    if (notice) ctx.journal.log('warning', t.ui.event.ledgerUnreadable, '', notice, now);
    // Boxes ticked on a pickup tab that name no ledger row: said, so that nobody is asked for what they paid.
    const lost = unplacedTicksNotice(unplaced, ctx.locale);
    if (lost) ctx.journal.log('warning', t.ui.event.ticksUnplaced, '', lost, now);
    const message = [t.payments.reminded(queued, toCall.length), ...(toCall.length > 0 ? [t.payments.toCall(toCall)] : []), ...(notice ? [notice] : []), ...(missing ? [missing] : []), ...(lost ? [lost] : [])].join('\n\n');
    return { ok: true, queued, message, unreadable: unreadable.problems.length, toCall: toCall.length };
  });
  if (!options.silent) inform(catalogue(ctx.locale).payments.remindTitle, report.message);
  return report;
}
