// A hidden state that is missing or damaged while `Cycles` shows a cycle running: said loudly (a
// Journal line, an e-mail to the coordination once a day) and refused, rather than read as "no cycle".
import { catalogue } from '../../core/i18n';
import { composeStateLost } from '../../core/state-lost-email';
import { readCycles } from '../../core/workbook/read-cycles';
import { StateLostError, type CabasError } from './cabas-error';
import { loadConfiguration, type Context } from './context';
import type { Workbook } from './workbook';

/** The id of the cycle `Cycles` shows open or closed (its close not done), if any. */
export function runningCycle(workbook: Workbook): string | null {
  const tab = workbook.values('cycles');
  if (!tab) return null;
  // Only the statuses are looked at: the time zone does not matter here.
  const running = readCycles({ tabName: tab.tabName, values: tab.values }, 'UTC').cycles
    .filter((c) => c.status === 'open' || c.status === 'closed');
  return running.length > 0 ? running[running.length - 1].id : null;
}

/** Journals and e-mails the loss, then gives the error to throw. Reporting never hides the refusal. */
export function reportLostState(ctx: Context, cycleId: string, detail: string): CabasError {
  const now = Date.now();
  try {
    const { config, locale } = loadConfiguration(ctx);
    const t = catalogue(locale).ui;
    ctx.journal.log('error', t.event.error, '', `${t.stateLost} (${cycleId}${detail ? `: ${detail}` : ''})`, now);
    if (config?.settings.coordinationEmail) {
      const day = new Date(now).toISOString().slice(0, 10);
      const alert = composeStateLost({ to: config.settings.coordinationEmail, locale, cycleId, detail, day });
      ctx.outbox.queue([alert], { dedupe: true, sendNow: true, now });
    }
  } catch {
    // The Journal or the outbox is broken too: the error below still stops the execution, and
    // Apps Script e-mails its failure to the owner.
  }
  return new StateLostError(catalogue(ctx.locale).ui.stateLost);
}
