// English texts: ui (placeholder until filled).
import type { ui as fr } from '../fr/ui';

export const ui: typeof fr = {};
