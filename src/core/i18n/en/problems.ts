// English texts: problems (placeholder until filled).
import type { problems as fr } from '../fr/problems';

export const problems: typeof fr = {};
