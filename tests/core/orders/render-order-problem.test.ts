import { frenchTypography } from '../../../src/core/i18n/typography';
import type { Locale, Problem } from '../../../src/core/model';
import { renderOrderProblem } from '../../../src/core/orders/render-order-problem';

const p = (code: string, params?: Problem['params']): Problem => ({ code, severity: 'error', ...(params ? { params } : {}) });
const honey = { product: 'Miel de châtaignier', ref: 'MIE' };

describe('renderOrderProblem', () => {
  test.each<{ problem: Problem; locale: Locale; text: string }>([
    { problem: p('order.off-step', { ...honey, value: '2,3', step: 0.5 }), locale: 'fr', text: '« 2,3 » pour Miel de châtaignier : la quantité doit être un multiple de 0,5.' },
    { problem: p('order.off-step', { ...honey, value: '2.3', step: 0.5 }), locale: 'en', text: '"2.3" for Miel de châtaignier: the quantity must be a multiple of 0.5.' },
    { problem: p('order.not-a-number', { ...honey, value: 'deux' }), locale: 'fr', text: "« deux » pour Miel de châtaignier : ce n'est pas un nombre." },
    { problem: p('order.negative', { ...honey, value: '-1' }), locale: 'fr', text: '« -1 » pour Miel de châtaignier : la quantité ne peut pas être négative.' },
    { problem: p('order.no-open-cycle'), locale: 'fr', text: "Aucune commande n'est ouverte en ce moment." },
    { problem: p('order.after-deadline', { cycle: '2026-12-10' }), locale: 'en', text: 'Orders for this cycle had already closed when your answer arrived.' },
    { problem: p('order.unknown-member', { email: 'x@y.fr' }), locale: 'fr', text: "L'adresse x@y.fr ne figure pas dans la liste des adhérents du groupement." },
    { problem: p('order.inactive-member', { email: 'x@y.fr' }), locale: 'en', text: 'The membership of x@y.fr is not active at the moment.' },
    { problem: p('order.unknown-site', { site: 'Caussade' }), locale: 'fr', text: "Le lieu de retrait « Caussade » n'existe pas pour ce cycle." },
    { problem: p('order.unknown-site', { site: '' }), locale: 'fr', text: "Aucun lieu de retrait n'a été choisi." },
    { problem: p('order.bad-tolerance', { value: '1,5', max: 5 }), locale: 'fr', text: '« 1,5 » pour la tolérance : indiquez un nombre entier entre 0 et 5.' },
    { problem: p('order.something-new'), locale: 'fr', text: "Votre commande n'a pas pu être prise en compte (order.something-new)." },
  ])('renders $problem.code in $locale', ({ problem, locale, text }) => {
    // The catalogue sets French typography; the table is written with plain spaces and apostrophes.
    expect(renderOrderProblem(problem, locale)).toBe(locale === 'fr' ? frenchTypography(text) : text);
  });
});
