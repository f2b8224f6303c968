// The answers given in the last minutes before a close whose form-submit execution had not run yet.
// Google starts that execution seconds after the answer, and later under load, while the deadline's
// close may start at the deadline itself: an answer given in time was then refused afterwards as
// « no open cycle ». The close's first run reads the form's latest responses (one call) and applies
// those the state has not seen, under its own lock, before it closes; the late execution then finds
// its response taken (core/orders/seen-response.ts) and does nothing.
// https://developers.google.com/apps-script/reference/forms/form#getResponses(Date)
import { catalogue } from '../../core/i18n';
import { seenResponse } from '../../core/orders/seen-response';
import type { Context } from '../adapters/context';
import type { StateStore } from '../adapters/state-store';
import { processSubmission, readResponse } from './submit';

/** How far before the close the form's responses are looked at: far more than a trigger's usual delay. */
export const MISSED_WINDOW_MS = 15 * 60 * 1000;

type Loaded = NonNullable<ReturnType<StateStore['load']>>;

/** Applies the responses up to `cutoff` (the deadline, or now for a close before it) that no execution applied; returns how many. */
export function takeMissedAnswers(ctx: Context, loaded: Loaded, cutoff: number): number {
  const form = FormApp.openById(loaded.cycle.formId);
  const inTime = form.getResponses(new Date(cutoff - MISSED_WINDOW_MS))
    .filter((r) => r.getTimestamp().getTime() <= cutoff)
    .sort((a, b) => a.getTimestamp().getTime() - b.getTimestamp().getTime());
  if (inTime.length === 0) return 0;
  const orders = new Map(ctx.state.allMembers().flatMap((m) => (m.order ? [[m.order.email.trim().toLowerCase(), m.order] as const] : [])));
  let taken = 0;
  for (const response of inTime) {
    const raw = readResponse(response, () => true);
    if (!raw || seenResponse(raw, orders.get(raw.email.trim().toLowerCase()) ?? null, loaded.counters.rejections)) continue;
    processSubmission(raw, ctx);
    taken += 1;
  }
  const t = catalogue(ctx.locale).ui;
  if (taken > 0) ctx.journal.log('info', t.event.answersCaughtUp, '', t.journal.answersCaughtUp(taken));
  return taken;
}
