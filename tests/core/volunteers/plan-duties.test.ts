import { zonedTime } from '../../../src/core/dates';
import type { Duty, Member, Settings, Site } from '../../../src/core/model';
import { planDuties, type DutyPlanInput } from '../../../src/core/volunteers/plan-duties';

const TZ = 'Europe/Paris';
const SETTINGS: Settings = {
  groupName: 'GAC', coordinationEmail: 'coordination@example.org', locale: 'fr', timeZone: TZ, reminderHours: 24,
  casePolicy: 'automatic', minimumPolicy: 'cancel', autoSend: true, maxQuantity: 999,
};
const SITES: Site[] = [
  { name: 'Monclar', address: 'Salle des fêtes', pickup: 'samedi 10 h', contact: '', volunteers: 2, bring: 'la balance', row: 2 },
  { name: 'Septfonds', address: 'Halle', pickup: 'samedi 14 h', contact: '', row: 3 },
];
const member = (email: string, site: string, name: string, active = true): Member => ({ email, name, phone: '', site, active, notes: '', row: 2 });
const MEMBERS = [member('a@x.org', 'Monclar', 'Anne'), member('b@x.org', 'Monclar', 'Bruno'), member('c@x.org', 'Monclar', 'Chloé'), member('d@x.org', 'Septfonds', 'David')];
const PICKUP = zonedTime(2026, 12, 12, 0, 0, TZ);
const duty = (day: number, site: string, volunteer: string): Duty => ({ date: zonedTime(2026, 12, day, 0, 0, TZ), site, role: 'accueil', volunteer, row: 2 });

function input(day: number, hour: number, extra: Partial<DutyPlanInput> = {}): DutyPlanInput {
  return { settings: SETTINGS, sites: SITES, members: MEMBERS, duties: [], pickup: PICKUP, offers: [], lastAsked: null, now: zonedTime(2026, 12, day, hour, 0, TZ), ...extra };
}
const kinds = (i: DutyPlanInput) => planDuties(i).emails.map((e) => e.key);

describe('planDuties', () => {
  test.each([
    { when: 'five days before', day: 7, expected: [] },
    { when: 'four days before, early in the morning', day: 8, expected: ['duty-alert:2026-12-12'] },
    { when: 'three days before', day: 9, expected: ['duty-alert:2026-12-12'] },
    { when: 'two days before', day: 10, expected: ['duty-reminder:2026-12-12:Monclar:a@x.org', 'duty-alert:2026-12-12'] },
    { when: 'the day before', day: 11, expected: ['duty-reminder:2026-12-12:Monclar:a@x.org', 'duty-alert:2026-12-12'] },
    { when: 'on the day', day: 12, expected: [] },
  ])('$when: $expected', ({ day, expected }) => {
    expect(kinds(input(day, 6, { offers: [{ email: 'a@x.org', site: 'Monclar' }] }))).toEqual(expected);
  });

  test('an offer becomes one Permanences row, not two when it is already there', () => {
    const offers = [{ email: 'a@x.org', site: 'Monclar' }];
    expect(planDuties(input(5, 7, { offers })).newRows).toEqual([{ date: PICKUP, site: 'Monclar', role: 'bénévole', volunteer: 'a@x.org' }]);
    expect(planDuties(input(5, 7, { offers, duties: [duty(12, 'monclar', 'A@x.org')] })).newRows).toEqual([]);
  });

  test('a site with enough volunteers, or none asked for, raises no alert', () => {
    expect(kinds(input(9, 7, { duties: [duty(12, 'Monclar', 'a@x.org'), duty(12, 'Monclar', 'b@x.org')] }))).toEqual([]);
  });

  test('names the households who served least recently first, and not those asked by the last alert', () => {
    const duties = [duty(1, 'Monclar', 'b@x.org'), duty(5, 'Monclar', 'c@x.org')];
    const first = planDuties(input(9, 7, { duties }));
    expect(first.asked).toEqual({ key: 'duty-alert:2026-12-12', emails: ['a@x.org', 'b@x.org', 'c@x.org'] });
    expect(first.emails[0].text.indexOf('Anne')).toBeLessThan(first.emails[0].text.indexOf('Bruno'));
    expect(first.emails[0].text.indexOf('Bruno')).toBeLessThan(first.emails[0].text.indexOf('Chloé'));
    const next = planDuties({ ...input(15, 7, { duties: [...duties, duty(19, 'Monclar', '')] }), pickup: null, lastAsked: { key: 'duty-alert:2026-12-12', emails: ['a@x.org', 'b@x.org'] } });
    expect(next.asked).toEqual({ key: 'duty-alert:2026-12-19', emails: ['c@x.org'] });
  });

  test('the same day and tables give the same plan: a run killed and run again queues the same keys', () => {
    const i = input(10, 7, { offers: [{ email: 'a@x.org', site: 'Monclar' }] });
    expect(planDuties(i)).toEqual(planDuties(i));
  });
});
