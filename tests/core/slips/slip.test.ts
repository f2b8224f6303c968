// Printable slips: which e-mails become one, and the page a coordinator prints.
import { slipKindOf, slipPage } from '../../../src/core/slips/slip';
import type { EmailKind } from '../../../src/core/model';

test.each([
  { kind: 'confirmation', slip: 'order' },
  { kind: 'cancellation', slip: 'order' },
  { kind: 'rejection', slip: 'order' },
  { kind: 'member-summary', slip: 'summary' },
  { kind: 'reminder', slip: null },
  { kind: 'producer-order', slip: null },
  { kind: 'digest', slip: null },
] as { kind: EmailKind; slip: string | null }[])('an e-mail of kind $kind becomes the slip $slip', ({ kind, slip }) => {
  expect(slipKindOf(kind)).toBe(slip);
});

describe('the slip page', () => {
  const html = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="x"><p>Bonjour $& Jeanne</p></body></html>';

  test.each([
    { locale: 'fr' as const, print: 'Imprimer', heading: 'Récapitulatif à la distribution' },
    { locale: 'en' as const, print: 'Print', heading: 'Summary for the pickup' },
  ])('in $locale: an A4 page, the household as its heading, a print button that does not print', ({ locale, print, heading }) => {
    const page = slipPage({ kind: 'summary', subject: 'Cycle <du 10>', html }, 'Jeanne & Paul', locale);
    expect(page).toContain('@page{size:A4');
    expect(page).toContain('@media print{.cabas-slip-print{display:none}');
    expect(page).toContain(`>${print}</button>`);
    expect(page).toContain('<h1>Jeanne &amp; Paul</h1>');
    expect(page).toContain(`${heading} — Cycle &lt;du 10&gt;`);
    expect(page).toContain('<p>Bonjour $& Jeanne</p>'); // the e-mail's body, as it was
    expect(page.indexOf('<h1>')).toBeGreaterThan(page.indexOf('<body style="x">'));
  });
});
