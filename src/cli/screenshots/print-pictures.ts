// The guides' pictures of Cabas away from a desk: an e-mail as a phone shows it, and a tab as it
// comes out of the printer (the exported xlsx printed to PDF by LibreOffice, one page as PNG).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { SentMessage } from '../../local-apps-script/mail/sent-message';
import type { SpreadsheetSnapshot } from '../../local-apps-script/spreadsheet/snapshot';
import { findSheet, type MailPicture, pickMessage } from './guide-pictures';

/** An e-mail as a member reads it on a phone 390 px wide (the HTML part alone, as a mail app shows it). */
export const PHONE_PICTURE: MailPicture & { width: number } = { file: 'email-phone.png', kind: 'member-summary', to: 'claire.delmas@example.org', width: 390 };
/** A Distribution tab as printed: A4 portrait, fitted to the width, from LibreOffice. */
export const PRINT_PICTURE = { file: 'print-distribution.png', tab: /^▸ Distribution Septfonds$/ };

export interface PrintedPdf {
  path: string;
  /** Every page's text, laid out (pdftotext -layout). */
  pages: string[];
  /** 1-based numbers of the pages of one tab, found by the tab's name at the foot of each (writeXlsx's footer). */
  pagesOf(tab: string): number[];
}

/**
 * Prints `xlsx` to PDF in `dir` with `soffice --headless --convert-to pdf` (on a profile of its own,
 * so that another LibreOffice running on the machine does not take the conversion) and reads its
 * text with poppler's pdftotext. Debian: libreoffice-calc, poppler-utils.
 */
export function printXlsx(xlsx: string, dir: string): PrintedPdf {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 110_000 });
  const path = join(dir, basename(xlsx).replace(/\.xlsx$/i, '.pdf'));
  const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').slice(0, -1);
  const footer = (page: string) => page.trimEnd().split('\n').pop()!.trim();
  return {
    path, pages,
    // The footer is `tab … page / pages`: the tab's whole name, so that `▸ Bilan` is not `▸ Bilan CSV`.
    pagesOf: (tab) => pages.flatMap((p, i) => (footer(p).startsWith(`${tab} `) && /^\s*\d+ \/ \d+\s*$/.test(footer(p).slice(tab.length)) ? [i + 1] : [])),
  };
}

/** The phone picture: the e-mail's HTML at 390 px, whole. */
export async function phoneMailPicture(page: Page, snapshot: SpreadsheetSnapshot, sent: SentMessage[], path: string): Promise<void> {
  const message = pickMessage(snapshot, sent, PHONE_PICTURE);
  await page.setViewportSize({ width: PHONE_PICTURE.width, height: 700 });
  await page.setContent(message.htmlBody, { waitUntil: 'load' });
  await page.screenshot({ path, fullPage: true });
}

/** The printed picture: the first page of the tab in the PDF of `xlsx`, at 80 dpi. */
export function printedTabPicture(xlsx: string, snapshot: SpreadsheetSnapshot, path: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-print-picture-'));
  try {
    const printed = printXlsx(xlsx, dir);
    const tab = findSheet(snapshot, PRINT_PICTURE.tab).name;
    const page = printed.pagesOf(tab)[0];
    if (page === undefined) throw new Error(`The tab ${tab} is on no page of ${xlsx}'s PDF.`);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', printed.path, path.replace(/\.png$/, '')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
