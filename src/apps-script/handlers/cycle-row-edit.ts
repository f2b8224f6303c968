// The deadline or the pickup date a coordinator changed in the cycle's `Cycles` row, applied: the
// cycle's state, its deadline trigger, the form's texts, the distribution's duties in
// `Permanences` and the Journal follow it. The rules (what may change, and when) are
// core/orders/deadline-edit.ts, core/orders/pickup-edit.ts and core/volunteers/move-duties.ts.
import { formatLongDate, formatLongDateTime } from '../../core/dates';
import { FORM_ITEM, type CycleState } from '../../core/cycle-state';
import { planForm } from '../../core/form/plan-form';
import { catalogue } from '../../core/i18n';
import { deadlineEdit } from '../../core/orders/deadline-edit';
import { pickupEdit } from '../../core/orders/pickup-edit';
import { tariffOf } from '../../core/tariffs/household-price';
import { readCycles } from '../../core/workbook/read-cycles';
import { readDuties } from '../../core/workbook/read-duties';
import { readTable } from '../../core/workbook/read-table';
import { a1 } from '../../core/workbook/render-problem';
import { ProblemList } from '../../core/workbook/tab-reader';
import { movedDuties } from '../../core/volunteers/move-duties';
import type { Context } from '../adapters/context';
import { after, HANDLER } from '../adapters/triggers';
import { armReminder } from './reminder-trigger';

export interface RowEditOptions {
  /** Whether the deadline may move (an open cycle before its close; not « Clôturer maintenant »). */
  deadline: boolean;
  /** A date that is not applied is journaled and the row shows the cycle's again (the close does it, once; a submission or a reminder says nothing). */
  journalRefusal: boolean;
}

/**
 * Reads the cycle's row of `Cycles` and applies a new deadline (open cycle only) and a new pickup
 * (until the cycle is sent): `state` is changed in place and saved. Call under the script lock.
 * Returns whether the deadline moved.
 */
export function applyCycleRowEdit(ctx: Context, state: CycleState, options: RowEditOptions): boolean {
  const catalog = state.catalog;
  const cycle = catalog.cycle;
  const { timeZone } = catalog.settings;
  const locale = ctx.locale;
  if (cycle.status !== 'open' && cycle.status !== 'closed') return false;
  const tab = ctx.workbook.values('cycles');
  if (!tab) return false;
  const row = readCycles(tab, timeZone).cycles.find((c) => c.id === cycle.id);
  const t = catalogue(locale).ui;
  const when = (ms: number) => formatLongDateTime(ms, timeZone, locale);
  const day = (ms: number | null) => (ms === null ? '' : formatLongDate(ms, timeZone, locale));
  let refused = false;

  const deadline = options.deadline && cycle.status === 'open' ? deadlineEdit({ cycle, typed: row?.deadline ?? null, now: Date.now() }) : { kind: 'unchanged' as const };
  const before = { deadline: cycle.deadline, pickup: cycle.pickup };
  if (deadline.kind === 'extended') cycle.deadline = deadline.deadline;
  if (deadline.kind === 'refused' && options.journalRefusal) {
    ctx.journal.log('warning', t.event.deadlineKept, '', t.journal.deadlineKept(deadline.reason, when(cycle.deadline)));
    refused = true;
  }
  const pickup = pickupEdit({ cycle, typed: row ? row.pickup : null });
  if (pickup.kind === 'moved') cycle.pickup = pickup.pickup;
  if (pickup.kind === 'refused' && options.journalRefusal) {
    ctx.journal.log('warning', t.event.pickupKept, '', t.journal.pickupKept(pickup.reason, day(cycle.pickup)));
    refused = true;
  }
  const moved = deadline.kind === 'extended' || pickup.kind === 'moved';
  if (moved) {
    // The trigger first, then the state: a run killed between the two leaves the trigger at the new
    // deadline and the state at the old one, which that trigger's run finds passed and closes (or a
    // late answer extends again); the other order could leave a new deadline with no trigger at all.
    // after(), as at the opening: never before the new deadline (open-cycle.ts).
    if (deadline.kind === 'extended') {
      ctx.triggers.replace(HANDLER.deadline, after(Math.max(0, cycle.deadline - Date.now())));
      // The reminder follows the deadline it announces (reminder-trigger.ts). One already sent is
      // not sent twice: its e-mails' keys are the cycle's and each member's (remind.ts).
      armReminder(ctx, cycle.deadline, catalog.settings.reminderHours, Date.now());
    }
    // The duties before the state too: a run killed between the two applies the edit again, and
    // finds no duty left on the old day.
    const duties = pickup.kind === 'moved' && before.pickup !== null ? moveDuties(ctx, before.pickup, pickup.pickup, timeZone) : 0;
    ctx.state.saveCycle(state);
    if (cycle.status === 'open') syncFormTexts(ctx, state);
    if (deadline.kind === 'extended') ctx.journal.log('info', t.event.deadlineExtended, '', t.journal.deadlineExtended(when(before.deadline), when(cycle.deadline)));
    if (pickup.kind === 'moved') ctx.journal.log('info', t.event.pickupMoved, '', t.journal.pickupMoved(day(before.pickup), day(cycle.pickup), duties));
  }
  // The row shows the cycle's dates as dates (the opening's way), and again after a refused one.
  if (moved || refused) ctx.cycles.write(cycle);
  return deadline.kind === 'extended';
}

/** Gives the old pickup day's rows of `Permanences` the new day (one write); returns how many moved. */
function moveDuties(ctx: Context, from: number, to: number, timeZone: string): number {
  const tab = ctx.workbook.values('duties');
  if (!tab || tab.values.length < 2) return 0;
  const column = readTable('duties', [tab.values[0]]).columnIndex.date;
  if (column === undefined) return 0;
  // Sites and members only add warnings, which are the configuration check's to give.
  const duties = readDuties(tab, [], [], timeZone, ctx.locale, new ProblemList());
  const moves = movedDuties({ duties, from, to, timeZone });
  // Every moved row gets the same day: one write for them all.
  if (moves.length > 0) tab.sheet.getRangeList(moves.map((m) => a1(column + 1, m.row))).setValue(new Date(moves[0].date));
  return moves.length;
}

/** The open form's title, description, confirmation and pickup-help question give the cycle's dates. */
function syncFormTexts(ctx: Context, state: CycleState): void {
  const catalog = state.catalog;
  const members = ctx.state.allMembers().flatMap((r) => (r.member ? [r.member] : []));
  const plan = planForm(catalog, { tariffNote: members.some((m) => m.active && tariffOf(m, catalog.settings).percent !== 0) });
  const form = FormApp.openById(state.formId);
  form.setTitle(plan.title);
  form.setDescription(plan.description);
  form.setConfirmationMessage(plan.confirmationMessage);
  const help = state.items[FORM_ITEM.help];
  if (plan.help && help !== undefined) form.getItemById(help)?.setTitle(plan.help.title);
}
