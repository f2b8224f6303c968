// The hidden `_cabas` state deleted, sorted or damaged mid-cycle is said loudly: a Journal line and
// an e-mail to the coordination, later answers refused with a message saying the order is kept, the
// close refusing instead of doing nothing, and no second cycle opened while `Cycles` shows one open.
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { FORM_ITEM, STATE_TAB, type CycleState } from '../../src/core/cycle-state';
import { catalogue } from '../../src/core/i18n';
import { DEADLINE_MS, failedExecutions, HOUR, liveLines, MONCLAR, OPEN_AT, openGroup, tabRows } from './support/reliability-group';

const COORDINATION = 'coordination@example.org';
const state = (d: CabasDriver) => d.gas.spreadsheet().getSheetByName(STATE_TAB)!;

describe.each([
  { harm: 'deleted', apply: (d: CabasDriver) => d.gas.spreadsheet().deleteSheet(state(d)) },
  { harm: 'sorted', apply: (d: CabasDriver) => state(d).sort(1, false) },
  { harm: 'with its snapshot cell edited', apply: (d: CabasDriver) => state(d).getRange('B2').setValue('{"oups"') },
])('the hidden state $harm mid-cycle', ({ apply }) => {
  const t = catalogue('fr').ui;
  let driver: CabasDriver;
  let product = '';
  let opened: CycleState;
  beforeEach(() => {
    driver = openGroup();
    opened = driver.state();
    product = driver.state().catalog.products.find((p) => p.stock === null && p.caseSize === null)!.ref;
    driver.gas.advanceTo(OPEN_AT + HOUR);
    driver.submit('alice@example.org', { [product]: 1 }, { site: MONCLAR });
    apply(driver);
    driver.gas.advanceTo(OPEN_AT + 2 * HOUR);
  });

  test('refuses a later answer, saying the order is kept, and tells the coordination by e-mail and in the Journal', () => {
    const { formId, items } = opened;
    driver.gas.submitForm(formId, { email: 'bruno@example.org', answers: { [String(items[product])]: '2', [String(items[FORM_ITEM.site])]: MONCLAR } });
    expect(failedExecutions(driver).filter((e) => e.includes(t.stateLost))).toHaveLength(1);
    expect(liveLines(driver).map((l) => l['E-mail'])).toEqual(['alice@example.org']);
    const journal = tabRows(driver, 'Journal').map((r) => String(r['Détail']));
    expect(journal.filter((d) => d.includes(t.stateLost))).not.toHaveLength(0);
    expect(journal.some((d) => d.includes('bruno@example.org'))).toBe(true); // the answer, kept whole to replay
    driver.gas.advanceBy(2 * HOUR);
    expect(driver.gas.mail.sent.filter((m) => m.to === COORDINATION && m.subject === t.stateLostSubject)).toHaveLength(1);
  });

  test('makes the close refuse instead of doing nothing while Cycles says open', () => {
    driver.gas.advanceTo(DEADLINE_MS + HOUR);
    // A refusal is not retried: the reminder (retry every 5 minutes) and duties (every 30) runs
    // once ran some 1,800 times over these nine days, each arming another retry.
    const runs = (name: string) => driver.gas.executions.filter((e) => e.name === name).length;
    expect(runs('onReminderTrigger')).toBeLessThanOrEqual(2);
    expect(runs('onDutiesRetryTrigger')).toBeLessThanOrEqual(1);
    expect(() => driver.run('closeCycleNow')).toThrow(t.stateLost);
    expect(tabRows(driver, 'Cycles').map((r) => r['Statut'])).toEqual(['ouvert']);
  });

  test('refuses to open a second cycle while Cycles shows one open', () => {
    expect(() => driver.open({ deadline: '20/12/2026 20:00' })).toThrow(t.stateLost);
    expect(tabRows(driver, 'Cycles')).toHaveLength(1);
  });
});
