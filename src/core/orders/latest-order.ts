// "Latest order wins": a member has one current order per cycle, the one of their latest
// submission. This file holds the rule each layer applies: which firing is taken, which earlier
// lines become `replaced`, and what the others have ordered once a member's order is taken out.
import type { MemberOrderState, OrderLine } from '../model';
import { roundQuantity } from './parse-quantity';

/** Who sent what, and when: a submission, a member's recorded order or an order line. */
interface Stamp {
  responseId: string;
  submittedAt: number;
}

const sameSubmission = (a: Stamp, b: Stamp) => a.responseId === b.responseId && a.submittedAt === b.submittedAt;

/**
 * Whether a submission is older than the member's recorded order: a repeated firing of the same
 * response is a duplicate, anything older is stale; null when the submission is the latest.
 * @example olderThanRecorded({ responseId: 'r1', submittedAt: 5 }, { responseId: 'r1', submittedAt: 5, ... }) // 'duplicate'
 */
export function olderThanRecorded(submission: Stamp, recorded: MemberOrderState | null): 'duplicate' | 'stale' | null {
  if (!recorded) return null;
  if (sameSubmission(submission, recorded)) return 'duplicate';
  return submission.submittedAt < recorded.submittedAt ? 'stale' : null;
}

/** A line written for this very submission (found again when a submission is replayed). */
export function isLineOf(line: Pick<OrderLine, 'responseId' | 'submittedAt'>, submission: Stamp): boolean {
  return sameSubmission(line, submission);
}

/**
 * A line the submission replaces: one of the member's active lines of the cycle that was not
 * written for the submission itself.
 */
export function isReplacedBy(line: OrderLine, cycle: string, email: string, submission: Stamp): boolean {
  return line.cycle === cycle && line.email === email && line.status === 'active' && !isLineOf(line, submission);
}

/**
 * The totals without one member's current order: what every other member has ordered.
 * @example withoutMember({ TOM: 3.5 }, { lines: [{ ref: 'TOM', quantity: 2 }], ... }) // { TOM: 1.5 }
 */
export function withoutMember(totals: Record<string, number>, previous: MemberOrderState | null): Record<string, number> {
  const rest = { ...totals };
  for (const line of previous?.lines ?? []) rest[line.ref] = Math.max(0, roundQuantity((rest[line.ref] ?? 0) - line.quantity));
  return rest;
}
