import { frenchTypography as fr } from '../../../src/core/i18n/typography';
import { closeCycle } from '../../../src/core/close/close-cycle';
import { fileSlug, MAX_BODY_BYTES } from '../../../src/core/close/compose-producer-order';
import { utf8Bytes } from '../../../src/core/email/utf8-bytes';
import type { Email } from '../../../src/core/model';
import type { Locale } from '../../../src/core/model';
import { closeInput } from './fixtures/two-sites-juice-case-completed';
import { closeInput as tooLong, FARM } from './fixtures/one-farm-orders-too-long-for-one-email';

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
    expect(csv.mimeType).toBe('text/csv; charset=utf-8');
    expect(csv.content.startsWith('\uFEFF')).toBe(true);
    expect(csv.content).toContain('\r\nJUS;Jus de pomme;bouteille;12;2;3,5;42\r\n');
    expect(producerEmail('en', 'Ferme des Tilleuls').attachments![0].content).toContain('\r\nJUS,Jus de pomme,bouteille,12,2,3.5,42\r\n');
  });

  test('names the pickup date and every site the producer delivers to, with address and hours', () => {
    const { text } = producerEmail('fr', 'Rucher du Causse');
    expect(text).toContain(fr('Distribution le vendredi 11 décembre 2026 :'));
    expect(text).toContain(fr('- Monclar-de-Quercy — Salle des fêtes, place de la Mairie (vendredi 17 h – 19 h)'));
    expect(text).toContain(fr('- Septfonds — 2 rue des Chapeliers (vendredi 18 h – 19 h 30)'));
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

  describe('an order too long for one e-mail', () => {
    const farmEmail = (options: Parameters<typeof tooLong>[0]): Email =>
      [...closeCycle(tooLong(options)).emails].find((e) => e.key === `producer-order:2026-12-10:${FARM}`)!;
    const csvRows = (email: Email) => email.attachments![0].content.split('\r\n').length;

    test.each([
      // households, products, sites, shareNames: what stays in the body, what goes to the CSV only
      { households: 3000, products: 3, sites: 2, shareNames: true, kept: ['PAR PRODUIT', 'PAR LIEU DE RETRAIT'], gone: ['PAR ADHÉRENT'], note: 'Le détail par adhérent est trop long' },
      { households: 1200, products: 100, sites: 12, shareNames: false, kept: ['PAR PRODUIT'], gone: ['PAR LIEU DE RETRAIT', 'Lieu : Lieu 1'], note: 'Le détail par lieu de retrait est trop long' },
      { households: 600, products: 600, sites: 1, shareNames: true, kept: [], gone: ['PAR PRODUIT', 'PAR LIEU DE RETRAIT', 'PAR ADHÉRENT'], note: 'Le détail par produit, par lieu de retrait et par adhérent est trop long' },
    ])('keeps the body under Apps Script\'s 200 KB: $households households, $products products, $sites sites', ({ kept, gone, note, ...options }) => {
      const email = farmEmail(options);
      expect(utf8Bytes(email.text) + utf8Bytes(email.html)).toBeLessThanOrEqual(MAX_BODY_BYTES);
      for (const heading of kept) expect(email.text).toContain(heading);
      for (const heading of gone) expect(email.text).not.toContain(heading);
      expect(email.text).toContain(fr(`${note} pour ce message : il est dans le fichier joint (CSV), qui contient toute la commande.`));
      expect(email.text).toContain(fr('Distribution le vendredi 11 décembre 2026 :'));
    });

    test('still attaches every line of the order', () => {
      const email = farmEmail({ households: 3000, products: 3, sites: 2, shareNames: true });
      expect(email.attachments![0].content).toContain('Foyer numéro 3000;;Légume numéro 3 (kg);2;;2,5;5\r\n');
      // title, by product (heading, header, 3 rows, total), 2 sites (title, header, rows, total), by member (heading, header, 3,000 rows, total)
      expect(csvRows(email)).toBeGreaterThan(3000);
    });

    test('leaves an order that fits untouched, even close to the limit', () => {
      const email = farmEmail({ households: 200, products: 3, sites: 2, shareNames: true });
      expect(utf8Bytes(email.text) + utf8Bytes(email.html)).toBeGreaterThan(MAX_BODY_BYTES / 2);
      expect(email.text).toContain('PAR ADHÉRENT');
      expect(email.text).toContain('Foyer numéro 200');
      expect(email.text).not.toContain('trop long pour ce message');
    });
  });
});
