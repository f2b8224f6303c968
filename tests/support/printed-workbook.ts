// An .xlsx printed to PDF by LibreOffice, read back as text page by page (src/cli/screenshots/print-pictures.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printXlsx } from '../../src/cli/screenshots/print-pictures';

export interface PrintedWorkbook {
  /** Every page's text, laid out as printed. */
  pages: string[];
  /** The first page's size in points, rounded (A4 portrait: 595 × 842). */
  pageSize: { width: number; height: number };
  /** The text of one tab's pages, without their footer. */
  pagesOf(tab: string): string[];
}

export function printedWorkbook(xlsx: string): PrintedWorkbook {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-print-'));
  try {
    const printed = printXlsx(xlsx, dir);
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [printed.path], { encoding: 'utf8' }))!;
    const withoutFooter = (page: string) => page.trimEnd().split('\n').slice(0, -1).join('\n');
    return {
      pages: printed.pages,
      pageSize: { width: Math.round(Number(size[1])), height: Math.round(Number(size[2])) },
      pagesOf: (tab) => printed.pagesOf(tab).map((n) => withoutFooter(printed.pages[n - 1])),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
