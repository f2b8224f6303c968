// Submissions parked in script properties: each firing parks its submission before anything else,
// by ids only (any answer fits a property: the response is read again from the form when it is
// replayed), and unparks it once applied. What stays parked (the lock was busy, or the run stopped
// half-way) is replayed by the retry triggers and by the close. One damaged property is reported
// alone and every other parked submission is still taken.
import * as z from 'zod/mini';
import { decodeJson } from '../../core/boundary-json';
import type { Locale } from '../../core/model';

/** A parked submission: which response, as of when. Parked by an earlier version: its answers too. */
export interface Parked {
  responseId: string;
  submittedAt: number;
  email: string;
  /** Parked because the lock was busy: no run of it has started writing. */
  deferred?: boolean;
  answers?: Record<string, string>;
  editUrl?: string;
}

/** The script properties' prefix of parked submissions. */
export const PENDING_PREFIX = 'cabas.pending.';

/** Built on first use, not when the bundle loads (building a schema costs more than loading zod). */
let schema: z.ZodMiniType<Parked> | null = null;
const parked = () => (schema ??= z.object({
  responseId: z.string(),
  submittedAt: z.number(),
  email: z.string(),
  deferred: z.optional(z.boolean()),
  answers: z.optional(z.record(z.string(), z.string())),
  editUrl: z.optional(z.string()),
}));

/** The property that parks a submission: one per response and time, so that an edit is parked apart. */
export function pendingKey(p: Pick<Parked, 'responseId' | 'submittedAt'>): string {
  return `${PENDING_PREFIX}${p.responseId}.${p.submittedAt}`;
}

/** Ids only (a few dozen characters), whatever the size of the answers. */
export function encodePending(p: Parked, deferred = false): string {
  return JSON.stringify({ responseId: p.responseId, submittedAt: p.submittedAt, email: p.email, ...(deferred ? { deferred } : {}) });
}

export interface PendingRead {
  /** The parked submissions, oldest first, with the property that holds each and its text. */
  pending: { key: string; parked: Parked; text: string }[];
  /** Properties whose text is not a parked submission: what it holds and why it was refused (in `locale`). */
  damaged: { key: string; text: string; error: string }[];
}

/** The parked submissions among every script property whose key starts with `PENDING_PREFIX`. */
export function readPending(properties: Record<string, string>, locale: Locale): PendingRead {
  const read: PendingRead = { pending: [], damaged: [] };
  for (const [key, text] of Object.entries(properties)) {
    if (!key.startsWith(PENDING_PREFIX)) continue;
    const decoded = decodeJson(parked(), text, locale);
    if (decoded.ok) read.pending.push({ key, parked: decoded.value, text });
    else read.damaged.push({ key, text, error: decoded.error });
  }
  read.pending.sort((a, b) => a.parked.submittedAt - b.parked.submittedAt);
  return read;
}
