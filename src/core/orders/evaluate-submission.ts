// Judges one form submission against the open cycle: ignore, reject, cancel or accept (with caps).
import { orderLine } from './order-line';
import type { CycleCatalog, Member, MemberOrderState, OrderLine, Problem, Product, Site, Submission } from '../model';
import { queueOrder, type QueuedOrder } from '../close/queue-units';
import { olderThanRecorded } from './latest-order';
import { floorToStep, isMultipleOfStep, parseQuantity, roundQuantity } from './parse-quantity';
import { quantityCeiling } from './quantity-ceiling';
import { toleranceLimit } from './tolerance-limit';

export interface SubmissionInput {
  submission: Submission; // answers keyed by product ref (the shell maps item ids to refs)
  catalog: CycleCatalog | null; // null = no open cycle
  member: Member | null; // null = unknown e-mail
  previous: MemberOrderState | null; // the member's current order in this cycle, if any
  orderedByOthers: Record<string, number>; // per ref: firm quantity currently ordered by every other member
  nextQueue: number; // the queue place this submission takes: the member's if it is their first, and where the units it adds wait
}

export interface Cap {
  ref: string;
  product: string;
  asked: number;
  granted: number;
  reason: 'max-per-member' | 'stock';
}

export type SubmissionOutcome =
  | { kind: 'ignored'; reason: 'blank' | 'duplicate' | 'stale' }
  | { kind: 'rejected'; problems: Problem[] }
  | { kind: 'cancelled'; state: MemberOrderState; replaced: boolean }
  | {
    kind: 'accepted'; state: MemberOrderState; lines: OrderLine[]; caps: Cap[]; replaces: boolean;
    /** Units of products sold by the case that this edit adds: they wait behind the orders received before it. Empty for a first order. */
    added: QueuedOrder['added'];
  };

/** A submission problem: each one refuses the order. */
const problem = (code: string, params?: Problem['params']): Problem => ({ code, severity: 'error', ...(params ? { params } : {}) });
const reject = (code: string, params?: Problem['params']): SubmissionOutcome => ({ kind: 'rejected', problems: [problem(code, params)] });

const normalise = (text: string) => text.trim().toLowerCase();

function isBlank(s: Submission): boolean {
  return [s.email, s.site, s.tolerance, s.comment, ...Object.values(s.answers)].every((v) => v.trim() === '');
}

/**
 * Decides what a submission does to the member's order. Pure: nothing in the input changes.
 * @example evaluateSubmission({ submission: { answers: { TOM: '2,5' }, ... }, catalog, member, previous: null, orderedByOthers: {}, nextQueue: 7 })
 *   // { kind: 'accepted', lines: [{ ref: 'TOM', quantity: 2.5, queue: 7, ... }], caps: [], replaces: false, state }
 */
export function evaluateSubmission(input: SubmissionInput): SubmissionOutcome {
  const { submission, catalog, member, previous } = input;
  if (isBlank(submission)) return { kind: 'ignored', reason: 'blank' };
  const older = olderThanRecorded(submission, previous);
  if (older) return { kind: 'ignored', reason: older };
  if (!catalog) return reject('order.no-open-cycle');
  if (submission.submittedAt > catalog.cycle.deadline) return reject('order.after-deadline', { cycle: catalog.cycle.id });
  if (catalog.cycle.status !== 'open') return reject('order.no-open-cycle');
  const email = normalise(submission.email);
  if (!member) return reject('order.unknown-member', { email });
  if (!member.active) return reject('order.inactive-member', { email });

  const asked = readQuantities(submission, catalog.products, quantityCeiling(catalog.settings));
  if (asked.problems.length > 0) return { kind: 'rejected', problems: asked.problems };

  const queue = previous?.queue ?? input.nextQueue;
  const firstSubmittedAt = previous?.firstSubmittedAt ?? submission.submittedAt;
  const had = (previous?.lines.length ?? 0) > 0;
  const { responseId, submittedAt } = submission;
  // An offer to help at the pickup rides along with the order, whatever the order is (volunteers/).
  const helps = submission.help ? catalog.sites.find((s) => s.name === submission.help?.trim())?.name : undefined;
  const stateOf = (site: string, tolerance: number, lines: MemberOrderState['lines']): MemberOrderState =>
    ({ email, queue, firstSubmittedAt, responseId, submittedAt, site, tolerance, lines, ...(helps ? { helps } : {}) });
  if (asked.quantities.every((q) => q.value === 0)) {
    return { kind: 'cancelled', state: stateOf(previous?.site ?? member.site, 0, []), replaced: had };
  }

  const problems: Problem[] = [];
  const site = chooseSite(submission.site, member, catalog.sites);
  if (!site) problems.push(problem('order.unknown-site', { site: submission.site.trim() || member.site }));
  const tolerance = readTolerance(submission.tolerance, toleranceLimit(catalog));
  if (tolerance === null) {
    problems.push(problem('order.bad-tolerance', { value: submission.tolerance.trim(), max: toleranceLimit(catalog) }));
  }
  if (!site || tolerance === null) return { kind: 'rejected', problems };

  const caps: Cap[] = [];
  const granted: { product: Product; quantity: number }[] = [];
  for (const { product, value } of asked.quantities) {
    if (value === 0) continue;
    const quantity = capQuantity(product, value, input.orderedByOthers[product.ref] ?? 0, caps);
    if (quantity > 0) granted.push({ product, quantity });
  }

  // Where each unit waits (the queue rule): what the member had keeps its place, what this submission adds waits at its place.
  const { lines: queued, added } = queueOrder(previous, granted, tolerance, input.nextQueue);
  const state = stateOf(site.name, tolerance, queued);
  const lines = granted.map(({ product, quantity }) => orderLine(catalog, product, {
    email, member: member.name, site: site.name, quantity, tolerance, responseId, submittedAt, comment: submission.comment.trim(), queue,
  }));
  return { kind: 'accepted', state, lines, caps, replaces: had, added };
}

/** Every product's answer, with every invalid one reported (not only the first); none above `ceiling`. */
function readQuantities(submission: Submission, products: Product[], ceiling: number) {
  const problems: Problem[] = [];
  const quantities: { product: Product; value: number }[] = [];
  for (const product of products) {
    const raw = submission.answers[product.ref] ?? '';
    const params = { product: product.name, ref: product.ref, value: raw.trim() };
    const parsed = parseQuantity(raw);
    if (!parsed.ok) {
      problems.push(problem(parsed.code, params));
    } else if (parsed.value > ceiling) {
      // Refused, not capped: a quantity this large is a slip (a phone number, 1000 for 10,00), not a wish.
      problems.push(problem('order.too-large', { ...params, max: ceiling }));
    } else if (!isMultipleOfStep(parsed.value, product.step)) {
      problems.push(problem('order.off-step', { ...params, step: product.step, unit: product.unit }));
    } else {
      quantities.push({ product, value: parsed.value });
    }
  }
  return { problems, quantities };
}

/** The site the member named (any case), else their usual site; null when neither is a site of the cycle. */
function chooseSite(answer: string, member: Member, sites: Site[]): Site | null {
  const find = (name: string) => sites.find((s) => normalise(s.name) === normalise(name) && name.trim() !== '');
  return find(answer) ?? find(member.site) ?? null;
}

/** A whole number of units from 0 to the limit; blank means none. null when invalid. */
function readTolerance(raw: string, limit: number): number | null {
  const parsed = parseQuantity(raw);
  if (!parsed.ok || !Number.isInteger(parsed.value) || parsed.value > limit) return null;
  return parsed.value;
}

/** Applies the max per member, then the stock the others left; records each cap applied. */
function capQuantity(product: Product, asked: number, others: number, caps: Cap[]): number {
  let quantity = asked;
  const cap = (granted: number, reason: Cap['reason']) => {
    quantity = granted;
    caps.push({ ref: product.ref, product: product.name, asked, granted, reason });
  };
  if (product.maxPerMember !== null && quantity > product.maxPerMember) cap(floorToStep(product.maxPerMember, product.step), 'max-per-member');
  if (product.stock !== null) {
    const left = floorToStep(Math.max(0, roundQuantity(product.stock - others)), product.step);
    if (quantity > left) cap(left, 'stock');
  }
  return quantity;
}
