// « On prolonge d'un jour », « la distribution est décalée » : a coordinator types a new deadline or
// pickup date in the cycle's row of Cycles.
// Found by probing: the edit was ignored without a word (the form closed at the old deadline, an
// answer in between was refused, and Cycles kept showing the new date). Now a later deadline still
// ahead of the pickup keeps the cycle open until then; any other date is said and put back.
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { DEADLINE_MS, HOUR, MONCLAR, OPEN_AT, closeAndDeliver, failedExecutions, liveLines, openGroup, tabRows } from '../reliability/support/reliability-group';

const DAY = 24 * HOUR;

/** Types `text` in a cell of the cycle's row of Cycles, as a coordinator would. */
function typeIn(driver: CabasDriver, column: 'Clôture' | 'Distribution', text: string): void {
  const header = driver.sheet('Cycles').values[0];
  driver.gas.spreadsheet().getSheetByName('Cycles')!.getRange(2, header.indexOf(column) + 1).setValue(text);
}
const typeDeadline = (driver: CabasDriver, text: string) => typeIn(driver, 'Clôture', text);

const cyclesRow = (driver: CabasDriver) => tabRows(driver, 'Cycles')[0];
const journal = (driver: CabasDriver, event: string) => tabRows(driver, 'Journal').filter((r) => r['Événement'] === event).map((r) => String(r['Détail']));

describe('a deadline pushed back in Cycles', () => {
  test('keeps the form open until the new deadline: an answer in between is taken, and the close comes then', () => {
    const driver = openGroup();
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.advanceTo(DEADLINE_MS - 3 * HOUR);
    typeDeadline(driver, '03/12/2026 20:00');
    driver.gas.advanceTo(DEADLINE_MS + 2 * HOUR);
    expect(cyclesRow(driver)['Statut']).toBe('ouvert');
    driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: DEADLINE_MS + 2 * HOUR });
    expect(driver.gas.mail.sent.filter((m) => m.to === 'bruno@example.org').map((m) => m.subject)).toContainEqual(expect.stringMatching(/^Votre commande est enregistrée/));
    const form = driver.gas.forms.form(driver.state().formId);
    expect(form.getDescription()).toMatch(/jeudi 3 décembre 2026 à 20\sh/);
    expect(form.getDescription()).not.toMatch(/mercredi 2 décembre/);
    expect(form.getTitle()).toMatch(/au 3 décembre 2026/);
    expect(journal(driver, 'Clôture repoussée')).toEqual([expect.stringMatching(/^La clôture passe du mercredi 2 décembre 2026 à 20\sh au jeudi 3 décembre 2026 à 20\sh/)]);
    closeAndDeliver(driver, DEADLINE_MS + DAY);
    expect(cyclesRow(driver)['Statut']).toBe('envoyé');
    expect((cyclesRow(driver)['Clôture'] as Date).getTime()).toBe(DEADLINE_MS + DAY);
    expect(liveLines(driver).map((r) => `${r['E-mail']} ${r['Attribué']}`)).toEqual(['alice@example.org 2', 'bruno@example.org 1']);
    expect(driver.gas.executions.filter((e) => e.name === 'onDeadlineTrigger').map((e) => e.startedAt >= DEADLINE_MS + DAY)).toEqual([false, true]);
    expect(failedExecutions(driver)).toEqual([]);
  });

  test('an answer just after the old deadline, before its trigger ran, is taken too', () => {
    const driver = openGroup();
    driver.gas.advanceTo(DEADLINE_MS - HOUR);
    typeDeadline(driver, '03/12/2026 20:00');
    // Apps Script runs the deadline's trigger some minutes late: the answer comes first.
    driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: DEADLINE_MS + 1000 });
    expect(driver.gas.mail.sent.filter((m) => m.to === 'bruno@example.org').map((m) => m.subject)).toContainEqual(expect.stringMatching(/^Votre commande est enregistrée/));
    expect(liveLines(driver).map((r) => r['E-mail'])).toEqual(['bruno@example.org']);
  });

  // Found by probing: the reminder kept the old deadline's time, and left a day (or eight) before
  // the hours the setting promises; a cycle too short for one at its opening never got one.
  test('the reminder goes its hours before the new deadline, and gives it', () => {
    const driver = openGroup();
    driver.gas.advanceTo(OPEN_AT + HOUR);
    typeDeadline(driver, '03/12/2026 20:00');
    const reminders = () => driver.gas.mail.sent.filter((m) => m.to === 'chloe@example.org' && /^Pensez à commander/.test(m.subject));
    driver.gas.advanceTo(DEADLINE_MS - HOUR);
    expect(reminders()).toEqual([]);
    driver.gas.advanceTo(DEADLINE_MS + DAY - HOUR);
    const [reminder] = reminders();
    expect(reminder.body).toMatch(/3 décembre/);
    expect(reminder.body).not.toMatch(/2 décembre 2026 à 20/);
    expect(reminders()).toHaveLength(1);
  });

  test('a deadline typed while the old reminder is due: the run that applies it waits for the new time', () => {
    const driver = openGroup();
    // The typed date is read by the reminder's own run (no answer came in between).
    driver.gas.advanceTo(DEADLINE_MS - 30 * HOUR);
    typeDeadline(driver, '09/12/2026 20:00');
    driver.gas.advanceTo(DEADLINE_MS + 6 * DAY - HOUR);
    expect(driver.gas.mail.sent.filter((m) => /^Pensez à commander/.test(m.subject))).toEqual([]);
    driver.gas.advanceTo(DEADLINE_MS + 7 * DAY - HOUR);
    const reminders = driver.gas.mail.sent.filter((m) => m.to === 'chloe@example.org' && /^Pensez à commander/.test(m.subject));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].body).toMatch(/9 décembre/);
    expect(failedExecutions(driver)).toEqual([]);
  });
});

describe('a deadline typed in Cycles that is not applied is said, and put back', () => {
  test.each([
    { typed: '01/12/2026 20:00', why: /plus tôt que celle du cycle\s.*Clôturer\smaintenant/ },
    { typed: '13/12/2026 20:00', why: /tombe le jour de la distribution ou après/ },
    { typed: 'jeudi soir', why: /vide ou illisible/ },
  ])('$typed: the cycle closes at its deadline, the Journal says why', ({ typed, why }) => {
    const driver = openGroup();
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    typeDeadline(driver, typed);
    closeAndDeliver(driver);
    expect(cyclesRow(driver)['Statut']).toBe('envoyé');
    expect((cyclesRow(driver)['Clôture'] as Date).getTime()).toBe(DEADLINE_MS);
    const said = journal(driver, 'Clôture inchangée');
    expect(said).toEqual([expect.stringMatching(why)]);
    expect(said[0]).toMatch(/La clôture reste au mercredi 2 décembre 2026 à 20\sh/);
    expect(failedExecutions(driver)).toEqual([]);
  });
});

describe('a pickup date moved in Cycles', () => {
  test('every e-mail the close writes, and the form meanwhile, give the new date', () => {
    const driver = openGroup();
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    typeIn(driver, 'Distribution', '13/12/2026');
    driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: DEADLINE_MS + 1000 }); // late: refused, and it reads the row
    expect(driver.gas.forms.form(driver.state().formId).getDescription()).toMatch(/dimanche 13 décembre 2026/);
    closeAndDeliver(driver);
    const summary = driver.gas.mail.sent.find((m) => m.to === 'alice@example.org' && /commande définitive/i.test(m.subject))!;
    expect(summary.body).toMatch(/dimanche 13 décembre/);
    expect(summary.body).not.toMatch(/12 décembre/);
    expect(journal(driver, 'Distribution déplacée')).toEqual([expect.stringMatching(/^La distribution passe du samedi 12 décembre 2026 au dimanche 13 décembre 2026/)]);
    expect((cyclesRow(driver)['Distribution'] as Date).getTime()).toBe(Date.parse('2026-12-13T00:00:00+01:00'));
    expect(failedExecutions(driver)).toEqual([]);
  });

  test.each([
    { typed: '02/12/2026', why: /ne vient pas après la clôture/ },
    { typed: 'samedi', why: /vide ou illisible/ },
  ])('$typed is not applied: said, and put back', ({ typed, why }) => {
    const driver = openGroup();
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    typeIn(driver, 'Distribution', typed);
    closeAndDeliver(driver);
    expect(journal(driver, 'Distribution inchangée')).toEqual([expect.stringMatching(why)]);
    expect((cyclesRow(driver)['Distribution'] as Date).getTime()).toBe(Date.parse('2026-12-12T00:00:00+01:00'));
    expect(driver.gas.mail.sent.find((m) => m.to === 'alice@example.org' && /commande définitive/i.test(m.subject))!.body).toMatch(/samedi 12 décembre/);
  });
});
