import { frenchTypography as fr } from '../../../src/core/i18n/typography';
import { closeCycle } from '../../../src/core/close/close-cycle';
import type { Locale } from '../../../src/core/model';
import { closeInput } from './fixtures/two-sites-juice-case-completed';

const summary = (locale: Locale, email: string, minimumPolicy: 'cancel' | 'hold' = 'cancel') =>
  [...closeCycle(closeInput(locale, 'automatic', minimumPolicy)).emails].find((e) => e.key === `member-summary:2026-12-10:${email}`)!;

describe('composeMemberSummary', () => {
  test.each<[Locale, string]>([
    ['fr', 'anne@example.org'], ['en', 'anne@example.org'], ['fr', 'chloe@example.org'], ['en', 'chloe@example.org'],
  ])('renders the final summary with changes, payments, pickup and duty (%s, %s)', (locale, email) => {
    expect(summary(locale, email)).toMatchSnapshot();
  });

  test.each`
    email                  | sentence
    ${'anne@example.org'}  | ${'Jus de pomme : 5 bouteilles au lieu de 2 bouteilles, grâce à votre tolérance, pour compléter un colis. Merci !'}
    ${'chloe@example.org'} | ${"Pain d'épices : 2 pièces au lieu de 3 pièces, car le stock du producteur est épuisé."}
    ${'david@example.org'} | ${'Miel de châtaignier : 2 kg au lieu de 4 kg, car le stock du producteur est épuisé.'}
    ${'chloe@example.org'} | ${'Crottin de chèvre : commande de 1 pièce annulée, car les commandes du groupement n’atteignent pas le minimum de commande du producteur (Chèvrerie du Lot).'}
  `('tells $email what changed and why', ({ email, sentence }) => {
    expect(summary('fr', email).text).toContain(fr(sentence));
  });

  test('says nothing changed when nothing did', () => {
    expect(summary('fr', 'bruno@example.org').text).not.toContain('Ce qui a changé');
  });

  test('gives each producer its amount with its payment instructions', () => {
    const { text } = summary('fr', 'chloe@example.org');
    expect(text).toContain(fr('- Ferme des Tilleuls : 14,00\u00a0€ — Chèque à l’ordre de la Ferme des Tilleuls'));
    expect(text).toContain(fr('- Rucher du Causse : 121,00\u00a0€ — Espèces ou virement'));
    expect(text).toContain(fr('Total à régler : 135,00\u00a0€.'));
    expect(text).toContain(fr('Retrait le vendredi 11 décembre 2026 : Monclar-de-Quercy — Salle des fêtes, place de la Mairie (vendredi 17 h – 19 h).'));
  });

  test('a household that receives nothing is told it has nothing to pay', () => {
    const input = closeInput();
    input.lines = input.lines.filter((l) => l.email !== 'anne@example.org' || l.ref === 'CHE');
    const anne = [...closeCycle(input).emails].find((e) => e.to === 'anne@example.org')!;
    expect(anne.text).toContain('aucun produit ne pourra vous être livré pour ce cycle');
    expect(anne.text).not.toContain('Total à régler');
  });
});
