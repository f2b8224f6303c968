// The hidden `_fiches` tab: the printable slips of households without e-mail (core/slips/slip.ts),
// the latest of each kind per household. Row 1 header; then one row per slip:
// `<household key>|<kind>` | kind | subject | time (ms) | the HTML, over as many cells as needed.
// Small (two rows per household without e-mail): read whole and written whole, in a fixed number
// of calls whatever the number of slips kept at once.
import type { Slip, SlipKind } from '../../core/slips/slip';
import { ensureGrid, splitText, writeRows } from './cells';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SLIP_TAB = '_fiches';
/** Characters of HTML per cell (a cell holds at most 50,000). */
const CHUNK = 40000;
const HEADER = ['slip', 'kind', 'subject', 'at', 'html'];

const idOf = (household: string, kind: SlipKind) => `${household}|${kind}`;

export class SlipBook {
  constructor(private readonly workbook: Workbook) {}

  private sheet(create: boolean): Sheet | null {
    const found = this.workbook.sheetNamed(SLIP_TAB);
    if (found || !create) return found;
    const sheet = this.workbook.spreadsheet.insertSheet(SLIP_TAB);
    sheet.hideSheet();
    sheet.protect().setWarningOnly(true).setDescription('Cabas');
    this.workbook.remember(sheet);
    return sheet;
  }

  /** Keeps these slips, each replacing the household's earlier one of its kind: one read, one write. */
  keep(slips: Slip[]): void {
    if (slips.length === 0) return;
    const sheet = this.sheet(true) as Sheet;
    const rows = this.rows(sheet);
    for (const slip of slips) {
      const row = [idOf(slip.household, slip.kind), slip.kind, slip.subject, slip.at, ...splitText(slip.html, CHUNK)];
      const at = rows.findIndex((r) => r[0] === row[0]);
      if (at >= 0) rows[at] = row;
      else rows.push(row);
    }
    const width = Math.max(HEADER.length, ...rows.map((r) => r.length));
    const pad = (r: unknown[]) => [...r, ...new Array(width - r.length).fill('')];
    ensureGrid(sheet, { rows: rows.length + 1, columns: width });
    sheet.clearContents();
    writeRows(sheet, 1, [pad(HEADER), ...rows.map(pad)], []);
  }

  /** A household's slip of one kind; null when none was kept. */
  find(household: string, kind: SlipKind): Slip | null {
    const sheet = this.sheet(false);
    if (!sheet) return null;
    const row = this.rows(sheet).find((r) => r[0] === idOf(household, kind));
    if (!row) return null;
    return { household, kind, subject: String(row[2]), at: Number(row[3]) || 0, html: row.slice(4).map(String).join('') };
  }

  /** The kept rows, without the header and without trailing blank cells. */
  private rows(sheet: Sheet): unknown[][] {
    if (sheet.getLastRow() < 2) return [];
    return sheet.getDataRange().getValues().slice(1).filter((r) => r[0] !== '').map((r) => {
      let end = r.length;
      while (end > 0 && r[end - 1] === '') end -= 1;
      return r.slice(0, end);
    });
  }
}
