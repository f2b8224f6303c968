// Every entry point of the built bundle (simple triggers, menu items, installable triggers and
// google.script.run targets, read from dist/Code.js, not listed by hand) runs under the shipped
// dist/appsscript.json without a permission error, in states where it does real work: with
// explicit oauthScopes, Apps Script refuses any call whose scope the manifest lacks
// (https://developers.google.com/apps-script/concepts/scopes).
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CabasDriver } from '../../src/cli/cabas-driver';
import { generateGroup } from '../../src/cli/bench/generate-group';
import { defaultSettingsSheet } from '../../src/cli/workbook-snapshot';
import { DEFAULT_LATENCY } from '../../src/local-apps-script/latency-model';
import type { ExecutionRecord } from '../../src/local-apps-script/runtime';
import { DEADLINE, DEADLINE_MS, OPEN_AT, PICKUP, twoSitesSmallGroup } from './fixtures/two-sites-small-group';

const HOUR = 3600 * 1000;
const MONCLAR = 'Monclar-de-Quercy';
const SEPTFONDS = 'Septfonds';

// The stubs build.mjs appends, one per export of entry-points.ts: `function name(e){return Cabas.name(e)}`.
const ENTRY_POINTS = [...readFileSync('dist/Code.js', 'utf8').matchAll(/^function (\w+)\(e\)\{return Cabas\.\1\(e\)\}$/gm)].map((m) => m[1]);
const MANIFEST = JSON.parse(readFileSync('dist/appsscript.json', 'utf8')) as { oauthScopes: string[] };

/** The small group with manual cases, so that a close stops for the coordinator's review, and automatic sending off. */
function reviewedGroup() {
  const snapshot = twoSitesSmallGroup();
  const settings = defaultSettingsSheet({ groupName: 'GAC des Deux Villages', coordinationEmail: 'coordination@example.org', casePolicy: 'manual', autoSend: false });
  return { ...snapshot, sheets: snapshot.sheets.map((s) => (s.name === settings.name ? settings : s)) };
}

function status(driver: CabasDriver): string {
  return String(driver.rows('Cycles').at(-1)?.['Statut']);
}

const permissionErrors = (executions: ExecutionRecord[]) => executions.filter((e) => /permission/i.test(e.error ?? ''));

describe('every entry point under the shipped manifest', () => {
  const ran: ExecutionRecord[] = [];
  const alerts: string[] = [];
  const menuItems: string[] = [];

  beforeAll(() => {
    // 1. A fresh spreadsheet: opened, installed with the sample group, checked.
    const sample = new CabasDriver({ now: OPEN_AT, spreadsheet: { name: 'Cabas', locale: 'fr_FR', timeZone: 'Europe/Paris' } });
    sample.openSpreadsheet();
    sample.gas.runMenu('menuInstallSample');
    expect(sample.rows('Adhérents').length).toBeGreaterThan(0);
    expect(sample.run<{ errors: number }>('checkConfigurationReport').errors).toBe(0);
    ran.push(...sample.gas.executions);

    // 2. A group's first cycle, through the menus and the triggers Google fires.
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: reviewedGroup(), mailQuota: 4 });
    driver.openSpreadsheet();
    driver.run('onInstall');
    driver.gas.runMenu('menuInstall');
    // Once installed here, the whole menu (before, only « Installer » and « À propos »).
    driver.openSpreadsheet();
    menuItems.push(...driver.gas.ui.menus.flatMap((m) => m.items.flatMap((i) => (typeof i === 'object' && 'functionName' in i ? [i.functionName] : []))));
    driver.gas.runMenu('menuCheckConfiguration');
    expect(driver.gas.ui.dialogs).toHaveLength(1);
    driver.gas.runMenu('menuCheckInstallation');
    driver.run('checkInstallationReport');
    driver.gas.runMenu('menuAbout');
    driver.run('cabasVersion');
    for (const answer of [DEADLINE, PICKUP, 'Apportez vos sacs']) driver.gas.ui.queuePrompt(answer);
    driver.gas.runMenu('menuOpenCycle');
    expect(status(driver)).toBe('ouvert');
    driver.submit('alice@example.org', { 'HUI-NOI': 2, 'LEG-TOM': 2 }, { site: MONCLAR, tolerance: 3, at: OPEN_AT + HOUR });
    driver.submit('bruno@example.org', { 'HUI-NOI': 3, 'LEG-PAN': 1 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
    driver.submit('chloe@example.org', { 'HUI-NOI': 2 }, { site: SEPTFONDS, tolerance: 2, at: OPEN_AT + 3 * HOUR });
    driver.gas.advanceTo(DEADLINE_MS + 10 * 60 * 1000); // the reminder, then the close at the deadline
    expect(driver.rows('Commandes').filter((r) => Number(r['Attribué']) > 0).length).toBeGreaterThan(0);
    driver.gas.runMenu('menuFinalize'); // the coordinator has reviewed: the order leaves
    driver.gas.runMenu('menuSendNow'); // the daily quota (4, rolling) lets two of six leave
    expect(driver.rows('Envois').filter((r) => r['Statut'] !== 'envoyé').length).toBeGreaterThan(0);
    driver.gas.advanceBy(30 * HOUR); // the quota is back, but automatic sending is off: the rest waits for the menu
    expect(driver.rows('Envois').filter((r) => r['Statut'] !== 'envoyé').length).toBeGreaterThan(0);
    driver.gas.runMenu('menuSendNow');
    driver.gas.advanceBy(30 * HOUR); // four a day: the last ones the next day
    driver.gas.runMenu('menuSendNow');
    expect(driver.rows('Envois').filter((r) => r['Statut'] !== 'envoyé')).toEqual([]);
    driver.gas.ui.queueButton('YES');
    driver.gas.runMenu('menuArchiveCycle');
    expect(status(driver)).toBe('archivé');
    driver.gas.runMenu('menuRemindUnpaid'); // the households who have not paid get a reminder
    expect(driver.run<{ ok: boolean }>('remindUnpaidNow')).toMatchObject({ ok: true });
    for (const answer of ['', '']) driver.gas.ui.queuePrompt(answer);
    driver.gas.runMenu('menuReview'); // the season's review, over every cycle
    expect(driver.run<{ ok: boolean }>('reviewNow', { from: '2026-01-01' })).toMatchObject({ ok: true });
    for (const answer of ['', '']) driver.gas.ui.queuePrompt(answer);
    driver.gas.runMenu('menuExportReview'); // the review as a CSV, offered in a dialog
    expect(driver.gas.ui.dialogs.at(-1)?.html).toContain('data:text/csv;charset=utf-8;base64,');
    expect(driver.run<{ ok: boolean }>('exportReviewNow', {})).toMatchObject({ ok: true });

    // 3. The next cycle through the programmatic entry points, and the menu's close.
    driver.run('installCabas');
    expect(driver.open({ deadline: '20/12/2026 20:00', pickup: '22/12/2026' })).toMatchObject({ ok: true });
    driver.submit('david@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS });
    driver.gas.spreadsheet().deleteSheet(driver.gas.spreadsheet().getSheetByName('_cabas')!);
    driver.gas.runMenu('menuRepair'); // « Réparer » rebuilds the hidden state
    expect(driver.run<{ ok: boolean }>('repairStateNow')).toMatchObject({ ok: false }); // intact now: nothing to repair
    driver.gas.runMenu('menuEnterOrder'); // the order sidebar, and its google.script.run targets
    expect(driver.gas.ui.sidebars).toHaveLength(1);
    expect(driver.enterOrder('emma@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS })).toMatchObject({ ok: true });
    expect(driver.slip('emma@example.org')).toBeNull(); // a household with an e-mail has no slip
    driver.gas.runMenu('menuCloseNow');
    expect(driver.run<{ ok: boolean }>('closeCycleNow', { finalize: true })).toMatchObject({ ok: true });
    driver.run('sendPendingEmails');
    driver.run('onDutiesRetryTrigger'); // the duties run's retry, which a killed run leaves behind
    expect(driver.run<{ ok: boolean }>('archiveCycleNow')).toMatchObject({ ok: true });
    alerts.push(...driver.gas.ui.alerts.map((a) => a.message), ...driver.gas.ui.dialogs.map((d) => d.html));
    ran.push(...driver.gas.executions);

    // 4. Fifty members submit at once: those who cannot get the lock are retried by their own trigger.
    const group = generateGroup({ households: 60, products: 10, seed: 7 });
    const busy = new CabasDriver({ now: OPEN_AT, spreadsheet: group.snapshot, mailQuota: 10_000 });
    busy.install(false);
    busy.open({ deadline: DEADLINE, pickup: PICKUP });
    const product = group.products.find((p) => p.stock === null && p.maxPerMember === null && p.caseSize === null)!;
    busy.gas.advanceTo(OPEN_AT + HOUR);
    busy.gas.runConcurrently(group.members.slice(0, 50).map((m) => () => { busy.submit(m.email, { [product.ref]: 1 }, { site: m.site }); }));
    // 5. A close slowed past its time budget resumes in an execution of its own.
    // The deadline trigger fires up to 15 minutes late (jitter): slow down just before it does.
    const closeAt = busy.nextFiring('onDeadlineTrigger')!;
    busy.gas.advanceTo(closeAt - 1000);
    busy.gas.accounting.latency = { ...DEFAULT_LATENCY, perCall: { ...DEFAULT_LATENCY.perCall, write: 10_000 } };
    busy.gas.advanceTo(closeAt + 30 * 1000);
    busy.gas.accounting.latency = DEFAULT_LATENCY;
    busy.gas.advanceTo(DEADLINE_MS + 2 * HOUR);
    expect(status(busy)).toBe('envoyé');
    ran.push(...busy.gas.executions);
  });

  test('the bundle has entry points and the runtime enforces the shipped scopes', () => {
    expect(ENTRY_POINTS.length).toBeGreaterThan(20);
    expect(MANIFEST.oauthScopes).toEqual(JSON.parse(readFileSync('appsscript.json', 'utf8')).oauthScopes);
  });

  test.each(ENTRY_POINTS)('%s ran without a permission error', (name) => {
    const executions = ran.filter((e) => e.name === name);
    expect(executions.length).toBeGreaterThan(0);
    expect(permissionErrors(executions)).toEqual([]);
    expect(executions.filter((e) => e.error !== undefined)).toEqual([]);
  });

  test('every menu item is an entry point, and ran as a menu click', () => {
    expect(menuItems.length).toBeGreaterThan(5);
    for (const item of menuItems) expect(ran.some((e) => e.name === item && e.kind === 'menu')).toBe(true);
  });

  test('no dialog or alert shown to the coordinator speaks of a permission', () => {
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.filter((a) => /permission/i.test(a))).toEqual([]);
  });
});

describe('when Google does not give the user\'s address', () => {
  // Session.getActiveUser(): "If security policies do not allow access to the user's identity,
  // User.getEmail() returns a blank string" (https://developers.google.com/apps-script/reference/base/session).
  test('checking, opening and archiving still work, and the Journal leaves who empty', () => {
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup(), userEmail: '' });
    driver.install(false);
    expect(driver.run<{ errors: number }>('checkConfigurationReport').errors).toBe(0);
    expect(driver.open({ deadline: DEADLINE, pickup: PICKUP })).toMatchObject({ ok: true });
    driver.run('closeCycleNow');
    expect(driver.run<{ ok: boolean }>('archiveCycleNow')).toMatchObject({ ok: true });
    const journal = driver.rows('Journal');
    expect(journal.length).toBeGreaterThan(2);
    expect(permissionErrors(driver.gas.executions)).toEqual([]);
    expect(journal.filter((r) => r['Qui'] !== '' && String(r['Qui']).includes('coordination@'))).toEqual([]);
  });
});

describe('the test can fail', () => {
  test('under the manifest Cabas shipped before, checking the configuration is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cabas-scopes-'));
    copyFileSync('dist/Code.js', join(dir, 'Code.js'));
    const before = { ...MANIFEST, oauthScopes: MANIFEST.oauthScopes.filter((s) => !s.endsWith('/userinfo.email')) };
    writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(before));
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup(), bundle: join(dir, 'Code.js') });
    expect(() => driver.run('checkConfigurationReport')).toThrow(
      'Specified permissions are not sufficient to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email');
  });
});
