// English texts: workbook (placeholder until filled).
import type { workbook as fr } from '../fr/workbook';

export const workbook: typeof fr = {};
