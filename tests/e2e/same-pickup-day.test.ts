// A top-up cycle (a forgotten product) delivered the same day as the main one: each cycle keeps its
// own pickup sheet. Found by probing: the second close replaced the first cycle's Distribution tab,
// and the households of the first were on no sheet on pickup day.
import { MONCLAR, OPEN_AT, HOUR, closeAndDeliver, failedExecutions, openGroup, tabValues } from '../reliability/support/reliability-group';

const distributionTabs = (names: string[]) => names.filter((n) => n.startsWith('▸ Distribution'));

describe('two cycles delivered the same day', () => {
  const driver = openGroup();
  driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
  closeAndDeliver(driver);
  const before = distributionTabs(driver.gas.spreadsheet().getSheets().map((s) => s.getName()));
  const second = driver.open({ deadline: '08/12/2026 20:00', pickup: '12/12/2026' });
  driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: Date.parse('2026-12-06T10:00:00+01:00') });
  closeAndDeliver(driver, Date.parse('2026-12-08T20:00:00+01:00'));
  const names = () => driver.gas.spreadsheet().getSheets().map((s) => s.getName());

  test('the first cycle’s sheet is kept as it was; the second’s is beside it, named with its cycle', () => {
    expect(second).toMatchObject({ ok: true });
    const monclar = before.find((n) => n.includes('Monclar'))!;
    expect(tabValues(driver, monclar).map((r) => r[0])).toContain('Alice Martin');
    const beside = distributionTabs(names()).find((n) => n.includes(second.cycleId!))!;
    expect(beside).toBeDefined();
    expect(tabValues(driver, beside).map((r) => r[0])).toEqual(expect.arrayContaining(['Bruno Petit']));
    expect(tabValues(driver, beside).map((r) => r[0])).not.toContain('Alice Martin');
    const said = tabValues(driver, 'Journal').map((r) => String(r[4]).replace(/[\u00a0\u202f]/g, ' '));
    expect(said).toContainEqual(expect.stringContaining(`l’onglet ${monclar} est gardé tel quel, et celui de ce cycle est ${beside}`));
    expect(failedExecutions(driver)).toEqual([]);
  });

  test('a tick on either sheet reaches its own cycle’s row of Paiements', () => {
    const monclar = before.find((n) => n.includes('Monclar'))!;
    const beside = distributionTabs(names()).find((n) => n.includes(second.cycleId!))!;
    for (const [tab, who] of [[monclar, 'Alice'], [beside, 'Bruno']]) {
      const sheet = driver.gas.spreadsheet().getSheetByName(tab)!;
      const values = sheet.getDataRange().getValues();
      sheet.getRange(values.findIndex((r) => String(r[0]).startsWith(who)) + 1, values[0].indexOf('Payé') + 1).setValue(true);
    }
    driver.run('remindUnpaidNow');
    const paid = tabValues(driver, 'Paiements').filter((r) => r[8] === true).map((r) => [r[0], r[1]]);
    expect(paid).toEqual(expect.arrayContaining([['2026-12-12', 'alice@example.org'], [second.cycleId, 'bruno@example.org']]));
  });
});
