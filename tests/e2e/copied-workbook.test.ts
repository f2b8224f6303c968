// A workbook copied from another (a template's copy, a copy of a copy): « Fichier → Faire une
// copie » gives a new file with the bound script and no triggers. The copy's menu offers only
// « Installer » until its new owner installs; the original's form is neither used nor deleted.
import { CabasDriver } from '../../src/cli/cabas-driver';
import { catalogue } from '../../src/core/i18n';
import { DEADLINE, OPEN_AT, PICKUP, SENT_BY, twoSitesSmallGroup } from './fixtures/two-sites-small-group';

const t = catalogue('fr').ui.menu;
const SHORT_MENU = [t.install, t.installSample, 'separator', t.about];

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

describe('a group copies the published template', () => {
  // The publisher installed the template and tried one cycle in it, then archived it (the guide
  // advises against it: this is the harder case, with the template's form in the properties).
  let template: CabasDriver;
  let templateForm: string;
  let templateTriggers: number;
  beforeAll(() => {
    template = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup(), submitFirings: false });
    template.install(false);
    template.open({ deadline: DEADLINE, pickup: PICKUP });
    templateForm = template.state().formId;
    template.run('closeCycleNow');
    template.run('archiveCycleNow');
    templateTriggers = template.gas.triggers.list().length;
  });

  test('the template itself shows the whole menu', () => {
    template.openSpreadsheet();
    expect(template.menuCaptions()).toEqual(expect.arrayContaining([t.check, t.openCycle, t.closeNow, t.about]));
  });

  test.each([
    { scenario: 'a copy of the template', copies: 1 },
    { scenario: 'a copy of a copy', copies: 2 },
  ])('$scenario: only « Installer » until installed, then a cycle of its own', ({ copies }) => {
    let copy = template.makeCopy({ userEmail: 'gac.septfonds@example.org' });
    if (copies === 2) {
      copy.install(false);
      copy = copy.makeCopy({ userEmail: 'gac.caylus@example.org' });
    }
    expect(copy.snapshot().name).toMatch(/^Copie de /);
    expect(copy.gas.spreadsheet().id).not.toBe(template.gas.spreadsheet().id);
    // Triggers are not copied; the template's form is not the copy's to open.
    expect(copy.gas.triggers.list()).toEqual([]);
    expect(copy.gas.forms.list()).toEqual([]);

    copy.openSpreadsheet();
    expect(copy.menuCaptions()).toEqual(SHORT_MENU);
    copy.gas.runMenu('menuInstall');
    expect(copy.menuCaptions()).toEqual(expect.arrayContaining([t.check, t.checkInstall, t.openCycle, t.sendNow, t.about]));
    copy.openSpreadsheet();
    expect(copy.menuCaptions()).toContain(t.openCycle);

    const opened = copy.open({ deadline: '17/12/2026 20:00', pickup: '19/12/2026' });
    expect(opened).toMatchObject({ ok: true });
    const form = copy.state().formId;
    expect(form).not.toBe(templateForm);
    expect(copy.gas.forms.list().map((f) => f.id)).toEqual([form]);
    expect(copy.gas.triggers.list().filter((tr) => tr.handler === 'onFormSubmitTrigger').map((tr) => tr.sourceId)).toEqual([form]);
    copy.submit('alice@example.org', { 'HUI-NOI': 1 }, { site: 'Monclar-de-Quercy' });
    expect(copy.rows('Commandes').filter((r) => r['Cycle'] === opened.cycleId).map((r) => r['E-mail'])).toEqual(['alice@example.org']);

    // The template is untouched: its form is still there, its triggers as they were.
    expect(template.gas.forms.list().map((f) => f.id)).toContain(templateForm);
    expect(template.gas.triggers.list()).toHaveLength(templateTriggers);
  });
});
