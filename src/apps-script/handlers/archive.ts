// Archiver: clears the form's responses and marks the cycle archived; its lines stay in Commandes.
import { catalogue } from '../../core/i18n';
import { cycleLabel } from '../../core/orders/cycle-label';
import { context, type Context } from '../adapters/context';
import { withStatus, type CycleState } from '../../core/cycle-state';
import { HANDLER } from '../adapters/triggers';
import { withScriptLock } from '../adapters/script-lock';
import { writePendingOffers } from './duties';

export function archive(options: { silent?: boolean } = {}): { ok: boolean; message: string } {
  const ctx = context();
  const loaded = ctx.state.load();
  const t = catalogue(ctx.locale).ui;
  const ui = SpreadsheetApp.getUi();
  const say = (message: string, ok: boolean) => {
    if (!options.silent) ui.alert(t.menu.archive, message, ui.ButtonSet.OK);
    return { ok, message };
  };
  if (!loaded) return say(t.noOpenCycle, false);
  const { cycle: state } = loaded;
  const cycle = state.catalog.cycle;
  if (cycle.status !== 'closed' && cycle.status !== 'sent') return say(t.archiveRefused, false);
  if (!options.silent && ui.alert(t.menu.archive, t.archiveConfirm(cycle.id), ui.ButtonSet.YES_NO) !== ui.Button.YES) return { ok: false, message: '' };
  withScriptLock(ctx.locale, () => archiveState(ctx, state));
  return say(t.archived(cycle.id), true);
}

/** Clears the form's responses, marks the cycle archived and removes its triggers. Call under the lock. */
export function archiveState(ctx: Context, state: CycleState): void {
  const cycle = state.catalog.cycle;
  const t = catalogue(state.catalog.settings.locale).ui;
  try {
    FormApp.openById(state.formId).deleteAllResponses();
  } catch {
    // The form is gone (deleted from Drive by hand, or a workbook carried to another account or
    // to the offline mode): it has no responses left to clear, and the next cycle makes a new one.
  }
  // The last day's offers to help, before the state forgets them (the daily run writes them the next morning).
  writePendingOffers(ctx, state.catalog);
  ctx.state.saveCycle(withStatus(state, 'archived'));
  ctx.cycles.setStatus(cycle.id, 'archived');
  for (const h of [HANDLER.formSubmit, HANDLER.deadline, HANDLER.reminder, HANDLER.resumeClose, HANDLER.retry]) ctx.triggers.remove(h);
  ctx.journal.log('info', t.event.cycleArchived, Session.getActiveUser().getEmail(), t.journal.archived(cycleLabel(cycle, state.catalog.settings.timeZone, state.catalog.settings.locale)));
}
