import { frenchTypography as fr } from '../../../src/core/i18n/typography';
import { planForm } from '../../../src/core/form/plan-form';
import type { CycleCatalog } from '../../../src/core/model';
import { smallCycle } from '../orders/fixtures/small-cycle';

const questions = (catalog: CycleCatalog) => planForm(catalog).sections.flatMap((s) => s.questions);
const byRef = (catalog: CycleCatalog, ref: string) => questions(catalog).find((q) => q.ref === ref)!;

describe('planForm', () => {
  test('titles the form with the group and the cycle’s dates', () => {
    expect(planForm(smallCycle()).title).toBe('GAC du Pays Midi-Quercy — commande du 1er au 10 décembre 2026');
    expect(planForm(smallCycle('en')).title).toBe('GAC du Pays Midi-Quercy — order from 1 to 10 December 2026');
  });

  test('describes pickup, sites, deadline, editing and the cycle note', () => {
    expect(planForm(smallCycle()).description).toBe(fr([
      'Retrait des commandes le vendredi 11 décembre 2026 :',
      '• Monclar-de-Quercy — Salle des fêtes, place de la Mairie (vendredi 17 h – 19 h)',
      '• Septfonds — 2 rue des Chapeliers (vendredi 18 h – 19 h 30)',
      '',
      "Commandes ouvertes jusqu'au jeudi 10 décembre 2026 à 20 h 00.",
      '',
      "Après l'envoi, vous recevez un e-mail de confirmation avec un lien pour modifier vos réponses jusqu'au jeudi 10 décembre 2026 à 20 h 00. Pour annuler, renvoyez le formulaire avec 0 partout.",
      '',
    ].join('\n')) + '\nPensez à vos sacs et à vos boîtes à œufs !'); // the coordinator's note is theirs, left as typed
  });

  test('makes one page per producer, with its note and minimum, in catalog order', () => {
    const plan = planForm(smallCycle());
    expect(plan.sections.map((s) => [s.producer, s.title, s.help, s.questions.map((q) => q.ref)])).toEqual([
      ['Ferme des Tilleuls', 'Ferme des Tilleuls', 'Légumes bio de saison, cueillis la veille.\n\nCe producteur livre à partir de 80,00\u00a0€ de commandes pour le groupement.', ['TOM', 'JUS']],
      ['Rucher du Causse', 'Rucher du Causse', '', ['MIE', 'PAI']],
    ]);
  });

  test('skips a producer with no product', () => {
    const catalog = smallCycle();
    catalog.products = catalog.products.filter((p) => p.producer !== 'Rucher du Causse');
    expect(planForm(catalog).sections.map((s) => s.producer)).toEqual(['Ferme des Tilleuls']);
  });

  test.each([
    {
      ref: 'TOM', title: 'Tomates anciennes — 4,20\u00a0€ / kg', help: 'Par 0,5 kg. Maximum 4 par adhérent.\nVariétés mélangées.',
      max: 4, step: 0.5, whole: false, pattern: null, errorText: 'Indiquez un multiple de 0,5 (0 si vous n’en voulez pas). Au maximum 4.',
    },
    {
      ref: 'JUS', title: 'Jus de pomme — 3,50\u00a0€ / bouteille',
      help: fr('Par 1 bouteille. Vendu par colis de 6 : les colis incomplets sont complétés grâce aux tolérances.'),
      max: 999, step: 1, whole: true, pattern: '^ *0*(?:\\d{1,2}|[1-8]\\d{2}|9[0-8]\\d|99[0-8]|999) *$',
      errorText: 'Indiquez un nombre entier (0 si vous n’en voulez pas). Au maximum 999.',
    },
    {
      ref: 'MIE', title: 'Miel de châtaignier — 18,00\u00a0€ / kg', help: 'Par 0,5 kg.\nRécolte 2026.',
      max: 999, step: 0.5, whole: false, pattern: null, errorText: 'Indiquez un multiple de 0,5 (0 si vous n’en voulez pas). Au maximum 999.',
    },
  ])('plans the question of $ref with price, unit, step, case size and max', (expected) => {
    expect(byRef(smallCycle(), expected.ref)).toEqual(expected);
  });

  test('says the coordinators complete cases under the manual case policy', () => {
    const catalog = smallCycle();
    catalog.settings.casePolicy = 'manual';
    expect(byRef(catalog, 'JUS').help).toBe(fr('Par 1 bouteille. Vendu par colis de 6 : la coordination complète les colis incomplets.'));
  });

  test('a whole step above 1 is whole but asks for multiples', () => {
    const catalog = smallCycle();
    catalog.products[1].step = 2;
    expect(byRef(catalog, 'JUS')).toMatchObject({ whole: true, step: 2, errorText: 'Indiquez un multiple de 2 (0 si vous n’en voulez pas). Au maximum 999.' });
  });

  test.each([
    { what: 'the ceiling alone', maxPerMember: null, maxQuantity: 50, max: 50 },
    { what: 'the product’s max below the ceiling', maxPerMember: 4, maxQuantity: 50, max: 4 },
    { what: 'the ceiling below the product’s max', maxPerMember: 80, maxQuantity: 50, max: 50 },
  ])('caps every question: $what gives $max', ({ maxPerMember, maxQuantity, max }) => {
    const catalog = smallCycle();
    catalog.settings.maxQuantity = maxQuantity;
    catalog.products[1].maxPerMember = maxPerMember;
    const question = byRef(catalog, 'JUS');
    expect(question).toMatchObject({ max, errorText: `Indiquez un nombre entier (0 si vous n’en voulez pas). Au maximum ${max}.` });
    expect(new RegExp(question.pattern!).test(String(max))).toBe(true);
    expect(new RegExp(question.pattern!).test(String(max + 1))).toBe(false);
  });

  test('writes the questions in English for an English group', () => {
    expect(byRef(smallCycle('en'), 'TOM')).toMatchObject({
      title: 'Tomates anciennes — €4.20 / kg', help: 'In steps of 0.5 kg. At most 4 per household.\nVariétés mélangées.',
    });
  });

  test('adds the ref to titles two products share, and only to those', () => {
    const catalog = smallCycle();
    catalog.products.push({ ...catalog.products[2], ref: 'MIE2', row: 6 });
    expect(questions(catalog).map((q) => q.title)).toEqual([
      'Tomates anciennes — 4,20\u00a0€ / kg',
      'Jus de pomme — 3,50\u00a0€ / bouteille',
      'Miel de châtaignier — 18,00\u00a0€ / kg [MIE]',
      'Pain d’épices — 6,50\u00a0€ / pièce',
      'Miel de châtaignier — 18,00\u00a0€ / kg [MIE2]',
    ]);
  });

  test('offers the sites as the required site question’s choices', () => {
    expect(planForm(smallCycle()).site).toEqual({
      title: 'Lieu de retrait', help: fr('Où venez-vous chercher votre commande ?'), choices: ['Monclar-de-Quercy', 'Septfonds'],
    });
  });

  test.each([
    { name: 'up to one case minus one unit', sizes: [6, null], max: 5, title: "Pour compléter un colis, j'accepte jusqu'à 5 unités de plus par produit" },
    { name: 'the largest case sets the limit', sizes: [6, 12], max: 11, title: "Pour compléter un colis, j'accepte jusqu'à 11 unités de plus par produit" },
    { name: 'no tolerance without a case', sizes: [null, null], max: 0, title: "Pour compléter un colis, j'accepte jusqu'à 0 unité de plus par produit" },
  ])('plans the tolerance question: $name', ({ sizes, max, title }) => {
    const catalog = smallCycle();
    catalog.products[1].caseSize = sizes[0];
    catalog.products[2].caseSize = sizes[1];
    expect(planForm(catalog).tolerance).toMatchObject({ max, title: fr(title) });
  });

  test('tells what happens next once closed, and confirms with the deadline', () => {
    const plan = planForm(smallCycle());
    expect(plan.closedMessage).toMatch(/^Les commandes de ce cycle sont closes\./);
    expect(plan.confirmationMessage).toContain(fr('jeudi 10 décembre 2026 à 20 h'));
  });

  test('does not change the catalog', () => {
    const catalog = smallCycle();
    const before = JSON.stringify(catalog);
    planForm(catalog);
    expect(JSON.stringify(catalog)).toBe(before);
  });
});
