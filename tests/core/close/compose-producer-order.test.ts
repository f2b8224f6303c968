import { closeCycle } from '../../../src/core/close/close-cycle';
import { fileSlug } from '../../../src/core/close/compose-producer-order';
import type { Locale } from '../../../src/core/model';
import { closeInput } from './fixtures/two-sites-juice-case-completed';

const producerEmail = (locale: Locale, producer: string) =>
  [...closeCycle(closeInput(locale)).emails].find((e) => e.key === `producer-order:2026-12-10:${producer}`)!;

describe('composeProducerOrder', () => {
  test.each<[Locale, string]>([['fr', 'Ferme des Tilleuls'], ['en', 'Ferme des Tilleuls'], ['fr', 'Rucher du Causse'], ['en', 'Rucher du Causse']])(
    'renders the order with its tables, pickup, contact and CSV (%s, %s)', (locale, producer) => {
      expect(producerEmail(locale, producer)).toMatchSnapshot();
    });

  test('attaches the same tables as a CSV named after the producer and the cycle', () => {
    const [csv] = producerEmail('fr', 'Ferme des Tilleuls').attachments!;
    expect(csv.fileName).toBe('commande-ferme-des-tilleuls-2026-12-10.csv');
    expect(csv.mimeType).toBe('text/csv');
    expect(csv.content.startsWith('\uFEFF')).toBe(true);
    expect(csv.content).toContain('\r\nJUS;Jus de pomme;bouteille;12;2;3,5;42\r\n');
    expect(producerEmail('en', 'Ferme des Tilleuls').attachments![0].content).toContain('\r\nJUS,Jus de pomme,bouteille,12,2,3.5,42\r\n');
  });

  test('names the pickup date and every site the producer delivers to, with address and hours', () => {
    const { text } = producerEmail('fr', 'Rucher du Causse');
    expect(text).toContain('Distribution le vendredi 11 décembre 2026 :');
    expect(text).toContain('- Monclar-de-Quercy — Salle des fêtes, place de la Mairie (vendredi 17 h – 19 h)');
    expect(text).toContain('- Septfonds — 2 rue des Chapeliers (vendredi 18 h – 19 h 30)');
    expect(text).toContain('coordination@gac-midi-quercy.fr');
  });

  test.each([
    ['Ferme des Tilleuls', 'ferme-des-tilleuls'],
    ['Chèvrerie du Lot', 'chevrerie-du-lot'],
    ["L'Œuf / la Poule", 'l-uf-la-poule'],
    ['***', 'producteur'],
  ])('makes a file-name-safe slug of %j', (name, slug) => {
    expect(fileSlug(name)).toBe(slug);
  });
});
