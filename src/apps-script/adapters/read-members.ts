// Reads the `Adhérents` tab itself (one read), for a member the cycle's snapshot does not know.
import type { Member, Site } from '../../core/model';
import { readMembers } from '../../core/workbook/read-directory';
import { ProblemList } from '../../core/workbook/tab-reader';
import type { Workbook } from './workbook';

export function readMembersTab(workbook: Workbook, sites: Site[]): Member[] {
  const v = workbook.values('members');
  if (!v) return [];
  return readMembers({ tabName: v.tabName, values: v.values }, sites, workbook.locale, new ProblemList());
}
