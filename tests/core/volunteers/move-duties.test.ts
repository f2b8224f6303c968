import { movedDuties } from '../../../src/core/volunteers/move-duties';
import type { Duty } from '../../../src/core/model';

const paris = (iso: string) => Date.parse(`${iso}+01:00`);
const duty = (row: number, date: number | null, volunteer = 'alice@example.org'): Duty => ({ row, date, site: 'Monclar-de-Quercy', role: 'bénévole', volunteer });

describe('movedDuties: the distribution moves, its duties with it', () => {
  const from = paris('2026-12-12T00:00:00');
  const sunday = paris('2026-12-13T00:00:00');

  test.each([
    { what: 'a duty on the old day moves to the new day', duties: [duty(2, from)], to: sunday, moved: [{ row: 2, date: sunday }] },
    { what: 'a duty typed with a time of day on the old day moves too', duties: [duty(2, paris('2026-12-12T10:00:00'))], to: sunday, moved: [{ row: 2, date: sunday }] },
    { what: 'a new pickup with a time gives the start of its day', duties: [duty(2, from)], to: paris('2026-12-13T09:30:00'), moved: [{ row: 2, date: sunday }] },
    { what: 'a duty of another day stays', duties: [duty(2, paris('2026-12-19T00:00:00'))], to: sunday, moved: [] },
    { what: 'an undated row stays', duties: [duty(2, null)], to: sunday, moved: [] },
    { what: 'a new time on the same day moves nothing', duties: [duty(2, from)], to: paris('2026-12-12T14:00:00'), moved: [] },
    { what: 'every duty of the old day moves, open slots included', duties: [duty(2, from), duty(3, from, ''), duty(4, paris('2026-12-05T00:00:00'))], to: sunday, moved: [{ row: 2, date: sunday }, { row: 3, date: sunday }] },
  ])('$what', ({ duties, to, moved }) => {
    const before = JSON.stringify(duties);
    expect(movedDuties({ duties, from, to, timeZone: 'Europe/Paris' })).toEqual(moved);
    expect(JSON.stringify(duties)).toBe(before); // the input is left as it was
  });
});
