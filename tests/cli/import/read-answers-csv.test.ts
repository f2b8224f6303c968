import { frenchTypography as fr } from '../../../src/core/i18n/typography';
import { decodeAnswersFile, parseAnswerTimestamp, readAnswersCsv } from '../../../src/cli/import/read-answers-csv';

const products = [
  { ref: 'TOM', title: 'Tomates anciennes — 4,20 € / kg' },
  { ref: 'MIEL', title: 'Miel toutes fleurs — 12,50 € / pot' },
  { ref: 'PAIN', title: 'Pain de campagne — 3,80 € / pièce' },
];
const options = { file: 'reponses.csv', timeZone: 'Europe/Paris', products, locale: 'fr' as const };

// 18:30 in Paris on 8 December 2026 (winter, UTC+1).
const EVENING = Date.UTC(2026, 11, 8, 17, 30);

describe('a French export: semicolons, BOM, decimal commas, quoted newlines, every header form', () => {
  const text = '\uFEFFHorodateur;Adresse e-mail;TOM;[MIEL] Miel toutes fleurs (pot);  pain de CAMPAGNE — 3,80 € / PIÈCE ;Lieu;Tolérance;Commentaire\r\n'
    + '08/12/2026 18:30:00;elise@example.org;2,5;;1;Monclar;1;"Merci !\r\nÀ jeudi; bises"\r\n'
    + '08/12/2026 19:05;"paul@example.org";;1;;Septfonds;;"Il a dit ""oui"""\r\n';
  const result = readAnswersCsv(text, options);

  test('reads every row with its line number in the file', () => {
    expect(result).toEqual({
      ok: true,
      warnings: [],
      rows: [
        { line: 2, at: EVENING, email: 'elise@example.org', quantities: { TOM: '2,5', MIEL: '', PAIN: '1' }, site: 'Monclar', tolerance: '1', comment: 'Merci !\r\nÀ jeudi; bises' },
        { line: 4, at: Date.UTC(2026, 11, 8, 18, 5), email: 'paul@example.org', quantities: { TOM: '', MIEL: '1', PAIN: '' }, site: 'Septfonds', tolerance: '', comment: 'Il a dit "oui"' },
      ],
    });
  });
});

test('reads an English export with commas, ISO timestamps and no optional column', () => {
  const text = 'Timestamp,Email Address,Tomates anciennes — 4,20 € / kg\n2026-12-08T18:30:00+01:00,a@x.org,3\n';
  // The title holds a comma, so in a comma file it must be quoted to be one header.
  const quoted = 'Timestamp,Email Address,"Tomates anciennes — 4,20 € / kg"\n2026-12-08T18:30:00+01:00,a@x.org,3\n';
  expect(readAnswersCsv(text, { ...options, locale: 'en' })).toMatchObject({ ok: false, error: { code: 'answers.unknown-column' } });
  expect(readAnswersCsv(quoted, { ...options, locale: 'en' })).toEqual({
    ok: true, warnings: [],
    rows: [{ line: 2, at: EVENING, email: 'a@x.org', quantities: { TOM: '3' }, site: '', tolerance: '', comment: '' }],
  });
});

test.each([
  { header: 'Horodatage;E-mail;tom', what: 'Horodatage, E-mail and a lowercase ref' },
  { header: ' TIMESTAMP ;Email;[tom]', what: 'spaces, capitals and a bare [ref]' },
  { header: 'Horodateur;adresse e-mail;Tomates Anciennes — 4,20 € / KG', what: 'the question title in other capitals' },
])('matches headers ignoring case, accents and spaces: $what', ({ header }) => {
  const result = readAnswersCsv(`${header}\n08/12/2026 18:30;a@x.org;1\n`, options);
  expect(result).toMatchObject({ ok: true, rows: [{ email: 'a@x.org', quantities: { TOM: '1' } }] });
});

test.each([
  {
    what: 'no timestamp column', text: 'Adresse e-mail;TOM\na@x.org;1\n',
    error: { file: 'reponses.csv', line: 1, code: 'answers.no-timestamp-column', message: fr('reponses.csv, ligne 1 : aucune colonne « Horodateur » (ou « Horodatage », « Timestamp »). Ajoutez-la : chaque réponse a besoin de son heure.') },
  },
  {
    what: 'no e-mail column', text: 'Horodateur;TOM\n08/12/2026 18:30;1\n',
    error: { file: 'reponses.csv', line: 1, code: 'answers.no-email-column' },
  },
  {
    what: 'an unknown product column', text: 'Horodateur;Adresse e-mail;TOM;Courgettes\n08/12/2026 18:30;a@x.org;1;2\n',
    error: { file: 'reponses.csv', line: 1, column: 'Courgettes', code: 'answers.unknown-column' },
  },
  {
    what: 'two columns for one product', text: 'Horodateur;Adresse e-mail;TOM;[TOM] Tomates\n08/12/2026 18:30;a@x.org;1;2\n',
    error: { file: 'reponses.csv', line: 1, column: '[TOM] Tomates', code: 'answers.duplicate-column' },
  },
  {
    what: 'an unreadable timestamp after a quoted newline', text: 'Horodateur;Adresse e-mail;Commentaire\n08/12/2026 18:30;a@x.org;"deux\nlignes"\n31/02/2026 18:30;b@x.org;\n',
    error: { file: 'reponses.csv', line: 4, column: 'Horodateur', code: 'answers.bad-timestamp', message: fr('reponses.csv, ligne 4, colonne « Horodateur » : « 31/02/2026 18:30 » n\'est pas une date lisible (attendu 08/12/2026 18:30, 2026-12-08T18:30:00+01:00 ou 2026/12/08 6:30:00 PM UTC+1). Corrigez la cellule puis relancez.') },
  },
  {
    what: 'a row with one cell too many', text: 'Horodateur;Adresse e-mail;TOM\n08/12/2026 18:30;a@x.org;1;5\n',
    error: { file: 'reponses.csv', line: 2, code: 'answers.cell-count', message: fr('reponses.csv, ligne 2 : 4 cellules au lieu de 3 (une virgule ou un point-virgule de trop dans une cellule non entourée de guillemets ?). Corrigez la ligne puis relancez.') },
  },
  {
    what: 'an unterminated quote', text: 'Horodateur;Adresse e-mail;Commentaire\n08/12/2026 18:30;a@x.org;ok\n08/12/2026 18:31;b@x.org;"jamais fermé\n',
    error: { file: 'reponses.csv', line: 3, code: 'answers.unterminated-quote' },
  },
  { what: 'an empty file', text: '\uFEFF\n', error: { file: 'reponses.csv', line: 1, code: 'answers.empty-file' } },
])('refuses $what, naming the file, line and column', ({ text, error }) => {
  const result = readAnswersCsv(text, options);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatchObject(error);
});

test('says it in English when the locale is en', () => {
  const result = readAnswersCsv('Timestamp,Email,TOM,Zucchini\n', { ...options, locale: 'en', file: 'answers.csv' });
  expect(result).toEqual({
    ok: false,
    error: {
      file: 'answers.csv', line: 1, column: 'Zucchini', code: 'answers.unknown-column',
      message: 'answers.csv, line 1, column "Zucchini": it is neither a product ref, nor "[ref] …", nor a question title, nor Site, Tolerance or Comment. Fix the header so that no order is lost.',
    },
  });
});

test('warns, without failing, about a blank e-mail and data under a blank header', () => {
  const result = readAnswersCsv('Horodateur;Adresse e-mail;TOM;\n08/12/2026 18:30;;1;oups\n', options);
  expect(result).toEqual({
    ok: true,
    rows: [{ line: 2, at: EVENING, email: '', quantities: { TOM: '1' }, site: '', tolerance: '', comment: '' }],
    warnings: [
      fr('reponses.csv, ligne 2 : une colonne sans en-tête contient « oups », elle est ignorée.'),
      fr("reponses.csv, ligne 2 : pas d'adresse e-mail, cette réponse sera refusée."),
    ],
  });
});

test.each([
  { what: 'a site of the group, in any case', site: ' septfonds ', help: 'Monclar', warned: [] },
  {
    what: 'a site the group does not have', site: 'Caussade', help: '',
    warned: [fr("reponses.csv, ligne 2, colonne « Lieu » : « Caussade » n'est pas un lieu du groupement (Monclar, Septfonds) ; la commande est retirée au lieu de l'adhérent dans Adhérents. Corrigez la cellule et relancez pour un autre lieu.")],
  },
  {
    what: 'an offer to help at a site the group does not have', site: '', help: 'monclar',
    warned: [fr("reponses.csv, ligne 2, colonne « Bénévole » : « monclar » n'est pas un lieu du groupement (Monclar, Septfonds) ; cette proposition d'aide n'est pas retenue. Corrigez la cellule et relancez pour la garder.")],
  },
])('warns about the cell, and keeps the answer: $what', ({ site, help, warned }) => {
  const result = readAnswersCsv(`Horodateur;Adresse e-mail;TOM;Lieu;Bénévole\n08/12/2026 18:30;a@x.org;1;${site};${help}\n`, { ...options, sites: ['Monclar', 'Septfonds'], helpSites: ['Monclar', 'Septfonds'] });
  expect(result).toMatchObject({ ok: true, rows: [{ line: 2, email: 'a@x.org', site: site.trim() }], warnings: warned });
});

test('a column for a product not offered this cycle: ignored when no answer orders it, else the whole file refused with the cell', () => {
  const unavailable = ['CER'];
  const empty = readAnswersCsv('Horodateur;Adresse e-mail;TOM;CER\n08/12/2026 18:30;a@x.org;1;\n08/12/2026 18:31;b@x.org;1;0\n', { ...options, unavailable });
  expect(empty).toMatchObject({
    ok: true, rows: [{ quantities: { TOM: '1' } }, { quantities: { TOM: '1' } }],
    warnings: [fr("reponses.csv, colonne « CER » : CER n'est pas proposé ce cycle, et aucune réponse n'en commande ; la colonne est ignorée.")],
  });
  const ordered = readAnswersCsv('Horodateur;Adresse e-mail;TOM;[CER] Cerneaux\n08/12/2026 18:30;a@x.org;1;\n08/12/2026 18:31;b@x.org;;2\n', { ...options, unavailable });
  expect(ordered).toEqual({
    ok: false,
    error: {
      file: 'reponses.csv', line: 3, column: '[CER] Cerneaux', code: 'answers.unavailable-product',
      message: fr("reponses.csv, ligne 3, colonne « [CER] Cerneaux » : cette réponse commande 2 de CER, qui n'est pas proposé ce cycle (Produits : Disponible, ou son producteur inactif). Rendez-le disponible dans le classeur, ou retirez la colonne du fichier, puis relancez : rien n'a été fait."),
    },
  });
});

test('skips blank lines and counts them in line numbers', () => {
  const result = readAnswersCsv('Horodateur,Adresse e-mail,TOM\n\n08/12/2026 18:30,a@x.org,1\n\n', options);
  expect(result).toMatchObject({ ok: true, rows: [{ line: 3 }] });
});

test.each([
  { text: '2026-12-08T18:30:00+01:00', at: EVENING },
  { text: '2026-12-08T17:30:00Z', at: EVENING },
  { text: '2026-12-08 18:30:00', at: EVENING },
  { text: '08/12/2026 18:30:00', at: EVENING },
  { text: '8/12/2026 18:30', at: EVENING },
  { text: '28/06/2026 09:30', at: Date.UTC(2026, 5, 28, 7, 30) },
  { text: '08/12/2026', at: Date.UTC(2026, 11, 7, 23, 0) },
  { text: '29/03/2026 02:30', at: Date.UTC(2026, 2, 29, 1, 30) },
  { text: '2026/12/08 6:30:00 PM GMT+1', at: EVENING },
  { text: '2026/12/08 6:30:00 PM UTC+1', at: EVENING },
  { text: '2026/12/08 12:05:00 AM GMT+1', at: Date.UTC(2026, 11, 7, 23, 5) },
  { text: '2026/12/08 18:30:00 GMT+01:00', at: EVENING },
  { text: '2026/06/28 9:30:00 AM GMT+2', at: Date.UTC(2026, 5, 28, 7, 30) },
  { text: '2026/12/08 13:30:00 PM GMT+1', at: null },
  { text: '08/12/2026 25:00', at: null },
  { text: '12/08/26 18:30', at: null },
  { text: 'hier soir', at: null },
])('reads the timestamp "$text" in Paris as $at', ({ text, at }) => {
  expect(parseAnswerTimestamp(text, 'Europe/Paris')).toBe(at);
});

test("the form's own titles for the site, tolerance and comment are headers too", () => {
  const titles = { site: 'Lieu de retrait', tolerance: fr("Pour compléter un colis, j'accepte jusqu'à 3 unités de plus par produit"), comment: fr('Un mot pour la coordination ?') };
  const text = `Horodateur;Adresse e-mail;TOM;Lieu de retrait;${titles.tolerance};Un mot pour la coordination ?\n08/12/2026 18:30;a@x.org;1;Septfonds;2;Merci\n`;
  expect(readAnswersCsv(text, { ...options, titles })).toMatchObject({ ok: true, rows: [{ site: 'Septfonds', tolerance: '2', comment: 'Merci' }] });
  expect(readAnswersCsv(text, options)).toMatchObject({ ok: false, error: { code: 'answers.unknown-column', column: 'Lieu de retrait' } });
});

test.each([
  { what: 'UTF-8 with a BOM', bytes: Buffer.from('\uFEFFHorodateur;É\n'), result: { ok: true, text: 'Horodateur;É\n' } },
  { what: 'UTF-16 LE with its BOM', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Horodateur;É\n', 'utf16le')]), result: { ok: true, text: 'Horodateur;É\n' } },
  { what: 'UTF-16 without a BOM', bytes: Buffer.from('Horodateur;É\n', 'utf16le'), result: { ok: false, error: { line: 1, code: 'answers.utf16' } } },
  { what: 'Latin-1 on line 2', bytes: Buffer.from('Horodateur\nHélène\n', 'latin1'), result: { ok: false, error: { line: 2, code: 'answers.bad-encoding' } } },
])('decodes the answers file: $what', ({ bytes, result }) => {
  expect(decodeAnswersFile(bytes, 'reponses.csv', 'fr')).toMatchObject(result);
});
