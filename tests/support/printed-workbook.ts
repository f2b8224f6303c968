// An .xlsx printed to PDF by LibreOffice, read back as text page by page (poppler's pdftotext).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface PrintedWorkbook {
  /** Every page's text, laid out as printed. */
  pages: string[];
  /** The first page's size in points, rounded (A4 portrait: 595 × 842). */
  pageSize: { width: number; height: number };
  /** The pages of one tab, found by the tab's name that writeXlsx prints at the foot of each. */
  pagesOf(tab: string): string[];
}

/**
 * Prints `xlsx` with `soffice --headless --convert-to pdf` (a profile of its own, so that another
 * LibreOffice running on the machine does not swallow the conversion) and reads the PDF.
 */
export function printedWorkbook(xlsx: string): PrintedWorkbook {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-print-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 110_000 });
    const pdf = join(dir, basename(xlsx).replace(/\.xlsx$/, '.pdf'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    return {
      pages,
      pageSize: { width: Math.round(Number(size[1])), height: Math.round(Number(size[2])) },
      // The footer reads "<tab>   <page> / <pages>" on the page's last line.
      pagesOf: (tab) => pages.filter((p) => {
        const lines = p.trimEnd().split('\n');
        return lines[lines.length - 1].trim().startsWith(`${tab} `);
      }).map((p) => p.trimEnd().split('\n').slice(0, -1).join('\n')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
