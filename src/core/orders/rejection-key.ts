// The outbox key of a refusal e-mail: cycle, address, time and the refusal's reason codes. The
// key is what `Envois` keeps for good, so « Faire le bilan » reads the refusals by reason back
// from it after the cycle's own state is gone. This module alone writes and reads it.

export interface RejectionKey {
  cycle: string; // '-' when no cycle was open
  email: string;
  at: number;
  codes: string[];
}

/**
 * The key of a refusal e-mail.
 * @example rejectionKey({ cycle: '2026-12-10', email: 'x@y.fr', at: 1796580000000, codes: ['order.unknown-member'] })
 *   // "rejection:2026-12-10:x@y.fr:1796580000000:order.unknown-member"
 */
export function rejectionKey(k: RejectionKey): string {
  return `rejection:${k.cycle}:${k.email}:${k.at}:${k.codes.join('+')}`;
}

/**
 * A refusal's key read back; null for any other key. Keys written before the reasons were kept
 * (no fourth part) read with no code.
 * @example readRejectionKey('rejection:2026-12-10:x@y.fr:1796580000000:order.negative+order.off-step').codes // ['order.negative', 'order.off-step']
 */
export function readRejectionKey(key: string): RejectionKey | null {
  const m = /^rejection:([^:]*):(.*):(\d+)(?::([a-z.+-]*))?$/.exec(key);
  if (!m) return null;
  return { cycle: m[1], email: m[2], at: Number(m[3]), codes: m[4] ? m[4].split('+') : [] };
}
