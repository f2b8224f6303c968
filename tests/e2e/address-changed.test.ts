// A household whose e-mail address changes in Adhérents stays one household: what it ordered and
// what it owes follow it to its new address (core/members/former-keys.ts), and the coordinators
// are told whom Cabas took for whom. Found by probing: it became two households, its summary went
// to the address it no longer reads, and its old debt was asked of that address.
import { CabasDriver } from '../../src/cli/cabas-driver';
import * as NO_EMAIL from './fixtures/households-without-email';
import { householdsWithoutEmail } from './fixtures/households-without-email';
import { DAY, HOUR, MONCLAR, OPEN_AT, closeAndDeliver, failedExecutions, openGroup, tabValues } from '../reliability/support/reliability-group';

const at = (h: number) => OPEN_AT + h * HOUR;
const AFTER_PICKUP = Date.parse('2026-12-13T09:00:00+01:00');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function changeAddress(driver: CabasDriver, from: string, to: string): void {
  const sheet = driver.gas.spreadsheet().getSheetByName('Adhérents')!;
  const values = sheet.getDataRange().getValues();
  const column = values[0].indexOf('E-mail');
  const row = values.findIndex((r) => r[column] === from);
  sheet.getRange(row + 1, column + 1).setValue(to);
}

const sentTo = (driver: CabasDriver, to: string, subject: string) => driver.gas.mail.sent.filter((m) => m.to === to && m.subject.includes(subject));

describe('an address changed in Adhérents after the household ordered', () => {
  const driver = openGroup();
  driver.submit('bruno@example.org', { 'LEG-PAN': 1 }, { site: MONCLAR, at: at(1) });
  driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(2) });
  changeAddress(driver, 'bruno@example.org', 'bruno.petit@example.net');
  closeAndDeliver(driver);

  test('its summary goes to its address now, and the digest says whom Cabas took for whom', () => {
    expect(sentTo(driver, 'bruno.petit@example.net', 'commande définitive')).toHaveLength(1);
    expect(sentTo(driver, 'bruno@example.org', 'commande définitive')).toHaveLength(0);
    const digest = plain(driver.gas.mail.sent.find((m) => m.to === 'coordination@example.org' && m.subject.includes('Bilan de la clôture'))!.body);
    expect(digest).toContain('Bruno Petit : commande sous bruno@example.org, adresse actuelle bruno.petit@example.net');
    expect(digest).not.toContain('ne sont plus dans Adhérents');
    expect(failedExecutions(driver)).toEqual([]);
  });

  test('Soldes shows it once, under its address now, and says which rows count for it', () => {
    const soldes = tabValues(driver, '▸ Soldes');
    expect(soldes.filter((r) => r[0] === 'Bruno Petit').map((r) => r[1])).toEqual(['bruno.petit@example.net']);
    expect(soldes.some((r) => plain(String(r[0])).startsWith('Bruno Petit : les lignes de Paiements sous bruno@example.org comptent pour bruno.petit@example.net'))).toBe(true);
  });

  test('its reminder goes to its address now; the next cycle’s summary tells it what it still owes', () => {
    driver.gas.advanceTo(AFTER_PICKUP);
    expect(driver.run('remindUnpaidNow')).toMatchObject({ ok: true, queued: 2 });
    driver.gas.advanceTo(AFTER_PICKUP + HOUR);
    expect(sentTo(driver, 'bruno.petit@example.net', 'rappel de paiement')).toHaveLength(1);
    expect(sentTo(driver, 'bruno@example.org', 'rappel de paiement')).toHaveLength(0);
    expect(driver.open({ deadline: '31/12/2026 20:00', pickup: '02/01/2027' })).toMatchObject({ ok: true });
    driver.submit('bruno.petit@example.net', { 'LEG-TOM': 1 }, { site: MONCLAR, at: AFTER_PICKUP + 8 * DAY });
    closeAndDeliver(driver, Date.parse('2026-12-31T20:00:00+01:00'));
    const summary = plain(sentTo(driver, 'bruno.petit@example.net', 'commande définitive').pop()!.body);
    expect(summary).toContain('Il reste aussi 15,00 €');
    expect(tabValues(driver, '▸ Soldes').filter((r) => r[0] === 'Bruno Petit')).toHaveLength(1);
    expect(failedExecutions(driver)).toEqual([]);
  });
});

describe('two households with the same name', () => {
  test('are never taken for one another: the former address stays unknown, and the digest says so', () => {
    const driver = openGroup();
    driver.submit('bruno@example.org', { 'LEG-PAN': 1 }, { site: MONCLAR, at: at(1) });
    changeAddress(driver, 'bruno@example.org', 'bruno.petit@example.net');
    const sheet = driver.gas.spreadsheet().getSheetByName('Adhérents')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const row = header.map((h) => ({ 'E-mail': 'autre.bruno@example.org', Nom: 'Bruno Petit', Lieu: MONCLAR, Actif: 'oui' } as Record<string, string>)[String(h)] ?? '');
    sheet.appendRow(row);
    closeAndDeliver(driver);
    expect(sentTo(driver, 'bruno@example.org', 'commande définitive')).toHaveLength(1);
    const digest = plain(driver.gas.mail.sent.find((m) => m.subject.includes('Bilan de la clôture'))!.body);
    expect(digest).toContain('ne sont plus dans Adhérents');
    expect(digest).not.toContain('adresse actuelle');
  });
});

/** Writes `value` in the `column` of the Adhérents row whose `Nom` is `name`; fails when there is no such column. */
function setMemberCell(driver: CabasDriver, name: string, column: string, value: string): void {
  const sheet = driver.gas.spreadsheet().getSheetByName('Adhérents')!;
  const values = sheet.getDataRange().getValues();
  const c = values[0].indexOf(column);
  const r = values.findIndex((row) => row[values[0].indexOf('Nom')] === name);
  if (c < 0 || r < 1) throw new Error(`Adhérents has no column ${column} or no row ${name}`);
  sheet.getRange(r + 1, c + 1).setValue(value);
}

describe('the Anciennement column links what the name cannot', () => {
  test('a household without e-mail whose name is corrected keeps what it owes', () => {
    const driver = new CabasDriver({ now: NO_EMAIL.OPEN_AT, spreadsheet: householdsWithoutEmail(), userEmail: 'coordination@example.org' });
    driver.install(false);
    expect(driver.open({ deadline: NO_EMAIL.DEADLINE, pickup: NO_EMAIL.PICKUP })).toMatchObject({ ok: true });
    driver.gas.advanceTo(NO_EMAIL.OPEN_AT + HOUR);
    expect(driver.enterOrder('Jeanne Bousquet', { 'LEG-PAN': 2 })).toMatchObject({ ok: true });
    closeAndDeliver(driver, NO_EMAIL.DEADLINE_MS);
    const owed = (name: string) => tabValues(driver, '▸ Soldes').filter((r) => r[0] === name);
    const [first] = owed('Jeanne Bousquet');
    expect(first[4]).toBeGreaterThan(0);

    // The coordinator corrects the name between two cycles, and writes the former one beside it.
    setMemberCell(driver, 'Jeanne Bousquet', 'Anciennement', 'Jeanne Bousquet');
    setMemberCell(driver, 'Jeanne Bousquet', 'Nom', 'Jeanne Bousquet-Lacaze');
    const secondOpen = NO_EMAIL.DEADLINE_MS + 4 * DAY;
    driver.gas.advanceTo(secondOpen);
    expect(driver.open({ deadline: '09/12/2026 21:00', pickup: '12/12/2026' })).toMatchObject({ ok: true });
    expect(driver.enterOrder('Jeanne Bousquet-Lacaze', { 'LEG-PAN': 1 })).toMatchObject({ ok: true });
    closeAndDeliver(driver, Date.parse('2026-12-09T21:00:00+01:00'));

    expect(owed('Jeanne Bousquet')).toEqual([]);
    const [now] = owed('Jeanne Bousquet-Lacaze');
    expect(now[1]).toBe('nom:jeanne bousquet-lacaze');
    expect(now[5]).toBe(`${first[5]}, 2026-12-12`);
    expect(now[4]).toBeCloseTo(Number(first[4]) * 1.5, 2);
    expect(tabValues(driver, '▸ Soldes').some((r) => plain(String(r[0])) === 'Jeanne Bousquet-Lacaze : les lignes de Paiements sous nom:jeanne bousquet comptent pour nom:jeanne bousquet-lacaze (colonne Anciennement d’Adhérents).')).toBe(true);
    expect(plain(driver.slip('Jeanne Bousquet-Lacaze') ?? '')).toContain('Il reste aussi');
    expect(failedExecutions(driver)).toEqual([]);
  });

  test('a new address written beside a name two rows share: the summary follows the household', () => {
    const driver = openGroup();
    driver.submit('bruno@example.org', { 'LEG-PAN': 1 }, { site: MONCLAR, at: at(1) });
    changeAddress(driver, 'bruno@example.org', 'bruno.petit@example.net');
    const sheet = driver.gas.spreadsheet().getSheetByName('Adhérents')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    sheet.appendRow(header.map((h) => ({ 'E-mail': 'autre.bruno@example.org', Nom: 'Bruno Petit', Lieu: MONCLAR, Actif: 'oui' } as Record<string, string>)[String(h)] ?? ''));
    const values = sheet.getDataRange().getValues();
    const row = values.findIndex((r) => r[header.indexOf('E-mail')] === 'bruno.petit@example.net');
    sheet.getRange(row + 1, header.indexOf('Anciennement') + 1).setValue('Bruno@Example.org');
    closeAndDeliver(driver);
    expect(sentTo(driver, 'bruno.petit@example.net', 'commande définitive')).toHaveLength(1);
    expect(sentTo(driver, 'bruno@example.org', 'commande définitive')).toHaveLength(0);
    expect(sentTo(driver, 'autre.bruno@example.org', 'commande définitive')).toHaveLength(0);
    const digest = plain(driver.gas.mail.sent.find((m) => m.subject.includes('Bilan de la clôture'))!.body);
    expect(digest).toContain('Bruno Petit : commande sous bruno@example.org, adresse actuelle bruno.petit@example.net');
    expect(digest).not.toContain('ne sont plus dans Adhérents');
  });
});
