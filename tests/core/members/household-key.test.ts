// Who a household is: its e-mail, or for a household without one, a key made from its name.
import { householdKeyOfName, isDeliverable, isNameKey } from '../../../src/core/members/household-key';
import { readMembers } from '../../../src/core/workbook/read-directory';
import { ProblemList } from '../../../src/core/workbook/tab-reader';

test.each([
  { name: 'Jeanne Bousquet', key: 'nom:jeanne bousquet' },
  { name: '  Jeanne   BOUSQUET ', key: 'nom:jeanne bousquet' },
  { name: 'Élise Carrière', key: 'nom:elise carriere' },
  { name: 'Famille Bousquet-Lacaze', key: 'nom:famille bousquet-lacaze' },
])('the key of "$name" is $key, whatever its case, accents and spaces', ({ name, key }) => {
  expect(householdKeyOfName(name)).toBe(key);
  expect(isNameKey(key)).toBe(true);
});

test.each([
  { to: 'claire@example.org', deliverable: true },
  { to: 'coordination@example.org, tresorier@example.org', deliverable: true },
  { to: '', deliverable: false },
  { to: '   ', deliverable: false },
  { to: 'nom:jeanne bousquet', deliverable: false },
  { to: 'Jeanne Bousquet', deliverable: false },
  { to: 'claire@example.org, nom:jeanne bousquet', deliverable: false },
])('an e-mail to "$to" can be sent: $deliverable', ({ to, deliverable }) => {
  expect(isDeliverable(to)).toBe(deliverable);
});

test('a household without e-mail is a member, keyed by its name', () => {
  const problems = new ProblemList();
  const members = readMembers({
    tabName: 'Adhérents',
    values: [
      ['E-mail', 'Nom', 'Téléphone', 'Lieu', 'Actif', 'Notes'],
      ['claire@example.org', 'Claire Delmas', '', '', 'oui', ''],
      ['', 'Jeanne Bousquet', '05 63 31 00 01', '', 'oui', 'appeler le mardi'],
    ],
  }, [], 'fr', problems);
  expect(problems.items).toEqual([]);
  expect(members.map((m) => [m.email, m.name])).toEqual([['claire@example.org', 'Claire Delmas'], ['nom:jeanne bousquet', 'Jeanne Bousquet']]);
});
