// A household whose e-mail address changes in Adhérents stays one household: what it ordered and
// what it owes follow it to its new address (core/members/former-keys.ts), and the coordinators
// are told whom Cabas took for whom. Found by probing: it became two households, its summary went
// to the address it no longer reads, and its old debt was asked of that address.
import type { CabasDriver } from '../../src/cli/cabas-driver';
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
