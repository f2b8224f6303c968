// Reads the Cycles tab: each cycle's id, dates in the group's time zone, status and form link.
import type { Cycle, Problem } from '../model';
import { known, parseOptionalDateTime } from './parse-cell';
import { FirstSeen, ProblemList, shown, tabView, type TabInput } from './tab-reader';
import { parseStatus } from './tables';

/**
 * Cycles by row, with a problem per unreadable cell. A row without a readable deadline is
 * reported and left out: no cycle can run without one. An empty status is a draft. A draft typed
 * without an id is read with id '' (the open gives it one, in its own row); any other row
 * without an id is reported.
 * @example readCycles({ tabName: 'Cycles', values: [['Cycle', 'Clôture', 'Statut'], ['2026-12-10', '08/12/2026 20:00', 'ouvert']] }, 'Europe/Paris')
 *   // cycles [{ id: '2026-12-10', deadline: Date.UTC(2026, 11, 8, 19), status: 'open', … }]
 */
export function readCycles(tab: TabInput, timeZone: string): { cycles: Cycle[]; problems: Problem[] } {
  const problems = new ProblemList();
  const view = tabView('cycles', tab, ['id', 'deadline', 'status'], 'fr', problems);
  const cycles: Cycle[] = [];
  const seen = new FirstSeen();
  for (const r of view.rows) {
    const draftWithoutId = r.text('id') === '' && (r.text('status') === '' || parseStatus('cycleStatus', shown(r.cell('status'))) === 'draft');
    const id = draftWithoutId ? '' : seen.identify(r, 'id', 'cycles.missing-id', 'cycles.duplicate-id');
    if (id === null) continue;
    const date = (key: 'opens' | 'deadline' | 'pickup'): number | null | 'bad' => {
      const parsed = parseOptionalDateTime(r.cell(key), timeZone);
      if (parsed.ok) return parsed.value;
      r.refuse('cycles.bad-date', key);
      return 'bad';
    };
    const [opens, deadline, pickup] = [date('opens'), date('deadline'), date('pickup')];
    if (deadline === null) r.error('cycles.missing-deadline', 'deadline', { id });
    const status = r.read('status', 'cycles.bad-status', (cell) => known(parseStatus('cycleStatus', shown(cell))), 'draft');
    if (typeof deadline !== 'number') continue;
    cycles.push({
      id, opens: typeof opens === 'number' ? opens : null, deadline, pickup: typeof pickup === 'number' ? pickup : null,
      status, formUrl: r.text('form'), note: '', row: r.row,
    });
  }
  return { cycles, problems: problems.items };
}
