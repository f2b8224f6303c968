import { frenchTypography } from '../../../src/core/i18n/typography';
import { closeCycle } from '../../../src/core/close/close-cycle';
import type { Locale } from '../../../src/core/model';
import { closeInput } from './fixtures/two-sites-juice-case-completed';

describe('generated tabs', () => {
  test.each<Locale>(['fr', 'en'])('lays out the producer, distribution and recap tabs (%s)', (locale) => {
    expect(closeCycle(closeInput(locale)).tabs).toMatchSnapshot();
  });

  test('the producer tab gives money in euros with the money format, quantities with the quantity format', () => {
    const tab = closeCycle(closeInput()).tabs[0];
    expect(tab.columnFormats).toEqual({ 3: 'quantity', 4: 'quantity', 5: 'money', 6: 'money' });
    expect(tab.rows).toContainEqual(['JUS', 'Jus de pomme', 'bouteille', 12, 2, 3.5, 42]);
    expect(tab.rows).toContainEqual(['Total', '', '', '', '', '', 109.2]);
  });

  test('the producer tab lists by member only when the producer shares names', () => {
    const [ferme, rucher] = closeCycle(closeInput()).tabs;
    expect(ferme.rows.flat()).toContain('Par adhérent');
    expect(rucher.rows.flat()).not.toContain('Par adhérent');
  });

  test('a held producer has a tab that says its order is on hold', () => {
    const tabs = closeCycle(closeInput('fr', 'automatic', 'hold')).tabs;
    const chevrerie = tabs.find((t) => t.name === '▸ Chèvrerie du Lot')!;
    expect(chevrerie.rows[1][0]).toContain('commande suspendue');
  });

  test.each([
    { scenario: 'cases left to the coordinator', input: () => closeInput('fr', 'manual'), status: 'à envoyer : menu Cabas > « Envoyer la commande »' },
    { scenario: 'automatic sending off', input: () => ({ ...closeInput(), catalog: { ...closeInput().catalog, settings: { ...closeInput().catalog.settings, autoSend: false } } }), status: 'dans Envois : menu Cabas > « Envoyer les e-mails en attente »' },
    { scenario: 'the coordinator\'s « Envoyer la commande »', input: () => ({ ...closeInput('fr', 'manual'), mode: 'finalize' as const }), status: 'commande envoyée' },
  ])('the recap says the order waits, or is sent: $scenario', ({ input, status }) => {
    const result = closeCycle(input());
    const recap = result.tabs.at(-1)!;
    expect(recap.rows.find((r) => r[0] === 'Ferme des Tilleuls')!.at(-1)).toBe(frenchTypography(status));
    expect(result.awaitsReview).toBe(status.startsWith('à envoyer'));
    expect(result.holdsSending).toBe(status.startsWith('dans Envois'));
  });

  test('the recap lists producers with totals, cases, minimum and status', () => {
    const recap = closeCycle(closeInput()).tabs.at(-1)!;
    expect(recap.name).toBe('▸ Récap');
    expect(recap.rows).toContainEqual(['Ferme des Tilleuls', 109.2, 80, 'oui', 2, '', 'commande envoyée']);
    expect(recap.rows).toContainEqual(['Chèvrerie du Lot', 9, 50, 'non', '', '', 'annulée (minimum non atteint)']);
    expect(recap.rows).toContainEqual(['inconnu@example.net', 'mercredi 9 décembre 2026 à 21 h 15', 'adresse inconnue', '', '', '', '']);
  });

  test('a producer named like a generated tab gets a distinct, safe tab name', () => {
    const input = closeInput();
    const rename = (name: string) => (name === 'Rucher du Causse' ? 'Récap' : name);
    input.catalog.producers = input.catalog.producers.map((p) => ({ ...p, name: rename(p.name) }));
    input.catalog.products = input.catalog.products.map((p) => ({ ...p, producer: rename(p.producer) }));
    input.lines = input.lines.map((l) => ({ ...l, producer: rename(l.producer) }));
    const names = closeCycle(input).tabs.map((t) => t.name);
    expect(names).toEqual(['▸ Ferme des Tilleuls', '▸ Récap 2', '▸ Distribution Monclar-de-Querc', '▸ Distribution Septfonds', '▸ Récap']);
  });
});
