// A hidden state that is missing or damaged while `Cycles` shows a cycle running: said loudly (a
// Journal line, an e-mail to the coordination once a day) and refused, rather than read as "no cycle".
import { catalogue } from '../../core/i18n';
import { composeStateLost } from '../../core/state-lost-email';
import { StateLostError, type CabasError } from './cabas-error';
import type { Context, loadConfiguration } from './context';

/**
 * Journals and e-mails the loss, then gives the error to throw. Reporting never hides the refusal.
 * `configuration` is `loadConfiguration` bound to the context, handed in so that this file and
 * context.ts do not import each other.
 */
export function reportLostState(ctx: Context, cycleId: string, detail: string, configuration: () => ReturnType<typeof loadConfiguration>): CabasError {
  const now = Date.now();
  try {
    const { config, locale } = configuration();
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
