// « Réparer »: which question of the form asks for which product, found again when the ids kept in
// `_cabas` are lost. The ids kept with the form (the script property written at each sync) come
// first, each checked against the form's items; a key they miss is matched by the title Cabas
// wrote for it, planned again from the catalogue (`planForm`: `Tomates anciennes — 4,20 € / kg`,
// with the ref added where two products would share a title, so a title names one product).
import { FORM_ITEM, type FormItems } from '../cycle-state';
import type { FormPlan } from './plan-form';

/** An item of the form as the shell reads it. */
export interface FormItemSeen {
  id: number;
  kind: 'text' | 'paragraph' | 'list' | 'other';
  title: string;
}

/** What each key of `FormItems` is asked with. */
function wanted(plan: FormPlan): { key: string; kind: FormItemSeen['kind']; title: string }[] {
  return [
    { key: FORM_ITEM.site, kind: 'list', title: plan.site.title },
    ...plan.sections.flatMap((s) => s.questions.map((q) => ({ key: q.ref, kind: 'text' as const, title: q.title }))),
    ...(plan.tolerance.max > 0 ? [{ key: FORM_ITEM.tolerance, kind: 'text' as const, title: plan.tolerance.title }] : []),
    ...(plan.help ? [{ key: FORM_ITEM.help, kind: 'list' as const, title: plan.help.title }] : []),
    { key: FORM_ITEM.comment, kind: 'paragraph', title: plan.comment.title },
  ];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The form's item ids by key, for the questions `plan` asks: the stored id when the form still
 * has it with the right kind, else the one item of that kind and title. Keys found neither way
 * are left out (`missing`).
 * @example matchFormItems(plan, [{ id: 7, kind: 'text', title: 'Tomates anciennes — 4,20 € / kg' }], {})
 *   // { items: { 'LEG-TOM': 7 }, byTitle: ['LEG-TOM'], missing: ['#site', '#comment'] }
 */
export function matchFormItems(plan: FormPlan, seen: FormItemSeen[], stored: FormItems): { items: FormItems; byTitle: string[]; missing: string[] } {
  const items: FormItems = {};
  const byTitle: string[] = [];
  const missing: string[] = [];
  const taken = new Set<number>();
  const asked = wanted(plan);
  for (const w of asked) {
    const item = seen.find((i) => i.id === stored[w.key] && i.kind === w.kind);
    if (item && !taken.has(item.id)) {
      items[w.key] = item.id;
      taken.add(item.id);
    }
  }
  for (const w of asked) {
    if (items[w.key] !== undefined) continue;
    const candidates = seen.filter((i) => i.kind === w.kind && !taken.has(i.id) && same(i.title, w.title));
    if (candidates.length === 1) {
      items[w.key] = candidates[0].id;
      taken.add(candidates[0].id);
      byTitle.push(w.key);
    } else missing.push(w.key);
  }
  return { items, byTitle, missing };
}
