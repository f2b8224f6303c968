// The guides' pictures: every one referenced exists and is rendered by the script, and the pages
// they are taken from show the right tab rows, columns and e-mail.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SentMessage } from '../../src/local-apps-script/mail/sent-message';
import type { CellValue, SheetSnapshot, SpreadsheetSnapshot } from '../../src/local-apps-script/spreadsheet/snapshot';
import { findSheet, GUIDE_PICTURES, mailPage, PAGE_WIDTH, pickMessage, tabPage, trimSheet } from '../../src/cli/screenshots/guide-pictures';
import { SCREEN_PICTURES } from '../../src/cli/screenshots/screen-pictures';
import { PHONE_PICTURE, PRINT_PICTURE } from '../../src/cli/screenshots/print-pictures';

const ROOT = join(__dirname, '..', '..');
const FILES = [...GUIDE_PICTURES.tabs, ...GUIDE_PICTURES.mails, ...SCREEN_PICTURES, PHONE_PICTURE, PRINT_PICTURE].map((p) => p.file);

function referenced(locale: 'fr' | 'en'): string[] {
  const text = readFileSync(join(ROOT, 'docs', `guide.${locale}.md`), 'utf8');
  return [...text.matchAll(/\]\(images\/([^)]+)\)/g)].map((m) => m[1]);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function sheet(name: string, values: CellValue[][], frozenRows = 1): SheetSnapshot {
  const grid = <T>(v: T) => values.map((r) => r.map(() => v));
  return {
    name, hidden: false, frozenRows, frozenColumns: 0, values, numberFormats: grid(''), bold: grid(false), notes: grid(''),
    validations: grid(null), columnWidths: {}, hiddenColumns: [], protections: [],
  };
}

const orders = sheet('Commandes', [
  ['Cycle', 'E-mail', 'Adhérent', 'Produit', 'Quantité', 'Statut'],
  ['2026-12-12', 'a@example.org', 'Alice', 'Poireaux', 1, 'attribué'],
  ['2026-12-12', 'b@example.org', 'Bob', 'Cabécou', 3, 'remplacé'],
  ['2026-12-12', 'c@example.org', 'Chloé', 'Miel', 2, 'attribué'],
]);
const outbox = sheet('Envois', [
  ['Clé', 'Type', 'Destinataire', 'Objet', 'Statut'],
  ['k1', 'confirmation', 'a@example.org', 'Votre commande', 'envoyé'],
  ['k2', 'confirmation', 'b@example.org', 'Votre commande', 'envoyé'],
  ['k3', 'digest', 'coordination@example.org', 'Bilan <1>', 'envoyé'],
]);
const snapshot: SpreadsheetSnapshot = { name: 'GAC', timeZone: 'Europe/Paris', locale: 'fr_FR', sheets: [orders, outbox] };
const message = (to: string, subject: string, htmlBody = '<p>Bonjour</p>'): SentMessage => ({
  at: Date.parse('2026-12-10T20:01:00+01:00'), from: 'owner@example.org', to, cc: '', bcc: '', replyTo: '', name: 'GAC',
  subject, body: 'texte', htmlBody, attachments: [], via: 'MailApp',
});
const sent = [message('a@example.org', 'Votre commande'), message('b@example.org', 'Votre commande'), message('coordination@example.org', 'Bilan <1>')];

describe.each(['fr', 'en'] as const)('the %s guide', (locale) => {
  test('references only pictures the script renders', () => {
    expect(referenced(locale).filter((file) => !FILES.includes(file))).toEqual([]);
  });

  test('references every picture the script renders', () => {
    expect(FILES.filter((file) => !referenced(locale).includes(file))).toEqual([]);
  });

  test('names only pictures that exist in docs/images', () => {
    expect(referenced(locale).filter((file) => !existsSync(join(ROOT, 'docs', 'images', file)))).toEqual([]);
  });
});

test.each(FILES.map((file) => ({ file })))('$file is committed, a PNG at most the page width', ({ file }) => {
  const path = join(ROOT, 'docs', 'images', file);
  expect(existsSync(path)).toBe(true);
  const { width, height } = pngSize(path);
  expect(width).toBeLessThanOrEqual(PAGE_WIDTH + 20);
  expect(height).toBeGreaterThan(100);
});

describe('trimSheet', () => {
  test.each([
    { scenario: 'keeps the header and the first data rows', rows: 2, expected: ['Cycle', '2026-12-12', '2026-12-12'] },
    { scenario: 'keeps everything when fewer rows exist', rows: 10, expected: ['Cycle', '2026-12-12', '2026-12-12', '2026-12-12'] },
  ])('$scenario', ({ rows, expected }) => {
    const trimmed = trimSheet(orders, { tab: 'orders', rows });
    expect(trimmed.values.map((r) => r[0])).toEqual(expected);
    expect(trimmed.bold).toHaveLength(expected.length);
  });

  test('hides every column but the ones asked for, found by header', () => {
    expect(trimSheet(orders, { tab: 'orders', rows: 1, columns: ['member', 'quantity'] }).hiddenColumns).toEqual([1, 2, 4, 6]);
  });

  test('does not change the sheet it is given', () => {
    const before = JSON.stringify(orders);
    trimSheet(orders, { tab: 'orders', rows: 1, columns: ['member'] });
    expect(JSON.stringify(orders)).toBe(before);
  });

  test('says which column is missing', () => {
    expect(() => trimSheet(orders, { tab: 'orders', rows: 1, columns: ['tolerance'] })).toThrow(/tolerance/);
  });
});

describe('pickMessage', () => {
  test.each([
    { scenario: 'the message to the recipient asked for', kind: 'confirmation', to: 'b@example.org', expected: 'b@example.org' },
    { scenario: 'the first of its kind when that recipient got none', kind: 'confirmation', to: 'z@example.org', expected: 'a@example.org' },
    { scenario: 'the first of its kind without a recipient', kind: 'digest', to: undefined, expected: 'coordination@example.org' },
  ])('picks $scenario', ({ kind, to, expected }) => {
    expect(pickMessage(snapshot, sent, { kind, to }).to).toBe(expected);
  });

  test('names the kinds there are when none matches', () => {
    expect(() => pickMessage(snapshot, sent, { kind: 'reminder' })).toThrow(/confirmation, digest/);
  });
});

describe('picture pages', () => {
  test('a tab page shows the grid and the tab name, escaped', () => {
    const html = tabPage(sheet('Récap <x>', [['Total', 3]]), snapshot);
    expect(html).toContain('<span>Récap &lt;x&gt;</span>');
    expect(html).toContain('table class="sheet"');
  });

  test('an e-mail page lets the frame be measured but never run a script', () => {
    const html = mailPage(sent[2], snapshot);
    expect(html).toContain('sandbox="allow-same-origin"');
    expect(html).not.toContain('allow-scripts');
    expect(html).toContain('Bilan &lt;1&gt;');
    expect(html).toContain('class="html-label"');
  });

  test('findSheet finds a Cabas table by its name in either locale', () => {
    expect(findSheet({ ...snapshot, sheets: [{ ...outbox, name: 'Outbox' }] }, 'outbox').name).toBe('Outbox');
    expect(() => findSheet(snapshot, /^Distribution/)).toThrow(/Commandes, Envois/);
  });
});
