// Submissions parked in script properties while the script lock was busy: their JSON and its check,
// so that one damaged property is reported alone and every other submission is still taken.
import * as z from 'zod/mini';
import { decodeJson } from '../../core/boundary-json';
import type { Locale } from '../../core/model';
import type { RawSubmission } from '../handlers/submit';

/** Built on first use, not when the bundle loads (building a schema costs more than loading zod). */
let schema: z.ZodMiniType<RawSubmission> | null = null;
const rawSubmission = () => (schema ??= z.object({
  responseId: z.string(),
  submittedAt: z.number(),
  email: z.string(),
  answers: z.record(z.string(), z.string()),
  editUrl: z.string(),
}));

export function encodePending(raw: RawSubmission): string {
  return JSON.stringify(raw);
}

export interface PendingRead {
  /** The parked submissions, oldest first, with the property that holds each. */
  pending: { key: string; raw: RawSubmission }[];
  /** Properties whose text is not a submission: what it holds and why it was refused (in `locale`). */
  damaged: { key: string; text: string; error: string }[];
}

/** The parked submissions among every script property whose key starts with `prefix`. */
export function readPending(properties: Record<string, string>, prefix: string, locale: Locale): PendingRead {
  const read: PendingRead = { pending: [], damaged: [] };
  for (const [key, text] of Object.entries(properties)) {
    if (!key.startsWith(prefix)) continue;
    const decoded = decodeJson(rawSubmission(), text, locale);
    if (decoded.ok) read.pending.push({ key, raw: decoded.value });
    else read.damaged.push({ key, text, error: decoded.error });
  }
  read.pending.sort((a, b) => a.raw.submittedAt - b.raw.submittedAt);
  return read;
}
