// Whether the open cycle's state already took a form response into account: the one rule both the
// close (answers whose form-submit execution had not run yet, handlers/missed-answers.ts) and such
// a late execution afterwards (handlers/submit.ts) use, so that an answer is applied once.
import type { Rejection } from '../model';

/** A response as the rule needs it. */
export interface ResponseSeen {
  responseId: string;
  email: string;
  submittedAt: number;
}

/**
 * Seen when the refusals kept in the counters hold it (same time, same address), or when the
 * member's order is this response at this time or later, or a later submission (latest wins: an
 * older one changes nothing).
 * @example seenResponse({ responseId: 'r2', email: 'a@x.org', submittedAt: 10 }, { responseId: 'r2', submittedAt: 10 }, []) // true
 */
export function seenResponse(response: ResponseSeen, order: { responseId: string; submittedAt: number } | null, rejections: readonly Rejection[]): boolean {
  const email = response.email.trim().toLowerCase();
  if (rejections.some((r) => r.at === response.submittedAt && r.email.trim().toLowerCase() === email)) return true;
  if (!order) return false;
  return order.submittedAt > response.submittedAt || (order.responseId === response.responseId && order.submittedAt >= response.submittedAt);
}
