// Issue 19: volunteer duties that fill themselves, end to end on dist/Code.js — offers from the
// Form into Permanences, reminders two days before, one coverage alert four days before.
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { OPEN_AT } from './fixtures/two-sites-small-group';
import { twoSitesWithVolunteers as group } from './fixtures/two-sites-with-volunteers';

const HOUR = 3600 * 1000;
const at = (iso: string) => Date.parse(iso);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('volunteer duties', () => {
  let driver: CabasDriver;
  const mails = () => driver.gas.mail.sent;
  const alerts = () => mails().filter((m) => m.to === 'coordination@example.org' && /bénévoles/.test(m.subject));
  const reminders = () => mails().filter((m) => /votre permanence/.test(m.subject));

  beforeAll(() => {
    driver = group();
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: 'Monclar-de-Quercy', help: 'Monclar-de-Quercy', at: OPEN_AT + HOUR });
    driver.submit('chloe@example.org', { 'LEG-TOM': 1 }, { site: 'Septfonds', help: 'Septfonds', at: OPEN_AT + 2 * HOUR });
    driver.submit('david@example.org', { 'LEG-TOM': 1 }, { site: 'Septfonds', at: OPEN_AT + 3 * HOUR });
  });

  test('the Form asks, optionally, who can help at the pickup, one choice per site', () => {
    const item = driver.gas.forms.form(driver.state().formId).getItems().find((i) => i.getTitle().startsWith('Je peux aider à la distribution du samedi 12'))!;
    expect(item.choices).toEqual(['Monclar-de-Quercy', 'Septfonds']);
    expect(item.required).toBe(false);
  });

  test('four days before, the offers are in Permanences and the coordination gets one alert for the site that lacks volunteers', () => {
    driver.gas.advanceTo(at('2026-12-08T09:00:00+01:00'));
    const duties = driver.rows('Permanences').map((r) => [r['Lieu'], r['Rôle'], r['Bénévole']]);
    expect(duties).toEqual(expect.arrayContaining([
      ['Monclar-de-Quercy', 'bénévole', 'alice@example.org'],
      ['Septfonds', 'bénévole', 'chloe@example.org'],
    ]));
    expect(alerts()).toHaveLength(1);
    const body = plain(alerts()[0].body);
    expect(body).toContain('Monclar-de-Quercy : 1 sur 2');
    expect(body).not.toContain('Septfonds : ');
    expect(body).toContain('Bruno Petit, 06 01 02 03 05 — jamais de permanence');
    expect(body).not.toContain('Félix'); // inactive
    expect(reminders()).toHaveLength(0);
  });

  test('two days before, each volunteer is reminded where, when and what to bring; nothing goes twice', () => {
    driver.gas.advanceTo(at('2026-12-11T12:00:00+01:00'));
    const alice = reminders().filter((m) => m.to === 'alice@example.org');
    expect(alice).toHaveLength(1);
    // The body is set in French typography (no-break spaces around 10 h – 12 h): compare it plain.
    expect(plain(alice[0].body)).toContain('Salle des fêtes, place de la Mairie, samedi 10 h – 12 h');
    expect(plain(alice[0].body)).toContain('la balance');
    expect(reminders().filter((m) => m.to === 'chloe@example.org')).toHaveLength(1);
    expect(alerts()).toHaveLength(1);
    expect(driver.rows('Permanences').filter((r) => r['Bénévole'] === 'alice@example.org' && r['Rôle'] === 'bénévole')).toHaveLength(1);
  });

  test('the next alert does not ask the same household twice in a row', () => {
    driver.gas.advanceTo(at('2026-12-16T09:00:00+01:00'));
    expect(alerts()).toHaveLength(2);
    const second = plain(alerts()[1].body);
    expect(second).toContain('Monclar-de-Quercy : 1 sur 2');
    expect(second).not.toContain('Bruno Petit');
  });
});

// « La distribution est décalée à dimanche », typed in Cycles once the volunteers signed up.
// Found by probing: their rows kept the old day, the daily run added the same volunteers again on the
// new day, and each was reminded of both days.
describe('volunteer duties when the pickup moves', () => {
  let driver: CabasDriver;
  const reminders = () => driver.gas.mail.sent.filter((m) => /votre permanence/.test(m.subject));
  /** A date cell as the tab shows it: a date Cabas wrote, or the text the coordinator typed. */
  const shown = (v: unknown) => (v instanceof Date ? v.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' }) : String(v));
  beforeAll(() => {
    driver = group();
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: 'Monclar-de-Quercy', help: 'Monclar-de-Quercy', at: OPEN_AT + HOUR });
    driver.submit('chloe@example.org', { 'LEG-TOM': 1 }, { site: 'Septfonds', help: 'Septfonds', at: OPEN_AT + 2 * HOUR });
    driver.gas.advanceTo(at('2026-12-08T09:00:00+01:00')); // the offers are in Permanences, for Saturday
    const header = driver.sheet('Cycles').values[0];
    driver.gas.spreadsheet().getSheetByName('Cycles')!.getRange(2, header.indexOf('Distribution') + 1).setValue('13/12/2026');
    driver.gas.advanceTo(at('2026-12-12T12:00:00+01:00'));
  });

  test("the next daily run moves the distribution's duties to the new day, and keeps the others", () => {
    const duties = driver.rows('Permanences').map((r) => [shown(r['Date']), r['Lieu'], r['Bénévole']]);
    expect(duties).toEqual([
      ['19/12/2026', 'Monclar-de-Quercy', 'alice@example.org'], // typed for another day: kept
      ['13/12/2026', 'Monclar-de-Quercy', 'alice@example.org'],
      ['13/12/2026', 'Septfonds', 'chloe@example.org'],
    ]);
    const journal = driver.rows('Journal').filter((r) => r['Événement'] === 'Distribution déplacée').map((r) => plain(String(r['Détail'])));
    expect(journal).toEqual([expect.stringMatching(/^La distribution passe du samedi 12 décembre 2026 au dimanche 13 décembre 2026.*2 permanences passent au dimanche 13 décembre 2026/)]);
  });

  test('each volunteer is reminded once, of the new day only', () => {
    for (const who of ['alice@example.org', 'chloe@example.org']) {
      const theirs = reminders().filter((m) => m.to === who);
      expect(theirs.map((m) => plain(m.subject))).toEqual([expect.stringMatching(/dimanche 13 décembre/)]);
    }
    expect(reminders().some((m) => /samedi 12/.test(plain(m.subject + m.body)))).toBe(false);
  });
});

// A household without e-mail can only be named in Permanences. Found by probing: « Jeanne Bousquet »
// typed there was « not a member's address » for the configuration check, and the coverage alert
// asked the coordination to call Jeanne for the very pickup she was serving at.
describe('a household without e-mail on duty, named as Adhérents names it', () => {
  let driver: CabasDriver;
  const alerts = () => driver.gas.mail.sent.filter((m) => m.to === 'coordination@example.org' && /bénévoles/.test(m.subject));
  beforeAll(() => {
    driver = group();
    const sheet = driver.gas.spreadsheet().getSheetByName('Adhérents')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const row = header.map((h) => ({ 'E-mail': '', Nom: 'Jeanne Bousquet', Téléphone: '05 63 00 11 22', Lieu: 'Monclar-de-Quercy', Actif: 'oui' } as Record<string, string>)[String(h)] ?? '');
    sheet.appendRow(row);
    driver.gas.spreadsheet().getSheetByName('Permanences')!.appendRow(['12/12/2026', 'Monclar-de-Quercy', 'accueil', 'jeanne bousquet']);
  });

  test('the configuration check takes her name without a warning', () => {
    const report = driver.run<{ errors: number; messages: string[] }>('checkConfigurationReport');
    expect(report.messages.filter((m) => /Permanences/.test(m))).toEqual([]);
  });

  test('the coverage alert counts her, and does not ask for her on the day she serves', () => {
    driver.gas.advanceTo(at('2026-12-08T09:00:00+01:00'));
    expect(alerts()).toHaveLength(1);
    const body = plain(alerts()[0].body);
    expect(body).toContain('Monclar-de-Quercy : 1 sur 2');
    expect(body).toContain('Bruno Petit, 06 01 02 03 05 — jamais de permanence');
    expect(body).not.toContain('Jeanne');
  });
});

// Found by probing: a Form offer the coordinator deleted from Permanences, or gave to someone else,
// came back the next morning, and the removed volunteer was reminded too.
describe('a Form offer the coordinator removed from Permanences', () => {
  let driver: CabasDriver;
  const reminders = () => driver.gas.mail.sent.filter((m) => /votre permanence/.test(m.subject));
  beforeAll(() => {
    driver = group();
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: 'Monclar-de-Quercy', help: 'Monclar-de-Quercy', at: OPEN_AT + HOUR });
    driver.submit('chloe@example.org', { 'LEG-TOM': 1 }, { site: 'Septfonds', help: 'Septfonds', at: OPEN_AT + 2 * HOUR });
    driver.gas.advanceTo(at('2026-12-07T09:00:00+01:00')); // the offers are in Permanences
    const sheet = driver.gas.spreadsheet().getSheetByName('Permanences')!;
    const values = sheet.getDataRange().getValues();
    const volunteer = values[0].indexOf('Bénévole') + 1;
    const role = values[0].indexOf('Rôle');
    const rowOf = (email: string) => values.findIndex((r) => r[volunteer - 1] === email && r[role] === 'bénévole') + 1;
    sheet.getRange(rowOf('chloe@example.org'), volunteer).setValue('david@example.org'); // Chloé's place given to David
    sheet.deleteRow(rowOf('alice@example.org')); // Alice's offer declined
    driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: 'Monclar-de-Quercy', help: 'Monclar-de-Quercy', at: at('2026-12-07T10:00:00+01:00') });
    driver.gas.advanceTo(at('2026-12-11T12:00:00+01:00'));
  });

  test('stays as the coordinator left it; an offer made since is added', () => {
    const offers = driver.rows('Permanences').filter((r) => r['Rôle'] === 'bénévole').map((r) => r['Bénévole']);
    expect(offers.sort()).toEqual(['bruno@example.org', 'david@example.org']);
    // The duty typed by hand for the week after stays too.
    expect(driver.rows('Permanences').filter((r) => r['Rôle'] === 'accueil').map((r) => r['Bénévole'])).toEqual(['alice@example.org']);
  });

  test('only those on the roster are reminded', () => {
    expect(reminders().map((m) => m.to).sort()).toEqual(['bruno@example.org', 'david@example.org']);
  });
});

// Found by probing: one duty typed with its date in words (« 12 décembre ») stopped every daily run
// (« Permanences non traitées »): the volunteer typed correctly beside it was never reminded, and the
// Journal named no cell. The duties that can be read run; the Journal names the one that cannot.
describe('a duty whose date cannot be read', () => {
  test('does not stop the others: the well-typed one is reminded, and the Journal names the cell', () => {
    const driver = group();
    const duties = driver.gas.spreadsheet().getSheetByName('Permanences')!;
    const first = duties.getLastRow() + 1;
    duties.getRange(first, 1, 2, 4).setValues([
      ['12/12/2026', 'Monclar-de-Quercy', 'caisse', 'bruno@example.org'],
      ['12 décembre', 'Monclar-de-Quercy', 'accueil', 'emma@example.org'],
    ]);
    driver.gas.advanceTo(at('2026-12-11T12:00:00+01:00'));
    expect(driver.gas.mail.sent.filter((m) => /votre permanence/.test(m.subject)).map((m) => m.to)).toContain('bruno@example.org');
    const journal = driver.rows('Journal').filter((r) => r['Niveau'] === 'avertissement').map((r) => plain(String(r['Détail'])));
    expect(journal).toContainEqual(expect.stringMatching(new RegExp(`^Permanences : la configuration a des erreurs ; .*Permanences!A${first + 1} : `)));
    expect(driver.rows('Journal').filter((r) => r['Événement'] === 'Permanences non traitées')).toEqual([]);
  });
});

// Found by probing: an offer made on the deadline's day, the next cycle opened that evening (a
// weekly group), never reached Permanences: the opening archived the state the next morning's
// run would have read.
describe('an offer to help made on the last day, the next cycle opened that evening', () => {
  test('is in Permanences all the same, on the pickup day it offered', () => {
    const driver = group();
    driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: 'Monclar-de-Quercy', help: 'Monclar-de-Quercy', at: at('2026-12-10T18:00:00+01:00') });
    driver.gas.advanceTo(at('2026-12-10T21:00:00+01:00'));
    expect(driver.rows('Cycles')[0]['Statut']).toBe('envoyé');
    expect(driver.open({ deadline: '17/12/2026 20:00', pickup: '19/12/2026' })).toMatchObject({ ok: true });
    const offers = driver.rows('Permanences').filter((r) => r['Bénévole'] === 'bruno@example.org');
    expect(offers.map((r) => [(r['Date'] as Date).toISOString(), r['Lieu']])).toEqual([['2026-12-11T23:00:00.000Z', 'Monclar-de-Quercy']]);
    driver.gas.advanceTo(at('2026-12-12T09:00:00+01:00'));
    expect(driver.rows('Permanences').filter((r) => r['Bénévole'] === 'bruno@example.org')).toHaveLength(1);
  });
});

// Found by probing: the daily run's « around 7 » was the script's 7 (Paris), 10 o'clock on Réunion.
describe('the daily duties run', () => {
  test.each([
    { where: 'a group on Réunion, the script in Paris', zone: 'Indian/Reunion', scriptTimeZone: undefined },
    { where: 'a group in Paris, the script in New York', zone: 'Europe/Paris', scriptTimeZone: 'America/New_York' },
  ])('runs around 7 in the group’s morning: $where', ({ zone, scriptTimeZone }) => {
    const driver = group({ zone, scriptTimeZone });
    driver.gas.advanceTo(at('2026-12-08T12:00:00+01:00'));
    const hours = driver.gas.executions.filter((e) => e.name === 'onDutiesTrigger')
      .map((e) => new Date(e.startedAt).toLocaleTimeString('fr-FR', { timeZone: zone, hour: '2-digit', minute: '2-digit' }));
    expect(hours.length).toBeGreaterThanOrEqual(5);
    expect(hours.filter((h) => !/^(06:(4[5-9]|5\d)|07:(0\d|1[0-5]))$/.test(h))).toEqual([]);
  });
});
