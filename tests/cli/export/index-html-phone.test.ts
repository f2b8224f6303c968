// index.html on a phone: real Chromium at 390 px opens every panel (the summary, each tab, the
// e-mails list, each e-mail) and finds no horizontal scroll, and each e-mail shown whole.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { writeIndexHtml } from '../../../src/cli/export/write-index-html';
import type { SentMessage } from '../../../src/local-apps-script/mail/sent-message';
import { everyEmailKind } from '../../support/every-email-kind';
import { sheetOf, smallGroupWorkbook } from './fixtures/small-group-workbook';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PHONE = 390;

const emails = everyEmailKind().filter((e) => e.locale === 'fr');
const messages: SentMessage[] = emails.map(({ email }, i) => ({
  at: Date.UTC(2026, 11, 8, 17, i), from: 'coordination@example.org', to: email.to, cc: '', bcc: '', replyTo: email.replyTo ?? '',
  name: email.name ?? '', subject: email.subject, body: email.text, htmlBody: email.html,
  attachments: (email.attachments ?? []).map((a) => ({ name: a.fileName, mimeType: a.mimeType, bytes: Buffer.from(a.content) })), via: 'MailApp',
}));
// A tab wider than a phone: its own frame scrolls, never the page.
const wide = sheetOf('▸ Distribution Monclar-de-Quercy', [
  Array.from({ length: 12 }, (_, c) => `Colonne ${c + 1}`),
  Array.from({ length: 12 }, (_, c) => `isabelle.garrigues@example.org ${c}`),
], { frozenRows: 1, columnWidths: Object.fromEntries(Array.from({ length: 12 }, (_, c) => [c + 1, 220])) });
const outbox = sheetOf('Envois', [['Clé', 'Type', 'Destinataire', 'Objet', 'Statut'], ...emails.map(({ name, email }) => [email.key, name, email.to, email.subject, 'envoyé'])]);

let dir: string;
let browser: BrowserContext;
let page: Page;
/** panel id -> what Chromium measured once it showed. */
const measured = new Map<string, { scrollWidth: number; frame?: { height: number; content: number; width: number; contentWidth: number } }>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cabas-index-phone-'));
  const path = join(dir, 'index.html');
  writeIndexHtml({
    title: 'Cabas — démonstration, GAC du Pays Midi-Quercy', snapshot: { ...smallGroupWorkbook, sheets: [...smallGroupWorkbook.sheets, wide, outbox] },
    messages, emlFiles: messages.map((_, i) => `mail/${String(i + 1).padStart(3, '0')}-un-nom-de-fichier-assez-long-pour-un-telephone.eml`),
    summary: ['31 foyers ont commandé, 6 producteurs, 37 e-mails envoyés', 'Fichiers : /tmp/un/chemin/assez/long/pour/déborder/sur/un/téléphone/cabas-demo.xlsx'],
  }, path);
  browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'], viewport: { width: PHONE, height: 800 },
  });
  page = browser.pages()[0] ?? await browser.newPage();
  await page.goto(`file://${path}`, { waitUntil: 'load' });
  const panels = await page.evaluate(`[...document.querySelectorAll('[data-panel]')].map((b) => b.dataset.panel)`) as string[];
  for (const id of [...new Set(panels)]) {
    await page.evaluate(`document.querySelector('[data-panel="${id}"]').click()`);
    measured.set(id, await page.evaluate(`(() => {
      const f = document.querySelector('#${id} iframe');
      const d = f && f.contentDocument.documentElement;
      return {
        scrollWidth: document.documentElement.scrollWidth,
        frame: f ? { height: f.getBoundingClientRect().height, content: d.scrollHeight, width: f.clientWidth, contentWidth: d.scrollWidth } : undefined,
      };
    })()`));
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('opens every panel: the summary first, the tabs, the e-mails list and each e-mail', () => {
  expect([...measured.keys()][0]).toBe('summary');
  expect(measured.size).toBe(1 + smallGroupWorkbook.sheets.length + 2 + 1 + messages.length);
});

test.each(['summary', 'tab-2', 'mails', ...messages.map((_, i) => `mail-${i}`)])(`%s has no horizontal scroll at ${PHONE} px`, (id) => {
  expect(measured.get(id)!.scrollWidth).toBeLessThanOrEqual(PHONE);
});

test.each(messages.map((m, i) => ({ id: `mail-${i}`, kind: emails[i].name })))('the $kind e-mail shows whole: its frame as tall as it, no scroll inside', ({ id }) => {
  const { frame } = measured.get(id)!;
  expect(frame!.height).toBeGreaterThanOrEqual(frame!.content);
  expect(frame!.contentWidth).toBeLessThanOrEqual(frame!.width);
});
