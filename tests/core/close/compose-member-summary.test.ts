import { frenchTypography as fr } from '../../../src/core/i18n/typography';
import { closeCycle } from '../../../src/core/close/close-cycle';
import type { Locale } from '../../../src/core/model';
import { closeInput } from './fixtures/two-sites-juice-case-completed';
import { readDuties } from '../../../src/core/workbook/read-duties';
import { ProblemList } from '../../../src/core/workbook/tab-reader';

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

  test.each([
    { locale: 'fr' as Locale, cents: 1500, said: 'Il reste aussi 15,00\u00a0€ à régler sur une commande précédente (2026-11-26). Merci d’y penser à la distribution.' },
    { locale: 'fr' as Locale, cents: -90, said: 'Le groupement vous doit 0,90\u00a0€ sur une commande précédente (2026-11-26) : la coordination vous rend cette somme, ou la déduit de ce que vous réglez au groupement.' },
    { locale: 'en' as Locale, cents: -90, said: 'The group owes you €0.90 from an earlier order (2026-11-26): the coordination will pay it back, or take it off what you pay the group.' },
    // Found by probing: « sur une commande précédente (2026-11-12, 2026-11-26) ».
    { locale: 'fr' as Locale, cents: 2500, cycles: ['2026-11-12', '2026-11-26'], said: 'Il reste aussi 25,00 € à régler sur des commandes précédentes (2026-11-12, 2026-11-26).' },
    { locale: 'en' as Locale, cents: 2500, cycles: ['2026-11-12', '2026-11-26'], said: 'There is also €25.00 left to pay on earlier orders (2026-11-12, 2026-11-26).' },
  ])('what earlier cycles leave ($cents cents, $locale) is said, whichever way it goes', ({ locale, cents, said, cycles }) => {
    const input = closeInput(locale);
    input.earlierBalances = new Map([['bruno@example.org', { cents, cycles: cycles ?? ['2026-11-26'] }]]);
    const text = [...closeCycle(input).emails].find((e) => e.key === 'member-summary:2026-12-10:bruno@example.org')!.text;
    expect(text).toContain(locale === 'fr' ? fr(said) : said);
    expect(text.match(/commandes? précédentes?|earlier orders?/g)).toHaveLength(1);
  });

  test('a household without e-mail, named in Permanences as Adhérents names it, reads its duty on its printed summary', () => {
    const input = closeInput();
    const key = 'nom:anne delmas';
    input.lines = input.lines.map((l) => (l.email === 'anne@example.org' ? { ...l, email: key } : l));
    input.members = input.members.map((m) => (m.email === 'anne@example.org' ? { ...m, email: key } : m));
    const tab = { tabName: 'Permanences', values: [['Date', 'Lieu', 'Rôle', 'Bénévole'], ['11/12/2026', 'Monclar-de-Quercy', 'accueil', 'Anne Delmas']] };
    input.duties = readDuties(tab, input.catalog.sites, input.members, 'Europe/Paris', 'fr', new ProblemList());
    const text = [...closeCycle(input).emails].find((e) => e.key === `member-summary:2026-12-10:${key}`)!.text;
    expect(text).toContain(fr('Vous êtes de permanence le vendredi 11 décembre 2026 (accueil) à Monclar-de-Quercy. Merci !'));
  });

  test('a household that receives nothing is told it has nothing to pay', () => {
    const input = closeInput();
    input.lines = input.lines.filter((l) => l.email !== 'anne@example.org' || l.ref === 'CHE');
    const anne = [...closeCycle(input).emails].find((e) => e.to === 'anne@example.org')!;
    expect(anne.text).toContain('aucun produit ne pourra vous être livré pour ce cycle');
    expect(anne.text).not.toContain('Total à régler');
  });

  describe('a household that raised its order late, when a case is cut', () => {
    // Anne ordered 1 bottle first, then raised to 12 after Bruno (3) and Chloé (2) ordered: 17 firm, 2 cases of 6.
    const raisedLate = (locale: Locale) => {
      const input = closeInput(locale);
      input.lines = input.lines.map((l) => (l.ref !== 'JUS' ? l : l.email === 'anne@example.org' ? { ...l, quantity: 12, tolerance: 0 } : { ...l, tolerance: 0 }));
      input.orders = [{
        email: 'anne@example.org', queue: 1, firstSubmittedAt: 0, responseId: 'resp-1', submittedAt: 0, site: 'Monclar-de-Quercy', tolerance: 0,
        lines: [{ ref: 'JUS', quantity: 12, queued: [{ queue: 1, quantity: 1, tolerance: 0 }, { queue: 5, quantity: 11, tolerance: 0 }] }],
      }];
      const result = closeCycle(input);
      const text = (email: string) => [...result.emails].find((e) => e.key === `member-summary:2026-12-10:${email}`)!.text;
      return { allocated: Object.fromEntries(result.lines.filter((l) => l.ref === 'JUS').map((l) => [l.email, l.allocated])), text };
    };

    test('the units added late are the ones cut', () => {
      expect(raisedLate('fr').allocated).toEqual({ 'anne@example.org': 7, 'bruno@example.org': 3, 'chloe@example.org': 2 });
    });

    test.each<{ locale: Locale; sentence: string }>([
      { locale: 'fr', sentence: fr('Jus de pomme : 7 bouteilles au lieu de 12 bouteilles, car le colis n’a pas pu être complété. Les unités ajoutées en modifiant votre commande passent après les commandes reçues avant cette modification : ce sont elles qui ont été retirées en premier.') },
      { locale: 'en', sentence: 'Jus de pomme: 7 bouteilles instead of 12 bouteilles, because the case could not be completed. The units you added by editing your order come after the orders received before that edit: they were the first to be taken off.' },
    ])('is told the case was not completed and its added units came after earlier orders ($locale)', ({ locale, sentence }) => {
      expect(raisedLate(locale).text('anne@example.org')).toContain(sentence);
    });

    test('a cut of units ordered at once does not speak of added units', () => {
      const input = closeInput('fr');
      input.lines = input.lines.map((l) => (l.ref === 'JUS' ? { ...l, tolerance: 0 } : l)); // 7 firm: Chloé, last, loses 1
      const chloe = [...closeCycle(input).emails].find((e) => e.to === 'chloe@example.org')!.text;
      expect(chloe).toContain(fr('Jus de pomme : 1 bouteille au lieu de 2 bouteilles, car le colis n’a pas pu être complété.'));
      expect(chloe).not.toContain('Les unités ajoutées');
    });
  });
});
