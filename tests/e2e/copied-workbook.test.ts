// A workbook copied from another (a template's copy, a copy of a copy) whose bound script kept the
// original's properties: the original's form is neither used nor deleted; the copy makes its own.
import { CabasDriver } from '../../src/cli/cabas-driver';
import { DEADLINE, OPEN_AT, PICKUP, SENT_BY, twoSitesSmallGroup } from './fixtures/two-sites-small-group';

test('a form stored by another spreadsheet is left alone, and the copy makes its own', () => {
  const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup() });
  driver.install(false);
  expect(driver.open({ deadline: DEADLINE, pickup: PICKUP })).toMatchObject({ ok: true });
  const original = driver.state().formId;
  driver.gas.advanceTo(SENT_BY);
  // The properties as the original workbook left them: its form, its spreadsheet.
  driver.gas.properties.stores.script.set('cabas.formSpreadsheet', 'the-template-spreadsheet-id');
  expect(driver.open({ deadline: '17/12/2026 20:00', pickup: '19/12/2026' })).toMatchObject({ ok: true });
  const own = driver.state().formId;
  expect(own).not.toBe(original);
  expect(driver.gas.forms.list().map((f) => f.id)).toEqual(expect.arrayContaining([original, own]));
  // From then on, the copy keeps its own form from cycle to cycle.
  driver.run('closeCycleNow');
  driver.gas.advanceBy(3600 * 1000);
  expect(driver.open({ deadline: '24/12/2026 20:00', pickup: '26/12/2026' })).toMatchObject({ ok: true });
  expect(driver.state().formId).toBe(own);
});
