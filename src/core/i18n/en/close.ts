// English texts: close (placeholder until filled).
import type { close as fr } from '../fr/close';

export const close: typeof fr = {};
