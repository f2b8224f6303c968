// Which cycle `Cycles` shows running: what the state store compares its hidden state with. Its own
// file so that the store does not import the lost-state report (which needs the context).
import { readCycles } from '../../core/workbook/read-cycles';
import type { Workbook } from './workbook';

/** The id of the cycle `Cycles` shows open or closed (its close not done), if any. */
export function runningCycle(workbook: Workbook): string | null {
  const tab = workbook.values('cycles');
  if (!tab) return null;
  // Only the statuses are looked at: the time zone does not matter here.
  const running = readCycles({ tabName: tab.tabName, values: tab.values }, 'UTC').cycles
    .filter((c) => c.status === 'open' || c.status === 'closed');
  return running.length > 0 ? running[running.length - 1].id : null;
}
