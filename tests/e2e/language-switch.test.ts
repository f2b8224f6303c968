// `Langue` switched from fr to en between two cycles. Found by probing: the French ▸ Soldes, ▸ Récap
// and ▸ Bilan stayed beside their English twins with the first cycle's figures (▸ Soldes said Alice
// owed 83,40 € while ▸ Balances said 113,40 €).
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, failedExecutions, openGroup, tabValues } from '../reliability/support/reliability-group';

const C2_DEADLINE_MS = Date.parse('2026-12-24T20:00:00+01:00');
const names = (driver: CabasDriver) => driver.gas.spreadsheet().sheets.map((s) => s.name);

function setLanguage(driver: CabasDriver, value: string): void {
  const sheet = driver.gas.spreadsheet().getSheetByName('Paramètres')!;
  const values = sheet.getDataRange().getValues();
  sheet.getRange(values.findIndex((r) => r[0] === 'Langue') + 1, 2).setValue(value);
}

describe('Langue fr → en between two cycles', () => {
  const driver = openGroup();
  driver.submit('alice@example.org', { 'LEG-TOM': 2, 'HUI-NOI': 6 }, { site: MONCLAR, at: OPEN_AT + HOUR });
  driver.submit('chloe@example.org', { 'LEG-TOM': '0,5' }, { site: SEPTFONDS, at: OPEN_AT + 3 * HOUR });
  closeAndDeliver(driver);
  driver.run('reviewNow', { from: '', to: '' });
  expect(names(driver)).toEqual(expect.arrayContaining(['▸ Soldes', '▸ Récap', '▸ Bilan']));
  setLanguage(driver, 'en');
  driver.gas.advanceTo(Date.parse('2026-12-13T09:00:00+01:00'));
  expect(driver.open({ deadline: '24/12/2026 20:00', pickup: '26/12/2026' })).toMatchObject({ ok: true });
  driver.submit('alice@example.org', { 'LEG-PAN': 2 }, { site: MONCLAR, at: Date.parse('2026-12-14T10:00:00+01:00') });
  closeAndDeliver(driver, C2_DEADLINE_MS);
  driver.run('reviewNow', { from: '', to: '' });

  test('leaves one balances, one recap and one review tab, in the language now', () => {
    expect(failedExecutions(driver)).toEqual([]);
    const generated = names(driver).filter((n) => /^▸ (Soldes|Balances|Récap|Recap|Bilan|Review)$/.test(n)).sort();
    expect(generated).toEqual(['▸ Balances', '▸ Recap', '▸ Review']);
  });

  test('the balances tab counts both cycles', () => {
    const alice = tabValues(driver, '▸ Balances').find((r) => r[1] === 'alice@example.org')!;
    expect(String(alice[5]).split(', ')).toHaveLength(2);
  });
});
