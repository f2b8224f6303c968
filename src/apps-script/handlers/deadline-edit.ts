// A deadline a coordinator changed in the open cycle's `Cycles` row, applied: the cycle's state,
// its deadline trigger, the form's texts and the Journal follow it. The rule (what may change, and
// when) is core/orders/deadline-edit.ts. Before, such an edit was silently ignored: the form
// closed at the old deadline while `Cycles` showed the new one, and answers in between were refused.
import { formatLongDateTime } from '../../core/dates';
import { planForm } from '../../core/form/plan-form';
import { catalogue } from '../../core/i18n';
import type { CycleState } from '../../core/cycle-state';
import { deadlineEdit } from '../../core/orders/deadline-edit';
import { tariffOf } from '../../core/tariffs/household-price';
import { readCycles } from '../../core/workbook/read-cycles';
import type { Context } from '../adapters/context';
import { after, HANDLER } from '../adapters/triggers';

/**
 * Reads the cycle's row of `Cycles` and applies a new deadline there: `state` is changed in place
 * and saved. Call under the script lock, on an open cycle. `journalRefusal`: a date that is not
 * applied (earlier, at or after the pickup, unreadable) is journaled and the row shows the
 * deadline again (the close does it, once; a submission or a reminder says nothing).
 * Returns whether the deadline moved.
 */
export function applyDeadlineEdit(ctx: Context, state: CycleState, options: { journalRefusal: boolean }): boolean {
  const catalog = state.catalog;
  const { timeZone } = catalog.settings;
  const tab = ctx.workbook.values('cycles');
  if (catalog.cycle.status !== 'open' || !tab) return false;
  const typed = readCycles(tab, timeZone).cycles.find((c) => c.id === catalog.cycle.id)?.deadline ?? null;
  const edit = deadlineEdit({ cycle: catalog.cycle, typed, now: Date.now() });
  const t = catalogue(ctx.locale).ui;
  const when = (ms: number) => formatLongDateTime(ms, timeZone, ctx.locale);
  if (edit.kind === 'refused' && options.journalRefusal) {
    ctx.journal.log('warning', t.event.deadlineKept, '', t.journal.deadlineKept(edit.reason, when(catalog.cycle.deadline)));
    ctx.cycles.write(catalog.cycle);
  }
  if (edit.kind !== 'extended') return false;
  const before = catalog.cycle.deadline;
  catalog.cycle.deadline = edit.deadline;
  ctx.state.saveCycle(state);
  // after(), as at the opening: never before the new deadline (open-cycle.ts).
  ctx.triggers.replace(HANDLER.deadline, after(Math.max(0, edit.deadline - Date.now())));
  // The form's title, description and confirmation give the deadline: they give the new one.
  const members = ctx.state.allMembers().flatMap((r) => (r.member ? [r.member] : []));
  const plan = planForm(catalog, { tariffNote: members.some((m) => m.active && tariffOf(m, catalog.settings).percent !== 0) });
  const form = FormApp.openById(state.formId);
  form.setTitle(plan.title);
  form.setDescription(plan.description);
  form.setConfirmationMessage(plan.confirmationMessage);
  ctx.cycles.write(catalog.cycle); // the row shows it as a date, as the opening wrote it
  ctx.journal.log('info', t.event.deadlineExtended, '', t.journal.deadlineExtended(when(before), when(edit.deadline)));
  return true;
}
