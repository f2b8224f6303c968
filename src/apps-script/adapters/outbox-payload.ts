// What an outbox row waits to send (the e-mail's envelope and bodies), stored as JSON in cells of
// `Envois`. This module owns its type, its schema and its encoding: nobody else parses it.
//
// Each cell is tagged with the e-mail's key and its place in the sequence, so the content is found
// by key, not by position: a hand sort of the visible columns, a moved column or a coordinator's
// own column can neither give a row another row's content nor cut a long one.
import * as z from 'zod/mini';
import type { Email } from '../../core/model';

/** Built at the first decode, not when the bundle loads (Apps Script loads it at every execution). */
function payloadSchema() {
  z.config({ jitless: true });
  return z.object({
    replyTo: z.optional(z.string()),
    name: z.optional(z.string()),
    text: z.string(),
    html: z.string(),
    attachments: z.optional(z.array(z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }))),
  });
}
let schema: ReturnType<typeof payloadSchema> | undefined;

export type Payload = z.infer<ReturnType<typeof payloadSchema>>;

/** Characters per cell, the tag included (a cell holds at most 50,000; only a key of over 44,000 characters goes past this). */
const CELL = 45000;
/** `cabas:mail 2/3 "<key>"` then a newline, then the chunk: the key as JSON, so no key can break the tag. */
const TAG = /^cabas:mail (\d+)\/(\d+) ("(?:[^"\\\n]|\\.)*")\n/;

export function payloadOf(email: Email): Payload {
  return { replyTo: email.replyTo, name: email.name, text: email.text, html: email.html, attachments: email.attachments };
}

/** The cells holding `email`'s payload, in order: the first goes in `Contenu`, the rest right of the table. */
export function encodePayload(email: Email): string[] {
  const json = JSON.stringify(payloadOf(email));
  const key = JSON.stringify(email.key);
  // Room for the tag (`cabas:mail 99999/99999 ` and the key), whatever the key's length.
  const chunk = Math.max(1000, CELL - key.length - 24);
  const count = Math.max(1, Math.ceil(json.length / chunk));
  return Array.from({ length: count }, (_, i) => `cabas:mail ${i + 1}/${count} ${key}\n${json.slice(i * chunk, (i + 1) * chunk)}`);
}

/** A cell of the tab (1-based row and column). */
export interface CellAt { row: number; column: number }

interface Part { index: number; count: number; text: string; at: CellAt }

/** Every tagged cell of the tab, by key: read once per sending run from the values it already holds. */
export class PayloadIndex {
  private readonly parts = new Map<string, Part[]>();

  /** `values`: the tab from row 1. */
  constructor(values: unknown[][]) {
    values.forEach((row, r) => row.forEach((cell, c) => {
      if (typeof cell !== 'string' || !cell.startsWith('cabas:mail ')) return;
      const tag = TAG.exec(cell);
      if (!tag) return;
      let key: string;
      try {
        key = JSON.parse(tag[3]) as string;
      } catch {
        return;
      }
      const list = this.parts.get(key) ?? [];
      list.push({ index: Number(tag[1]), count: Number(tag[2]), text: cell.slice(tag[0].length), at: { row: r + 1, column: c + 1 } });
      this.parts.set(key, list);
    }));
  }

  /** The cells holding `key`'s content (to clear once it has left). */
  cellsOf(key: string): CellAt[] {
    return (this.parts.get(key) ?? []).map((p) => p.at);
  }

  /**
   * `key`'s payload, or why it cannot be read: a missing, cut or edited content fails this e-mail
   * alone. `legacy`: an untagged JSON content (a row queued before tags), read as it was written.
   */
  decode(key: string, legacy = ''): { ok: true; payload: Payload } | { ok: false; reason: string } {
    const parts = this.parts.get(key);
    let json = legacy;
    if (parts) {
      const count = parts[0].count;
      const byIndex = new Map(parts.map((p) => [p.index, p]));
      if (parts.some((p) => p.count !== count) || byIndex.size !== count || parts.length !== count) {
        return { ok: false, reason: `content cut: ${byIndex.size} of ${count} cells` };
      }
      json = Array.from({ length: count }, (_, i) => byIndex.get(i + 1)?.text ?? '').join('');
    }
    if (!json) return { ok: false, reason: 'no content' };
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch (e) {
      return { ok: false, reason: `content unreadable: ${String((e as Error)?.message ?? e)}` };
    }
    schema ??= payloadSchema();
    const parsed = schema.safeParse(data);
    if (!parsed.success) return { ok: false, reason: `content of the wrong shape: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` };
    return { ok: true, payload: parsed.data };
  }
}
