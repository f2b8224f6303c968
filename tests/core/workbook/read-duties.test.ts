// Who a duty's volunteer is: a household's address, or, for a household without e-mail (the only
// way to name it), its name as `Adhérents` has it.
import type { Member } from '../../../src/core/model';
import { readDuties } from '../../../src/core/workbook/read-duties';
import { ProblemList } from '../../../src/core/workbook/tab-reader';

const member = (email: string, name: string, row: number): Member => ({ email, name, phone: '', site: 'Septfonds', active: true, notes: '', row });
const MEMBERS = [
  member('claire@example.org', 'Claire Delmas', 2),
  member('nom:jeanne bousquet', 'Jeanne Bousquet', 3),
  member('paul@example.org', 'Paul Martin', 4),
  member('pm@example.org', 'paul martin', 5),
];
const SITES = [{ name: 'Septfonds', address: '', pickup: '', contact: '', row: 2 }];

function read(typed: string) {
  const problems = new ProblemList();
  const [duty] = readDuties({ tabName: 'Permanences', values: [['Date', 'Lieu', 'Rôle', 'Bénévole'], ['11/12/2026', 'Septfonds', 'accueil', typed]] }, SITES, MEMBERS, 'Europe/Paris', 'fr', problems);
  return { volunteer: duty.volunteer, warned: problems.items.map((p) => p.code) };
}

test.each([
  { typed: 'claire@example.org', volunteer: 'claire@example.org', warned: [], title: 'an address is the household' },
  { typed: ' Claire@Example.org ', volunteer: 'claire@example.org', warned: [], title: 'an address in other case and with spaces is the same household' },
  { typed: 'Jeanne Bousquet', volunteer: 'nom:jeanne bousquet', warned: [], title: 'a household without e-mail is named as Adhérents names it' },
  { typed: 'jeanne  BOUSQUET', volunteer: 'nom:jeanne bousquet', warned: [], title: 'whatever the case and the spaces' },
  { typed: 'Claire Delmas', volunteer: 'claire@example.org', warned: [], title: 'a household with e-mail typed by its name gets its reminders at its address' },
  { typed: 'Paul Martin', volunteer: 'Paul Martin', warned: ['duties.unknown-volunteer'], title: 'a name two households share is not guessed: warned' },
  { typed: 'Jean', volunteer: 'Jean', warned: ['duties.unknown-volunteer'], title: 'a name nobody has is warned' },
  { typed: '', volunteer: '', warned: [], title: 'an open slot is normal' },
])('$title ($typed)', ({ typed, volunteer, warned }) => {
  expect(read(typed)).toEqual({ volunteer, warned });
});
