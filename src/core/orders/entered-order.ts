// What the coordinator's sidebar says after an order entered for a household: the outcome, the caps
// or the reasons of a refusal (the Form's own texts), and whether a slip waits to be printed.
import { catalogue } from '../i18n';
import type { Locale } from '../model';
import { isNameKey } from '../members/household-key';
import { formatQuantity } from '../money';
import type { SubmissionResult } from './apply-submission';
import { renderOrderProblem } from './render-order-problem';

/** The response id of an order entered from the sidebar starts with this (never a Form response id's start). */
export const ENTERED_PREFIX = 'saisie:';

/**
 * Whether a submission is an order the coordination entered (the sidebar), not a Form response.
 * @example isEnteredOrder('saisie:1796580000000:nom:jeanne bousquet') // true
 */
export const isEnteredOrder = (responseId: string): boolean => responseId.startsWith(ENTERED_PREFIX);

export interface EnteredReply {
  ok: boolean;
  outcome: string;
  message: string;
  details: string[];
  /** A household without e-mail whose slip changed: the sidebar offers to print it. */
  slip: boolean;
  household: string;
}

/**
 * The sidebar's answer to an entered order, from what the submission path returned.
 * @example enteredOrderReply('accepted', result, { key: 'nom:jeanne bousquet', name: 'Jeanne Bousquet' }, 'fr')
 *   // { ok: true, message: 'Commande enregistrée pour Jeanne Bousquet.', details: ['Ce foyer n’a pas d’e-mail : imprimez sa fiche.'], slip: true, … }
 */
export function enteredOrderReply(outcome: string, result: SubmissionResult | null, household: { key: string; name: string }, locale: Locale): EnteredReply {
  const t = catalogue(locale).ui.sidebar;
  const caps = catalogue(locale).orders.cap;
  const q = (n: number) => formatQuantity(n, locale);
  const bySlip = isNameKey(household.key);
  const kinds = ['accepted', 'replaced', 'cancelled', 'rejected'] as const;
  const kind = kinds.find((k) => k === outcome) ?? 'ignored';
  const details: string[] = [];
  if (result?.kind === 'rejected') details.push(...result.problems.map((p) => renderOrderProblem(p, locale)));
  if (result && (result.kind === 'accepted' || result.kind === 'replaced')) details.push(...result.caps.map((c) => caps[c.reason](c.product, q(c.asked), q(c.granted))));
  // A refusal is the sidebar's alone: nothing is e-mailed or printed for it (apply-submission.ts).
  const answered = kind !== 'ignored' && kind !== 'rejected';
  if (answered) details.push(bySlip ? t.bySlip : t.byEmail);
  return { ok: kind !== 'rejected', outcome, message: t.outcome[kind](household.name), details, slip: bySlip && answered, household: household.key };
}
