import { matchFormItems, type FormItemSeen } from '../../../src/core/form/match-form-items';
import type { FormPlan } from '../../../src/core/form/plan-form';

const plan = {
  site: { title: 'Lieu de retrait', help: '', choices: ['A'] },
  sections: [{ producer: 'P', title: 'P', help: '', questions: [
    { ref: 'TOM', title: 'Tomates — 4,20 € / kg' }, { ref: 'PAN', title: 'Panier — 15,00 € / panier' },
  ] }],
  tolerance: { title: 'Tolérance', help: '', max: 0 },
  comment: { title: 'Commentaire', help: '' },
  help: null,
} as unknown as FormPlan;
const FORM: FormItemSeen[] = [
  { id: 10, kind: 'list', title: 'Lieu de retrait' },
  { id: 11, kind: 'text', title: 'Tomates — 4,20 € / kg' },
  { id: 12, kind: 'text', title: 'Panier — 15,00 € / panier' },
  { id: 13, kind: 'paragraph', title: 'Commentaire' },
  { id: 14, kind: 'other', title: 'Panier — 15,00 € / panier' },
];

describe('matchFormItems', () => {
  test.each([
    { name: 'by the stored ids, whatever the titles say', stored: { '#site': 10, TOM: 12, PAN: 11, '#comment': 13 }, seen: FORM,
      items: { '#site': 10, TOM: 12, PAN: 11, '#comment': 13 }, byTitle: [], missing: [] },
    { name: 'without stored ids: by the title Cabas wrote, of the right kind', stored: {}, seen: FORM,
      items: { '#site': 10, TOM: 11, PAN: 12, '#comment': 13 }, byTitle: ['#site', 'TOM', 'PAN', '#comment'], missing: [] },
    { name: 'a stored id the form no longer has: by its title', stored: { TOM: 99 }, seen: FORM,
      items: { '#site': 10, TOM: 11, PAN: 12, '#comment': 13 }, byTitle: ['#site', 'TOM', 'PAN', '#comment'], missing: [] },
    { name: 'a title renamed by hand, or two items with one title: not guessed', stored: {}, seen: [...FORM.filter((i) => i.id !== 11), { id: 15, kind: 'text' as const, title: 'Panier — 15,00 € / panier' }],
      items: { '#site': 10, '#comment': 13 }, byTitle: ['#site', '#comment'], missing: ['TOM', 'PAN'] },
  ])('$name', ({ stored, seen, items, byTitle, missing }) => {
    expect(matchFormItems(plan, seen, stored as Record<string, number>)).toEqual({ items, byTitle, missing });
  });
});
