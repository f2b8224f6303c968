// Writes a generated tab (a TabLayout from the core) in a fixed number of calls, whatever its
// size: values, number formats, bold and checkboxes each go in one batch.
import type { TabLayout } from '../../core/model';
import { catalogue, type Catalogue } from '../../core/i18n';
import { safeTabName } from '../../core/close/tab-name';
import { tabPresentation } from '../../core/workbook/tab-presentation';
import { CabasError } from './cabas-error';
import { ensureGrid, NUMBER_FORMAT, QUANTITY_FORMAT, writeCells } from './cells';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// The mark of a generated tab: the warning-only protection writeTab sets when it creates the tab,
// described by this note (in the workbook's locale then, so either is ours).
// https://developers.google.com/apps-script/reference/spreadsheet/protection#getDescription()
// Compared without the typography: a version before French typography wrote the note with plain
// spaces and apostrophes (« Cabas : il »), this one with no-break spaces; both are ours.
const plainNote = (note: string) => note.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2019/g, "'");
// Made when first needed: nothing but a declaration runs at the bundle's top level.
let generatedNotes: Set<string> | null = null;
const GENERATED_NOTES = () => (generatedNotes ??= new Set([catalogue('fr').ui.generatedNote, catalogue('en').ui.generatedNote].map(plainNote)));

/** Whether a tab is one writeTab made: only such a tab is ever cleared and rewritten. */
function isGenerated(sheet: Sheet): boolean {
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((p) => GENERATED_NOTES().has(plainNote(p.getDescription())));
}

/** Marks a tab as generated: a warning for people who edit it, and Cabas's sign that it may rewrite it. */
function markGenerated(workbook: Workbook, sheet: Sheet): void {
  sheet.protect().setWarningOnly(true).setDescription(catalogue(workbook.locale).ui.generatedNote);
}

/**
 * The generated tab of that name, found as Sheets compares names (without case), or null. A tab
 * of that name that Cabas did not mark is taken only when it holds nothing (an execution killed
 * between creating it and marking it leaves it so; nothing can be lost there), and marked then;
 * one with content stops the execution: it is someone's, and never replaced.
 */
function ownTab(workbook: Workbook, name: string): Sheet | null {
  const lower = name.toLowerCase();
  const sheet = workbook.listSheets().find((s) => s.getName().toLowerCase() === lower) ?? null;
  if (!sheet || isGenerated(sheet)) return sheet;
  if (sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) throw new CabasError(catalogue(workbook.locale).ui.tabNotGenerated(sheet.getName()));
  markGenerated(workbook, sheet);
  return sheet;
}

/**
 * Deletes the generated tab of that name, if there is one (a tab nobody marked is never touched):
 * what a close made and a later run of it no longer makes (« Envoyer la commande » leaving a site
 * or a producer with nothing). Returns whether one was deleted.
 */
export function removeTab(workbook: Workbook, name: string): boolean {
  const lower = name.toLowerCase();
  const sheet = workbook.listSheets().find((s) => s.getName().toLowerCase() === lower) ?? null;
  if (!sheet || !isGenerated(sheet)) return false;
  workbook.spreadsheet.deleteSheet(sheet);
  workbook.removed(sheet);
  return true;
}

/**
 * Deletes the generated tab the other language names what is now written (`▸ Balances` beside a new
 * `▸ Soldes`): after `Langue` changed, the old one stayed with last cycle's figures. Found by
 * probing. Only a tab Cabas marked is deleted (removeTab), and only when its `marker` cell (column A)
 * holds that language's text there: a producer named « Recap » has a generated tab of that name too.
 * @example removeOtherLanguageTab(workbook, (c) => c.payments.balances.tabName, (c) => ({ row: 1, text: c.payments.balances.householdsHeading }))
 */
export function removeOtherLanguageTab(workbook: Workbook, nameIn: (c: Catalogue) => string, marker: (c: Catalogue) => { row: number; text: string }): void {
  const other = workbook.locale === 'fr' ? 'en' : 'fr';
  const mine = safeTabName(nameIn(catalogue(workbook.locale)), new Set());
  const theirs = safeTabName(nameIn(catalogue(other)), new Set());
  if (theirs.toLowerCase() === mine.toLowerCase()) return;
  const sheet = workbook.listSheets().find((s) => s.getName().toLowerCase() === theirs.toLowerCase());
  const { row, text } = marker(catalogue(other));
  if (sheet && sheet.getLastRow() >= row && String(sheet.getRange(row, 1).getValue()) === text) removeTab(workbook, theirs);
}

/** The name a generated tab is made under until it is marked: no refresh finds it unmarked by its own name. */
const MAKING = ' ~cabas';

/**
 * A new generated tab: made under a name of its own, marked, then named. An execution killed
 * before the name is given leaves an empty tab nobody looks up by the final name (a refresh would
 * otherwise write into an unmarked tab, which the close then refuses as someone's); the next
 * creation takes that one again.
 */
function newTab(workbook: Workbook, name: string, index?: number): Sheet {
  const making = `${name}${MAKING}`;
  let sheet = workbook.sheetNamed(making);
  if (!sheet || !isGenerated(sheet)) {
    if (!sheet) {
      sheet = index !== undefined ? workbook.spreadsheet.insertSheet(making, index) : workbook.spreadsheet.insertSheet(making);
      workbook.remember(sheet);
    }
    markGenerated(workbook, sheet); // before any value: a tab with content is always marked
  }
  sheet.setName(name);
  return sheet;
}

type Cell = TabLayout['rows'][number][number];

/** A layout's rows as a rectangle, and each cell's number format: `@` (plain text) for every text. */
function cellsOf(layout: TabLayout): { values: Cell[][]; formats: string[][]; width: number } {
  const rows = layout.rows.length ? layout.rows : [['']];
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0); // not Math.max(...rows): tens of thousands of arguments overflow the stack
  const values = rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill(null)]);
  const formats = values.map((r) => r.map((v, c) => {
    if (typeof v === 'string' || v === null) return '@';
    const f = layout.columnFormats[c];
    if (typeof v === 'number') return f && f !== 'text' && f !== 'checkbox' ? NUMBER_FORMAT[f] : QUANTITY_FORMAT;
    return f === 'date' || f === 'datetime' ? NUMBER_FORMAT[f] : '@';
  }));
  return { values, formats, width };
}

/**
 * Rewrites the cells of a generated tab laid out as before (the live `Récap` at each submission),
 * formats first: a person's « Effacer la mise en forme » cannot turn a text into a formula. The tab
 * is the one Cabas made, found by its sheet id (`sheetId`, recorded when it was made; no service
 * call: the tabs are listed once per execution) and its name: a tab someone renamed to that name
 * (the `Journal`, `Adhérents`) is never written over. A tab deleted, renamed or shrunk by hand is
 * laid out again (`writeTab`, which takes only a tab it marked). Returns the id of the tab written;
 * null when the name belongs to someone's tab: the refresh is left out (the close says which tab to rename).
 */
export function refreshTab(workbook: Workbook, layout: TabLayout, sheetId: number | undefined): number | null {
  const { values, formats, width } = cellsOf(layout);
  const sheet = sheetId === undefined ? null
    : workbook.listSheets().find((s) => s.getSheetId() === sheetId && s.getName() === layout.name) ?? null;
  if (sheet) {
    try {
      writeCells(sheet.getRange(1, 1, values.length, width), values, formats);
      return sheetId ?? null;
    } catch {
      // Shrunk by hand: laid out again below.
    }
  }
  try {
    return writeTab(workbook, layout).getSheetId();
  } catch (error) {
    if (error instanceof CabasError) return null; // someone's tab under that name
    throw error;
  }
}

/** Sets the columns' widths, adjacent columns of the same width in one call. */
function setWidths(sheet: Sheet, widths: Record<number, number>, count: number): void {
  for (let c = 0; c < count;) {
    let end = c + 1;
    while (end < count && widths[end] === widths[c]) end += 1;
    if (end - c === 1) sheet.setColumnWidth(c + 1, widths[c]);
    else sheet.setColumnWidths(c + 1, end - c, widths[c]);
    c = end;
  }
}

/** Creates or rewrites a generated tab; the same layout always gives the same tab. */
export function writeTab(workbook: Workbook, layout: TabLayout, options: { index?: number } = {}): Sheet {
  const { values, formats, width } = cellsOf(layout);
  let sheet = ownTab(workbook, layout.name);
  if (sheet) {
    if (sheet.getName() !== layout.name) sheet.setName(layout.name); // a producer's name retyped in another case
    sheet.clear();
    sheet.getDataRange().clearDataValidations();
  } else {
    sheet = newTab(workbook, layout.name, options.index);
  }
  ensureGrid(sheet, { rows: values.length, columns: width });
  const range = sheet.getRange(1, 1, values.length, width);
  // Formats first: text cells are plain text before the values land, so none is read as a formula.
  writeCells(range, values, formats);
  const bold = new Set(layout.boldRows);
  range.setFontWeights(values.map((r, i) => r.map(() => (bold.has(i) ? 'bold' : 'normal'))));
  if (values.some((r) => r.some((v) => typeof v === 'boolean'))) {
    const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    range.setDataValidations(values.map((r) => r.map((v) => (typeof v === 'boolean' ? checkbox : null))));
  }
  sheet.setFrozenRows(layout.frozenRows);
  // On screen and on paper: table text wraps in its column (a household's lines, long headings),
  // cells sit at the top of their row, and each column is as wide as its content (core rule).
  const { columnWidths, wraps } = tabPresentation({ ...layout, rows: values });
  range.setWraps(wraps);
  range.setVerticalAlignment('top');
  setWidths(sheet, columnWidths, width);
  return sheet;
}
