// Finds one member in the `Adhérents` tab itself, for an e-mail the cycle's snapshot does not
// know (a member added or re-activated since the cycle opened): a search, then that row only, so
// that even this path costs the same whatever the number of members.
import type { Member, Site } from '../../core/model';
import { householdKeyOfName, isNameKey } from '../../core/members/household-key';
import { readMembers } from '../../core/workbook/read-directory';
import { a1 } from '../../core/workbook/render-problem';
import { ProblemList } from '../../core/workbook/tab-reader';
import { headerColumnsOf, type Workbook } from './workbook';

/**
 * The e-mail as a pattern that matches it alone, spaces around it allowed (RE2 escapes, as Sheets
 * reads them); anchored as well as whole-cell, so that it can only ever match the whole cell.
 */
function wholeAddress(email: string): string {
  return `^\\s*${email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`;
}

export function findMemberInTab(workbook: Workbook, email: string, sites: Site[]): Member | null {
  const sheet = workbook.sheet('members');
  if (!sheet || email === '') return null;
  const { header, columns } = headerColumnsOf(sheet, 'members');
  if (isNameKey(email)) return findByName(workbook, sheet, header, columns.name, email, sites);
  if (!columns.email) return null;
  const letters = a1(columns.email, 1).replace(/\d+$/, '');
  // The e-mail column only, and the whole cell: an address that merely contains hers (`joann@…`
  // for `ann@…`), or her address in someone's notes, is no hit. The finder is case-insensitive by
  // default. https://developers.google.com/apps-script/reference/spreadsheet/text-finder
  const cells = sheet.getRange(`${letters}2:${letters}`).createTextFinder(wholeAddress(email))
    .useRegularExpression(true).matchEntireCell(true).findAll();
  // Every hit is a row of this very address (several only when it is listed twice): each is read,
  // none skipped, and the first that parses as a member wins, as the open cycle's snapshot does.
  for (const cell of cells) {
    const row = sheet.getRange(cell.getRow(), 1, 1, header.length).getValues()[0];
    const [member] = readMembers({ tabName: sheet.getName(), values: [header, row] }, sites, workbook.locale, new ProblemList());
    if (member?.email === email) return member;
  }
  return null;
}

/**
 * A household without e-mail, by its name key (an order entered from the sidebar for a household
 * added since the cycle opened): the name column in one read, then that row. Only on this rare path.
 */
function findByName(
  workbook: Workbook, sheet: GoogleAppsScript.Spreadsheet.Sheet, header: unknown[], nameColumn: number | undefined, key: string, sites: Site[],
): Member | null {
  const last = sheet.getLastRow();
  if (!nameColumn || last < 2) return null;
  const names = sheet.getRange(2, nameColumn, last - 1, 1).getValues();
  const index = names.findIndex(([name]) => householdKeyOfName(String(name)) === key);
  if (index < 0) return null;
  const row = sheet.getRange(index + 2, 1, 1, header.length).getValues()[0];
  const [member] = readMembers({ tabName: sheet.getName(), values: [header, row] }, sites, workbook.locale, new ProblemList());
  return member?.email === key ? member : null;
}
