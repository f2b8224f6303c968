// Finds one member in the `Adhérents` tab itself, for an e-mail the cycle's snapshot does not
// know (a member added or re-activated since the cycle opened): a search, then that row only, so
// that even this path costs the same whatever the number of members.
import type { Member, Site } from '../../core/model';
import { readMembers } from '../../core/workbook/read-directory';
import { ProblemList } from '../../core/workbook/tab-reader';
import type { Workbook } from './workbook';

export function findMemberInTab(workbook: Workbook, email: string, sites: Site[]): Member | null {
  const sheet = workbook.sheet('members');
  if (!sheet || email === '') return null;
  // Not whole-cell: a cell typed with spaces around the address still matches; parsing decides.
  const cells = sheet.createTextFinder(email).findAll();
  if (cells.length === 0) return null;
  const header = sheet.getRange('1:1').getValues()[0];
  for (const cell of cells.slice(0, 5)) {
    const row = sheet.getRange(cell.getRow(), 1, 1, header.length).getValues()[0];
    const [member] = readMembers({ tabName: sheet.getName(), values: [header, row] }, sites, workbook.locale, new ProblemList());
    if (member?.email === email) return member;
  }
  return null;
}
