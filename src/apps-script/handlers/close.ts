// Clôturer: stops the form, allocates cases and stock, writes the producer, distribution and
// recap tabs, queues everyone's e-mails. Idempotent (closing twice gives the same tabs and no
// second e-mail) and resumable when it nears the execution time limit.
import { closeCycle, type CloseResult } from '../../core/close/close-cycle';
import { composeCloseHeld } from '../../core/close/compose-close-held';
import { lineKeys } from '../../core/close/line-key';
import { ledgerNotice, ledgerProblems } from '../../core/payments/ledger-problems';
import { catalogue } from '../../core/i18n';
import { readCycles } from '../../core/workbook/read-cycles';
import { formatLongDateTime, startOfLocalDay } from '../../core/dates';
import { configurationErrors } from '../../core/workbook/render-problem';
import { missingLedgerRows, missingRowsNotice } from '../../core/payments/missing-ledger-rows';
import { unplacedTicksNotice } from '../../core/payments/distribution-ticks';
import { cycleLabel } from '../../core/orders/cycle-label';
import type { CycleCatalog, Member, OrderLine, TabLayout } from '../../core/model';
import { context, loadConfiguration, timeLeft, type Context } from '../adapters/context';

/** When a close killed mid-way resumes: after the 6-minute limit of the execution it was in. */
const KILLED_CLOSE_RESUME_MS = 7 * 60 * 1000;
import type { LineOutcome } from '../adapters/order-book';
import { after, dropRetryOnRefusal, HANDLER } from '../adapters/triggers';
import { CabasError, LockBusyError, StateLostError } from '../adapters/cabas-error';
import { scheduleSending } from './send';
import { replayParked } from './submit';
import { takeMissedAnswers } from './missed-answers';
import { applyCycleRowEdit } from './cycle-row-edit';
import { refreshSettingsAndContacts, restoreMissingLines } from './close-inputs';
import { withdrawnProducers } from '../../core/close/withdrawn-producers';
import { removeOtherLanguageTab, removeTab, writeTab } from '../adapters/write-tab';
import type { Counters } from '../../core/cycle-state';
import { withScriptLock } from '../adapters/script-lock';
import { inform } from './with-alert';
import { Ledger } from '../adapters/ledger';
import { mergeLedger } from '../../core/payments/ledger';
import { balances, balancesTab, ledgerLinks, mergedLedger } from '../../core/payments/balances';
import { GENERATED_TAB_PREFIX, safeTabName } from '../../core/close/tab-name';

export interface CloseReport {
  ok: boolean;
  message: string;
  households: number;
  producers: number;
  queued: number;
  sent: number;
  resumes: boolean;
}

/**
 * Closes the open cycle (or finishes a close in progress). `finalize` sends the order after a
 * coordinator corrected `Attribué` (manual case policy, or a producer held below its minimum):
 * the corrected quantities are then taken as they are.
 */
export function closeNow(options: { finalize?: boolean; silent?: boolean; atDeadline?: boolean } = {}): CloseReport {
  const ctx = context();
  const report = dropRetryOnRefusal(HANDLER.resumeClose,
    () => journalRefusal(ctx, () => withScriptLock(ctx.locale, () => close(ctx, options.finalize ?? false, options.atDeadline ?? false))),
    () => closeWhenFree(ctx, options.finalize ?? false));
  if (!options.silent && report.message) inform(catalogue(ctx.locale).ui.closeTitle, report.message);
  return report;
}

/**
 * A refusal only a person can lift (a tab of someone's under a generated tab's name) is journaled
 * before it is rethrown, and its resume is dropped (dropRetryOnRefusal): each resume met the same
 * refusal, a quarter of an hour apart for as long as nobody fixed it, every one redoing the close
 * against the day's trigger runtime. A lost state reports itself (reportLostState).
 */
function journalRefusal<T>(ctx: Context, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof CabasError && !(e instanceof StateLostError) && !(e instanceof LockBusyError)) {
      const t = catalogue(ctx.locale).ui;
      ctx.journal.log('error', t.event.error, '', t.closeStopped(e.message));
    }
    throw e;
  }
}

/**
 * The script lock stayed busy for the whole wait (a burst of submissions at the deadline, a long
 * sending): the close runs again in a minute, by its resume trigger. Before, the deadline's close
 * failed on Google's « Lock timeout » with no resume, and the cycle stayed open for good. Armed
 * without the lock, as a parked submission's retry is (replace: one resume whoever arms it).
 */
function closeWhenFree(ctx: Context, finalize: boolean): CloseReport {
  const t = catalogue(ctx.locale).ui;
  const report = { ok: false, households: 0, producers: 0, queued: 0, sent: 0 };
  // « Envoyer la commande » is the coordinator's go-ahead, which a resume (a plain close) is not.
  if (finalize) return { ...report, message: t.lockBusy, resumes: false };
  ctx.triggers.replace(HANDLER.resumeClose, after(60 * 1000));
  return { ...report, message: t.closeBusy, resumes: true };
}

/** `atDeadline`: the deadline trigger's run, which first looks whether a coordinator pushed the deadline back in Cycles. */
function close(ctx: Context, finalize: boolean, atDeadline: boolean): CloseReport {
  const empty: CloseReport = { ok: false, message: '', households: 0, producers: 0, queued: 0, sent: 0, resumes: false };
  // Nothing to close: a resume armed while the lock was busy (closeWhenFree) has nothing to resume.
  const nothing = (message: string): CloseReport => {
    ctx.triggers.remove(HANDLER.resumeClose);
    return { ...empty, message };
  };
  let loaded = ctx.state.load();
  if (!loaded) return nothing(catalogue(ctx.locale).ui.noOpenCycle);
  // « Envoyer la commande » is for a closed cycle: before the deadline it would close the form on
  // members still ordering (found by probing). Refused, with nothing done.
  if (finalize && loaded.cycle.catalog.cycle.status === 'open') {
    const { cycle, settings } = loaded.cycle.catalog;
    return { ...empty, message: catalogue(settings.locale).ui.finalizeWhileOpen(cycle.id, formatLongDateTime(cycle.deadline, settings.timeZone, settings.locale)) };
  }
  // « Attribué » is the coordinator's review: a cell that is no quantity (« abc », « -1 ») was read
  // as 0 and the line cancelled, the order sent without a word (found by probing). Refused, with the
  // cells, before anything is armed or written; one more read of Commandes, for this menu only.
  if (finalize) {
    const unreadable = ctx.orders.unreadableAllocations(loaded.cycle.catalog.cycle.id);
    if (unreadable.length > 0) return { ...empty, message: catalogue(loaded.cycle.catalog.settings.locale).ui.allocatedUnreadable(unreadable) };
  }
  // Dates a coordinator changed in Cycles (cycle-row-edit.ts): a new pickup is in every e-mail this
  // close writes; at the deadline trigger's run, a deadline pushed back keeps the cycle open. Read
  // by a close's first run and by « Envoyer la commande » (a review may take days), not by its
  // resumes: on a slow day each call more in a resume is less of the close done in it.
  const firstRun = loaded.cycle.catalog.cycle.status === 'open' || finalize;
  if (firstRun && applyCycleRowEdit(ctx, loaded.cycle, { deadline: atDeadline, journalRefusal: true })) return { ...empty, ok: true };
  // Submissions still parked (the lock was busy, or a run stopped half-way) are applied first.
  if (loaded.cycle.catalog.cycle.status === 'open' && replayParked(ctx) > 0) loaded = ctx.state.load()!;
  // Then the answers of the last minutes whose execution has not started yet (missed-answers.ts).
  if (loaded.cycle.catalog.cycle.status === 'open' && takeMissedAnswers(ctx, loaded, Math.min(Date.now(), loaded.cycle.catalog.cycle.deadline)) > 0) loaded = ctx.state.load()!;
  const { cycle: state, counters } = loaded;
  const catalog = state.catalog;
  const locale = catalog.settings.locale;
  const t = catalogue(locale).ui;
  const status = catalog.cycle.status;
  if (status === 'archived' || status === 'draft') return nothing(t.noOpenCycle);
  // Armed first: an execution killed anywhere before its end (Apps Script stops one at 6 minutes,
  // developers.google.com/apps-script/guides/services/quotas) leaves a resume that fires once it is
  // surely dead. The budget checks below resume sooner; the end removes it. Before, a close slowed
  // within a single tab's writes was killed with no resume, and the cycle stayed « clôturé ».
  ctx.triggers.replace(HANDLER.resumeClose, after(KILLED_CLOSE_RESUME_MS));
  if (status === 'open') {
    const form = FormApp.openById(state.formId);
    form.setAcceptingResponses(false);
    catalog.cycle.status = 'closed';
    ctx.state.saveCycle(state);
    ctx.cycles.setStatus(catalog.cycle.id, 'closed');
    ctx.triggers.remove(HANDLER.deadline);
    ctx.triggers.remove(HANDLER.reminder);
    ctx.triggers.remove(HANDLER.retry);
  } else if (status === 'sent' && !finalize) {
    // Done before. Repair what an execution killed at the very end may have left: the Cycles
    // row, and waiting e-mails without a trigger. Nothing is left to resume: the resume just
    // armed goes (and a killed close's own, when this is it). Before, each such run armed one
    // more, and a close clicked again, or killed at its very end, resumed every few minutes for
    // good (300 runs in three days).
    ctx.triggers.remove(HANDLER.resumeClose);
    ctx.cycles.setStatus(catalog.cycle.id, 'sent');
    if (ctx.outbox.pendingCount() > 0) scheduleSending(ctx);
    return { ...empty, ok: true, message: t.closed(catalog.cycle.id, 0, counters.households) };
  }
  // What this close has already written, so that a resumed close carries on instead of starting over.
  // « Envoyer la commande » remembers the tabs the close before it made: those it no longer makes
  // (a site or a producer left with nothing) are deleted once its own are written.
  const done: NonNullable<Counters['closeDone']> = status === 'open' || finalize || !counters.closeDone
    ? { outcome: false, tabs: [], ...(finalize && counters.closeDone ? { replaces: [...new Set([...(counters.closeDone.replaces ?? []), ...counters.closeDone.tabs])] } : {}) }
    : counters.closeDone;
  const saveProgress = () => {
    counters.closeDone = done;
    ctx.state.saveCounters(counters);
  };

  // What can be read of the configuration: a mistake in one cell (next cycle's product « à voir »)
  // does not make the close ignore the rest; the Journal names it.
  const { config, readable, problems } = loadConfiguration(ctx);
  if (firstRun && readable && !config) ctx.journal.log('warning', t.event.configProblem, '', t.readAround(t.readAroundClose, configurationErrors(problems, locale)));
  // Settings and contact details changed since the opening (close-inputs.ts): a review asked for
  // (`manuel`, `suspendre`, sending `non`) makes this close wait; e-mails go to the addresses as
  // they stand. Read by a first run, as the dates above.
  if (firstRun) refreshSettingsAndContacts(ctx, state, readable);
  // A producer set inactive since the opening: its order is cancelled, the members told (withdrawn-producers.ts).
  const withdrawn = withdrawnProducers(catalog, readable?.producers ?? null);
  if (firstRun) for (const name of withdrawn) ctx.journal.log('warning', t.event.producerWithdrawn, '', t.journal.producerWithdrawn(name));
  // The members' rows of `_cabas`, one read: their current orders say where each unit waits in the queue.
  const records = ctx.state.allMembers();
  const members: Member[] = readable?.members ?? records.flatMap((r) => (r.member ? [r.member] : []));
  const everyLine = ctx.orders.readAll();
  const live = (all = ctx.orders.readAll()) => all.filter((l) => l.cycle === catalog.cycle.id && l.status !== 'replaced');
  let stored = live(everyLine);
  // A member's confirmed lines that Commandes lost (rows deleted or cleared by hand while the cycle
  // was open) are written back first, from the order the submission recorded (missing-lines.ts).
  // Not once the outcomes are written, nor for « Envoyer la commande »: the lines are then the
  // coordinator's review.
  const orders = records.flatMap((r) => (r.order ? [r.order] : []));
  if (!finalize && !done.outcome && restoreMissingLines(ctx, state, orders, members, stored)) stored = live();
  const lines: OrderLine[] = stored.map(({ row: _row, ...l }) => l);
  // The ledger is the record of payments: ticks made on the Distribution tabs are carried into it
  // before those tabs are written again, and the new tabs show the ledger's ticks.
  const ledger = new Ledger(ctx.workbook);
  const payments = ledger.read();
  const { ticks: ticked, unplaced, cyclesByTab } = ledger.readTicks();
  // Boxes ticked where no ledger row is named (the column « Réf. paiement » deleted): said, not lost in silence.
  if (firstRun && unplaced.length > 0) ctx.journal.log('warning', t.event.ticksUnplaced, '', unplacedTicksNotice(unplaced, locale));
  // What earlier cycles leave, with the boxes ticked on the Distribution tabs counted (a household
  // marked paid at the pickup is not told it still owes).
  const ticksIn = mergeLedger(payments.rows, [], ticked);
  const earlier = mergedLedger(payments.rows, ticksIn);
  const result = closeCycle({
    catalog, lines, members, duties: readable?.duties ?? [], mode: finalize ? 'finalize' : 'close', withdrawn,
    orders,
    rejections: counters.rejections ?? [], pendingEmails: ctx.outbox.pendingCount(), now: Date.now(),
    ticks: ticksIn.ticks,
    earlierBalances: new Map(balances(earlier, catalog.cycle.id, ledgerLinks(earlier, members)).households
      .filter((h) => h.outstandingCents !== 0).map((h) => [h.email, {
        // The cycles that make the amount what it is: those it owes on, or those it is owed on (found by
        // probing: a cycle in credit was named among those « left to pay »).
        cents: h.outstandingCents, cycles: h.cycles.filter((c) => Math.sign(c.outstandingCents) === Math.sign(h.outstandingCents)).map((c) => c.cycle),
      }])),
  });

  // Each line's outcome is found by its key and written to the row the line was read from.
  const keys = lineKeys(lines);
  const outcome: LineOutcome[] = stored.map((line, i) => ({ row: line.row, ...outcomeOf(result.outcomes, keys[i]) }));
  if (!done.outcome) {
    ctx.orders.writeOutcome(outcome);
    done.outcome = true;
    saveProgress();
  }
  // Keyed by cycle and household: writing it again (a resumed or repeated close) adds no row.
  const merge = mergeLedger(payments.rows, result.ledger, ticked, catalog.cycle.id);
  ledger.write(payments, merge);
  // Soldes: rebuilt whole from the ledger as it now stands, never typed. A cell of the ledger that
  // cannot be read counts as 0 there: the Journal names it (ledger-problems.ts), once per close.
  const ledgerNow = mergedLedger(payments.rows, merge);
  const soldes = balancesTab(balances(ledgerNow, undefined, ledgerLinks(ledgerNow, members)), locale);
  if (firstRun) {
    // A household row deleted by hand from an earlier cycle takes its debt with it: named (missing-ledger-rows.ts).
    const missing = missingRowsNotice(missingLedgerRows(everyLine, payments.rows, catalog.cycle.id), locale);
    if (missing) ctx.journal.log('warning', t.event.ledgerRowMissing, '', missing);
    const unreadable = ledgerProblems({ tabName: payments.sheet.getName(), values: payments.values }, locale);
    if (unreadable.problems.length > 0) {
      ctx.journal.log('warning', t.event.ledgerUnreadable, '', ledgerNotice(unreadable, locale));
    }
  }
  const tabs = besideOtherPickups(ctx, cyclesByTab, [...result.tabs, { ...soldes, name: safeTabName(soldes.name, new Set(result.tabs.map((t) => t.name))) }], catalog, firstRun);

  const resume = (): CloseReport => {
    saveProgress();
    ctx.triggers.replace(HANDLER.resumeClose, after(60 * 1000));
    return { ...empty, ok: true, message: t.closeResumes, resumes: true };
  };
  // A tab is written only with time left for twice the slowest tab so far (and 30 s): on a slow day
  // one tab's writes took longer than a fixed margin, and the execution was killed inside it.
  let slowestTab = 0;
  for (const tab of tabs) {
    if (done.tabs.includes(tab.name)) continue;
    if (timeLeft(ctx) < 30 * 1000 + 2 * slowestTab) return resume();
    const started = Date.now();
    writeTab(ctx.workbook, tab);
    slowestTab = Math.max(slowestTab, Date.now() - started);
    done.tabs.push(tab.name);
  }
  // After a change of `Langue`, the recap and the balances of the other language would stay beside these, stale.
  removeOtherLanguageTab(ctx.workbook, (c) => c.close.recap.tabName, (c) => ({ row: 3, text: c.close.recap.producersHeading }));
  removeOtherLanguageTab(ctx.workbook, (c) => c.payments.balances.tabName, (c) => ({ row: 1, text: c.payments.balances.householdsHeading }));
  // Found by probing: the pickup sheet of a site left with nothing still handed out 6 bottles for 75 €.
  const stale = (done.replaces ?? []).filter((name) => !done.tabs.includes(name));
  for (const name of stale) removeTab(ctx.workbook, name);
  if (stale.length > 0) {
    delete done.replaces;
    saveProgress();
  }
  // The end (queueing every e-mail, the Cycles row, the Journal) is longer than one tab: it starts
  // only with a minute of the budget left, else in a resume. Started with 8 s left on a slow day, it
  // was killed at 6 minutes after the resume trigger was gone, and the cycle stayed « clôturé ».
  if (timeLeft(ctx) < 60 * 1000) return resume();
  saveProgress();
  ctx.triggers.remove(HANDLER.resumeClose);
  // Households that ordered, as the Récap and the digest count them (found by probing: the Journal
  // counted only those served, the Récap every one).
  const households = new Set(result.lines.filter((l) => l.status !== 'replaced').map((l) => l.email.trim().toLowerCase())).size;
  const served = new Set(result.lines.filter((l) => (l.allocated ?? 0) > 0).map((l) => l.email)).size;
  const now = Date.now();
  // The coordinator decides before anything leaves: manual cases, a producer on hold, or automatic sending off.
  const held = result.producers.filter((p) => p.status === 'below-minimum-held').map((p) => p.producer);
  if (result.awaitsReview) {
    ctx.state.saveCounters(counters);
    ctx.journal.log('warning', t.event.cycleClosed, '', t.closedManual, now);
    // The coordination learns it at once, not only from the Journal.
    ctx.outbox.queue([composeCloseHeld({ catalog, households: served, held, waitingInOutbox: null })], { dedupe: true, sendNow: true, now });
    return { ...empty, ok: true, message: `${t.closed(catalog.cycle.id, result.producers.length, households)}\n\n${t.closedManual}`, households, producers: result.producers.length };
  }
  const { queued } = ctx.outbox.queue(result.emails, { dedupe: true, now });
  if (result.holdsSending) {
    // Automatic sending off: the e-mails wait in Envois for « Envoyer les e-mails en attente ».
    ctx.outbox.queue([composeCloseHeld({ catalog, households: served, held, waitingInOutbox: ctx.outbox.pendingCount() })], { dedupe: true, sendNow: true, now });
  }
  catalog.cycle.status = 'sent';
  ctx.state.saveCycle(state);
  ctx.cycles.setStatus(catalog.cycle.id, 'sent');
  ctx.state.saveCounters(counters);
  ctx.journal.log('info', t.event.cycleClosed, '', t.journal.closed(cycleLabel(catalog.cycle, catalog.settings.timeZone, ctx.locale), households, result.producers.length, queued), now);
  // Sending is the outbox trigger's work, in executions of its own: a close of any size stays short.
  if (queued > 0 && !result.holdsSending) scheduleSending(ctx);
  const message = result.holdsSending ? `${t.closed(catalog.cycle.id, result.producers.length, households)}\n\n${t.closedHeldOutbox}` : t.closed(catalog.cycle.id, result.producers.length, households);
  return { ok: true, message, households, producers: result.producers.length, queued, sent: 0, resumes: false };
}

function outcomeOf(outcomes: CloseResult['outcomes'], key: string) {
  const found = outcomes.get(key);
  if (!found) throw new Error(`closeCycle gave no outcome for the order line ${JSON.stringify(key)}`);
  return found;
}

/**
 * A site's Distribution tab that still lists another cycle's households whose pickup is not over
 * (a top-up cycle delivered the same day as the main one) is left as it is: this cycle's goes
 * beside it, under a name with the cycle's id, and the Journal says so (found by probing: the
 * second close replaced the first cycle's pickup sheet). The tabs' cycles come from the one read of
 * the ticks; `Cycles` is read only when a tab lists another cycle. The same on every run of a
 * close: resumes agree.
 */
function besideOtherPickups(ctx: Context, cyclesByTab: Map<string, string[]>, tabs: TabLayout[], catalog: CycleCatalog, firstRun: boolean): TabLayout[] {
  const { locale, timeZone } = catalog.settings;
  const d = catalogue(locale).close.distribution;
  const prefix = GENERATED_TAB_PREFIX + d.tabName('');
  let pickups: Map<string, number | null> | null = null;
  const taken = new Set(tabs.map((tab) => tab.name));
  return tabs.map((tab) => {
    if (!tab.name.startsWith(prefix)) return tab;
    const others = (cyclesByTab.get(tab.name) ?? []).filter((id) => id !== catalog.cycle.id);
    if (others.length === 0) return tab;
    if (!pickups) {
      const cyclesTab = ctx.workbook.values('cycles');
      pickups = new Map((cyclesTab ? readCycles(cyclesTab, timeZone).cycles : []).map((c) => [c.id, c.pickup]));
    }
    const today = startOfLocalDay(Date.now(), timeZone);
    const ahead = others.filter((id) => {
      const pickup = pickups!.get(id);
      return pickup !== undefined && pickup !== null && startOfLocalDay(pickup, timeZone) >= today;
    });
    if (ahead.length === 0) return tab;
    const name = safeTabName(d.tabName(`${catalog.cycle.id} ${tab.name.slice(prefix.length)}`), taken);
    taken.add(name);
    if (firstRun) ctx.journal.log('info', catalogue(locale).ui.event.cycleClosed, '', d.beside(name, tab.name, ahead.join(', ')));
    return { ...tab, name };
  });
}
