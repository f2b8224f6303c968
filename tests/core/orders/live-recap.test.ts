import { frenchTypography as fr } from '../../../src/core/i18n/typography';
import type { Locale } from '../../../src/core/model';
import { caseFill, liveRecap } from '../../../src/core/orders/live-recap';
import { SUBMITTED, smallCycle } from './fixtures/small-cycle';

const juice = smallCycle().products[1]; // case of 6

describe('caseFill', () => {
  test.each<{ quantity: number; tolerance: number; locale: Locale; text: string }>([
    { quantity: 0, tolerance: 0, locale: 'fr', text: '0 / 6 — il manque 6' },
    { quantity: 4, tolerance: 0, locale: 'fr', text: '4 / 6 — il manque 2' },
    { quantity: 4, tolerance: 2, locale: 'fr', text: '4 / 6 — il manque 2 (les tolérances peuvent le compléter)' },
    { quantity: 4, tolerance: 1, locale: 'fr', text: '4 / 6 — il manque 2' },
    { quantity: 6, tolerance: 0, locale: 'fr', text: '6 / 6 — complet' },
    { quantity: 12, tolerance: 0, locale: 'fr', text: '12 / 6 — 2 colis complets' },
    { quantity: 13, tolerance: 0, locale: 'fr', text: '13 / 6 — 2 colis complets, il manque 5 pour le suivant' },
    { quantity: 7, tolerance: 0, locale: 'fr', text: '7 / 6 — 1 colis complet, il manque 5 pour le suivant' },
    { quantity: 4, tolerance: 0, locale: 'en', text: '4 / 6 — 2 short' },
    { quantity: 6, tolerance: 0, locale: 'en', text: '6 / 6 — full' },
    { quantity: 13, tolerance: 5, locale: 'en', text: '13 / 6 — 2 full cases, 5 short of the next (tolerances can complete it)' },
  ])('describes $quantity ordered with $tolerance of tolerance as "$text"', ({ quantity, tolerance, locale, text }) => {
    expect(caseFill(juice, quantity, tolerance, locale)).toBe(text);
  });

  test.each<{ title: string; stock: number | null; policy: 'automatic' | 'manual'; quantity: number; tolerance: number; text: string }>([
    { title: 'promises no tolerance the stock cannot deliver', stock: 8, policy: 'automatic', quantity: 8, tolerance: 4,
      text: '8 / 6 — 1 colis complet, il manque 4 pour le suivant (le stock ne permet pas de le compléter)' },
    { title: 'promises the tolerance when the stock left covers it', stock: 12, policy: 'automatic', quantity: 8, tolerance: 4,
      text: '8 / 6 — 1 colis complet, il manque 4 pour le suivant (les tolérances peuvent le compléter)' },
    { title: 'counts only what the stock gives', stock: 7, policy: 'automatic', quantity: 9, tolerance: 0,
      text: '7 / 6 — 1 colis complet, il manque 5 pour le suivant' },
    { title: 'promises no tolerance when the coordinator completes cases by hand', stock: null, policy: 'manual', quantity: 4, tolerance: 2,
      text: '4 / 6 — il manque 2' },
  ])('$title', ({ stock, policy, quantity, tolerance, text }) => {
    expect(caseFill({ ...juice, stock }, quantity, tolerance, 'fr', policy)).toBe(text);
  });

  test('says nothing for a product sold by the unit', () => {
    expect(caseFill(smallCycle().products[0], 3, 0, 'fr')).toBe('');
  });
});

describe('liveRecap', () => {
  const ordered = { TOM: { quantity: 12.5, tolerance: 0 }, JUS: { quantity: 13, tolerance: 4 }, MIE: { quantity: 7.5, tolerance: 0 } };

  test.each<Locale>(['fr', 'en'])('lays out the summary tab during the cycle (%s)', (locale) => {
    expect(liveRecap(smallCycle(locale), ordered, 5, SUBMITTED)).toMatchSnapshot();
  });

  test('is rectangular, named from the catalogue, with money in euros', () => {
    const tab = liveRecap(smallCycle(), ordered, 5, SUBMITTED);
    expect(tab.name).toBe('▸ Récap');
    expect(liveRecap(smallCycle('en'), ordered, 5, SUBMITTED).name).toBe('▸ Recap');
    expect(new Set(tab.rows.map((r) => r.length))).toEqual(new Set([10]));
    expect(tab.rows.find((r) => r[1] === 'TOM')).toEqual(['Ferme des Tilleuls', 'TOM', 'Tomates anciennes', 'kg', 12.5, '', '', '', 'sans limite', 52.5]);
    expect(tab.rows.find((r) => r[1] === 'MIE')?.[8]).toBe(2.5);
    expect(tab.rows.find((r) => r[1] === 'PAI')?.slice(4)).toEqual([0, '', '', '', 5, 0]);
  });

  test.each([
    // 12,5 kg × 4,20 € + 7 × 3,50 € = 77,00 €
    { name: 'not yet reached, with what is missing', tom: 12.5, juice: 7, text: '80,00\u00a0€ — pas encore atteint (il manque 3,00\u00a0€)' },
    // 12,5 kg × 4,20 € + 13 × 3,50 € = 98,00 €
    { name: 'reached', tom: 12.5, juice: 13, text: '80,00\u00a0€ — atteint' },
  ])('says whether the producer minimum is $name', ({ tom, juice, text }) => {
    const tab = liveRecap(smallCycle(), { TOM: { quantity: tom, tolerance: 0 }, JUS: { quantity: juice, tolerance: 0 } }, 1, SUBMITTED);
    expect(tab.rows.find((r) => r[0] === 'Ferme des Tilleuls' && r[1] === '')?.[2]).toBe(text);
  });

  test('says there is no minimum for a producer without one', () => {
    const tab = liveRecap(smallCycle(), {}, 0, SUBMITTED);
    expect(tab.rows.find((r) => r[0] === 'Rucher du Causse' && r[1] === '')?.[2]).toBe('pas de minimum');
    expect(tab.rows[0][2]).toBe(fr("Aucun foyer n'a encore commandé"));
  });
});
