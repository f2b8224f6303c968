// `npm run docs:images`: runs the demo (which also refreshes out/), then renders each picture of
// GUIDE_PICTURES with headless Chromium into docs/images/, cropped to the content.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { SentMessage } from '../../local-apps-script/mail/sent-message';
import type { SpreadsheetSnapshot } from '../../local-apps-script/spreadsheet/snapshot';
import { runDemo } from '../demo/run-demo';
import { findSheet, GUIDE_PICTURES, mailPage, PAGE_WIDTH, pickMessage, tabPage, trimSheet } from './guide-pictures';
import { screenPages } from './screen-pictures';
import { PHONE_PICTURE, PRINT_PICTURE, phoneMailPicture, printedTabPicture } from './print-pictures';

export interface ScreenshotOptions {
  imagesDir: string;
  outDir: string;
  bundle: string;
  executablePath?: string;
  log: (line: string) => void;
}

// Flags from the brief: no network, no background services, a throwaway profile.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

// In-page scripts, as text: the project compiles without the DOM library.

/** An e-mail's frame grows to its content so the whole message is in the picture. */
const FIT_FRAMES = `for (const frame of document.querySelectorAll('iframe')) {
  const doc = frame.contentDocument;
  if (doc) frame.style.height = (doc.documentElement.scrollHeight + 4) + 'px';
}`;

/**
 * Text with only empty cells to its right spills over them, as Sheets shows a title row,
 * instead of wrapping in its column.
 */
const OVERFLOW_LIKE_SHEETS = `for (const row of document.querySelectorAll('table.sheet tbody tr')) {
  const cells = Array.from(row.querySelectorAll('td')).filter((td) => !td.classList.contains('row-number'));
  cells.forEach((td, i) => {
    const rest = cells.slice(i + 1);
    if (td.textContent === '' || td.classList.contains('num') || rest.length === 0 || rest.some((c) => c.textContent !== '')) return;
    td.innerHTML = '<div class="overflow">' + td.innerHTML + '</div>';
  });
}`;

export async function takeScreenshots(options: ScreenshotOptions): Promise<string[]> {
  const demo = await runDemo({ outDir: options.outDir, bundle: options.bundle, log: () => undefined });
  const snapshot = demo.gas.snapshot();
  const sent = demo.gas.mail.sent;
  const pages: { file: string; html: string }[] = [
    ...GUIDE_PICTURES.tabs.map((p) => ({ file: p.file, html: tabPage(trimSheet(findSheet(snapshot, p.tab), p), snapshot) })),
    ...GUIDE_PICTURES.mails.map((p) => ({ file: p.file, html: mailPage(pickMessage(snapshot, sent, p), snapshot) })),
    // Every screen Cabas draws in the spreadsheet, and the form (screen-pictures.ts).
    ...screenPages(options.bundle),
  ];

  mkdirSync(options.imagesDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'cabas-chromium-'));
  // A persistent context on a fresh directory is Playwright's way to pass --user-data-dir.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? '/usr/bin/chromium', args: CHROMIUM_ARGS,
    viewport: { width: PAGE_WIDTH + 40, height: 600 }, deviceScaleFactor: 1, locale: 'fr-FR',
  });
  const written: string[] = [];
  try {
    const page = browser.pages()[0] ?? await browser.newPage();
    // Nothing in a picture may come from the network.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    for (const { file, html } of pages) {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(FIT_FRAMES);
      await page.evaluate(OVERFLOW_LIKE_SHEETS);
      const path = join(options.imagesDir, file);
      await page.locator('#picture').screenshot({ path });
      written.push(path);
      options.log(`  ${path}`);
    }
    written.push(...await awayFromDeskPictures(page, options, snapshot, sent));
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return written;
}

/** An e-mail on a phone and a printed Distribution page (print-pictures.ts). */
async function awayFromDeskPictures(page: Page, options: ScreenshotOptions, snapshot: SpreadsheetSnapshot, sent: SentMessage[]): Promise<string[]> {
  const phone = join(options.imagesDir, PHONE_PICTURE.file);
  await phoneMailPicture(page, snapshot, sent, phone);
  const printed = join(options.imagesDir, PRINT_PICTURE.file);
  printedTabPicture(join(options.outDir, 'cabas-demo.xlsx'), snapshot, printed);
  for (const path of [phone, printed]) options.log(`  ${path}`);
  return [phone, printed];
}
