// The guides' table "Le menu Cabas et les réglages, en bref": every row names a menu item or a
// setting, and each one does, on dist/Code.js, what its row says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CabasDriver } from '../../src/cli/cabas-driver';
import { catalogue } from '../../src/core/i18n';
import { parseStatus } from '../../src/core/workbook/tables';
import type { Locale } from '../../src/core/model';
import { DEADLINE, DEADLINE_MS, OPEN_AT, PICKUP, SENDING_DELAY, SENT_BY, twoSitesSmallGroup } from './fixtures/two-sites-small-group';

const HOUR = 3600 * 1000;
const MONCLAR = 'Monclar-de-Quercy';
const START = '<!-- menu-settings:start -->';
const END = '<!-- menu-settings:end -->';

type MenuKey = Exclude<keyof ReturnType<typeof catalogue>['ui']['menu'], 'title'>;
type SettingKey = keyof ReturnType<typeof catalogue>['workbook']['settings'];
const SETTINGS: SettingKey[] = ['reminderHours', 'casePolicy', 'minimumPolicy', 'autoSend', 'trial', 'maxQuantity'];

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** The first cell of each row of the guide's table, as `menu.<key>` or `setting.<key>`. */
function rowsOfGuide(locale: Locale): string[] {
  const text = readFileSync(join(__dirname, '..', '..', 'docs', `guide.${locale}.md`), 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/guide.${locale}.md has no ${START} … ${END} table`);
  const t = catalogue(locale);
  const menu = Object.entries(t.ui.menu).filter(([k]) => k !== 'title');
  return text.slice(start, end).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('|---')).slice(1).map((line) => {
    const first = plain(line.split('|')[1]);
    const bold = /^\*\*(.+)\*\*$/.exec(first);
    const code = /^`(.+)`$/.exec(first);
    const menuKey = bold ? menu.find(([, label]) => plain(label) === plain(bold[1]))?.[0] : undefined;
    const settingKey = code ? Object.entries(t.workbook.settings).find(([, s]) => plain(s.label) === plain(code[1]))?.[0] : undefined;
    const found = menuKey ? `menu.${menuKey}` : settingKey ? `setting.${settingKey}` : undefined;
    if (!found) throw new Error(`docs/guide.${locale}.md: "${first}" is neither a Cabas menu item nor a setting`);
    return found;
  });
}

function setSetting(snapshot: ReturnType<typeof twoSitesSmallGroup>, key: SettingKey, value: string): void {
  const label = catalogue('fr').workbook.settings[key].label;
  const row = snapshot.sheets.find((s) => s.name === 'Paramètres')!.values.find((r) => r[0] === label);
  if (!row) throw new Error(`no setting ${label}`);
  row[1] = value;
}

function group(change: (snapshot: ReturnType<typeof twoSitesSmallGroup>) => void = () => {}, userEmail?: string): CabasDriver {
  const snapshot = twoSitesSmallGroup();
  change(snapshot);
  const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: snapshot, userEmail });
  driver.install(false);
  return driver;
}

function opened(change?: (snapshot: ReturnType<typeof twoSitesSmallGroup>) => void): CabasDriver {
  const driver = group(change);
  expect(driver.open({ deadline: DEADLINE, pickup: PICKUP })).toMatchObject({ ok: true });
  return driver;
}

const cycleStatus = (driver: CabasDriver) => driver.rows('Cycles').map((r) => [r['Cycle'], r['Statut']]);
const sentTo = (driver: CabasDriver) => driver.gas.mail.sent.map((m) => m.to);
const sheetOf = (driver: CabasDriver, name: string) => driver.gas.spreadsheet().getSheetByName(name)!;

/** One check per row of the table: what its row promises, on the built bundle. */
const PROMISES: Record<string, () => void> = {
  'menu.install': () => {
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: { name: 'Cabas', locale: 'fr_FR', timeZone: 'Europe/Paris' } });
    driver.gas.runMenu('menuInstall');
    const tabs = driver.snapshot().sheets.map((s) => s.name);
    expect(tabs).toEqual(expect.arrayContaining(['Paramètres', 'Lieux', 'Adhérents', 'Producteurs', 'Produits', 'Cycles', 'Commandes', 'Journal', 'Envois', 'Permanences']));
    sheetOf(driver, 'Adhérents').appendRow(['ami@example.org', 'Ami', '', '', 'oui', 'gardé']);
    driver.gas.runMenu('menuInstall');
    expect(driver.snapshot().sheets.map((s) => s.name)).toEqual(tabs);
    expect(driver.rows('Adhérents')).toEqual([expect.objectContaining({ 'E-mail': 'ami@example.org', Notes: 'gardé' })]);
  },
  'menu.installSample': () => {
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: { name: 'Essai', locale: 'fr_FR', timeZone: 'Europe/Paris' }, userEmail: 'benevole@gmail.com' });
    driver.gas.runMenu('menuInstallSample');
    expect(driver.rows('Adhérents')).toContainEqual(expect.objectContaining({ 'E-mail': 'benevole@gmail.com', Actif: 'oui' }));
    expect(driver.open({ deadline: DEADLINE, pickup: PICKUP })).toMatchObject({ ok: true });
    const ref = String(driver.rows('Produits').find((r) => r['Disponible'] === 'oui' && !r['Colis'])!['Réf']);
    driver.submit('benevole@gmail.com', { [ref]: 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.submit('claire.delmas@example.org', { [ref]: 2 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
    driver.gas.advanceTo(SENT_BY + 2 * HOUR);
    expect(driver.rows('Commandes').some((r) => r['E-mail'] === 'benevole@gmail.com')).toBe(true);
    // Confirmations, the reminders, the producers' orders, the summaries and the digest: all to the coordinator.
    expect(new Set(sentTo(driver))).toEqual(new Set(['benevole@gmail.com']));
    const trial = driver.gas.mail.sent.filter((m) => m.subject.startsWith('[Essai]'));
    expect(trial.length).toBeGreaterThan(5);
    expect(trial.some((m) => m.body.includes('claire.delmas@example.org'))).toBe(true);
  },
  'menu.check': () => {
    const driver = group();
    sheetOf(driver, 'Cycles').appendRow(['2026-12-19', '', 'mercredi soir', '', 'brouillon', '']);
    sheetOf(driver, 'Permanences').appendRow(['samedi', MONCLAR, 'accueil', 'alice@example.org']);
    const report = driver.run<{ errors: number; messages: string[] }>('checkConfigurationReport');
    expect(report.messages.map(plain)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Cycles!C2 : « mercredi soir » n’est pas une date/),
      expect.stringMatching(/^Permanences!A2 : « samedi » n’est pas une date de permanence.*aucun cycle ne peut s’ouvrir/),
    ]));
  },
  'menu.checkInstall': () => {
    const driver = opened();
    const findings = () => driver.run<{ level: string; text: string }[]>('checkInstallationReport');
    expect(findings().filter((f) => f.level !== 'ok')).toEqual([]);
    // Another volunteer takes over: Apps Script lists only the current user's triggers.
    for (const t of driver.gas.triggers.list()) driver.gas.triggers.remove(t.uid);
    driver.gas.triggers.authorizationRequired = true;
    const outbox = sheetOf(driver, 'Envois');
    outbox.appendRow(['x:1', 'member-summary', 'alice@example.org', 'Objet', 'échec', 3, 'Invalid email']);
    sheetOf(driver, 'Journal').appendRow([new Date(OPEN_AT), 'erreur', 'Erreur', '', 'Service invoked too many times']);
    const texts = findings().filter((f) => f.level !== 'ok').map((f) => plain(f.text));
    expect(texts).toEqual([
      expect.stringMatching(/^Google demande de nouveau votre autorisation/),
      expect.stringMatching(/ne sont pas à votre nom.*Installer ou mettre à jour/),
      expect.stringMatching(/^1 e-mail en échec dans Envois.*Envoyer les e-mails en attente/),
      expect.stringMatching(/^Dernières erreurs du Journal : Erreur — Service invoked too many times/),
    ]);
    driver.gas.triggers.authorizationRequired = false;
    driver.gas.runMenu('menuInstall');
    expect(findings().filter((f) => f.level === 'error')).toEqual([]);
    expect(driver.gas.triggers.list().map((t) => t.handler)).toEqual(expect.arrayContaining(['onFormSubmitTrigger', 'onDeadlineTrigger']));
  },
  'menu.openCycle': () => {
    const driver = group();
    // A draft typed by hand, without an id: read, named after its pickup day, in its own row.
    sheetOf(driver, 'Cycles').appendRow(['', '', DEADLINE, PICKUP, 'brouillon', '']);
    driver.gas.runMenu('menuOpenCycle');
    expect(cycleStatus(driver)).toEqual([['2026-12-12', 'ouvert']]);
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.advanceTo(SENT_BY);
    // The previous cycle, its order sent, is archived by the next opening.
    expect(driver.open({ deadline: '17/12/2026 20:00', pickup: '19/12/2026' })).toMatchObject({ ok: true });
    expect(cycleStatus(driver)).toEqual([['2026-12-12', 'archivé'], ['2026-12-19', 'ouvert']]);
  },
  'menu.closeNow': () => {
    const driver = opened();
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.runMenu('menuCloseNow');
    expect(cycleStatus(driver)).toEqual([['2026-12-12', 'envoyé']]);
    driver.gas.advanceBy(SENDING_DELAY);
    expect(sentTo(driver)).toEqual(expect.arrayContaining(['ruisseau@example.org', 'coordination@example.org']));
  },
  'menu.finalize': () => {
    const driver = opened((s) => setSetting(s, 'casePolicy', 'manuel'));
    driver.submit('alice@example.org', { 'HUI-NOI': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.advanceTo(SENT_BY);
    expect(sentTo(driver)).not.toContain('noyers@example.org');
    driver.gas.runMenu('menuFinalize');
    driver.gas.advanceBy(SENDING_DELAY);
    expect(sentTo(driver)).toContain('noyers@example.org');
  },
  'menu.sendNow': () => {
    const driver = opened((s) => setSetting(s, 'autoSend', 'non'));
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.advanceTo(SENT_BY + 3 * HOUR);
    expect(sentTo(driver)).not.toContain('ruisseau@example.org');
    // One summary failed for a mistyped address: the coordinator corrects it in Adhérents and sets the row back.
    const outbox = sheetOf(driver, 'Envois');
    const header = driver.sheet('Envois').values[0];
    const row = driver.rows('Envois').findIndex((r) => parseStatus('emailKind', String(r['Type'])) === 'member-summary') + 2;
    outbox.getRange(row, header.indexOf('Tentatives') + 1).setValue(3);
    const members = sheetOf(driver, 'Adhérents');
    members.getRange(2, 1).setValue('alice.martin@example.net');
    driver.gas.runMenu('menuSendNow');
    expect(sentTo(driver)).toEqual(expect.arrayContaining(['ruisseau@example.org', 'alice.martin@example.net']));
    // The old address got the confirmation only.
    expect(sentTo(driver).filter((to) => to === 'alice@example.org')).toHaveLength(1);
    expect(driver.rows('Envois')[row - 2]).toMatchObject({ Destinataire: 'alice.martin@example.net', Statut: 'envoyé' });
    expect(driver.rows('Envois').filter((r) => r['Statut'] === 'en attente')).toEqual([]);
  },
  'menu.archive': () => {
    const driver = opened();
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.advanceTo(SENT_BY);
    driver.gas.ui.queueButton('YES');
    driver.gas.runMenu('menuArchiveCycle');
    expect(cycleStatus(driver)).toEqual([['2026-12-12', 'archivé']]);
    expect(driver.rows('Commandes').some((r) => r['Cycle'] === '2026-12-12')).toBe(true);
  },
  'menu.repair': () => {
    const refused = group();
    expect(refused.run<{ ok: boolean }>('repairStateNow')).toMatchObject({ ok: false });
    const driver = opened();
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.spreadsheet().deleteSheet(sheetOf(driver, '_cabas'));
    driver.gas.runMenu('menuRepair');
    expect(plain(driver.gas.ui.alerts.at(-1)!.message)).toMatch(/_cabas du cycle 2026-12-12 est reconstruit depuis Cycles, Commandes/);
    driver.submit('bruno@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
    expect(driver.rows('Commandes').map((r) => [r['E-mail'], r['Statut']])).toEqual([['alice@example.org', 'actif'], ['bruno@example.org', 'actif']]);
  },
  'menu.enterOrder': () => {
    const driver = opened();
    driver.gas.runMenu('menuEnterOrder');
    expect(plain(driver.gas.ui.sidebars.at(-1)!.title)).toBe('Saisir une commande');
    expect(driver.enterOrder('bruno@example.org', { 'LEG-PAN': 4 }).ok).toBe(true);
    const lines = driver.rows('Commandes').filter((r) => r['E-mail'] === 'bruno@example.org');
    expect(lines.map((r) => [r['Réf'], r['Quantité']])).toEqual([['LEG-PAN', 3]]); // the Form's max per member
    expect(String(lines[0]['Réponse'])).toMatch(/^saisie:/);
    expect(driver.rows('Journal').some((r) => r['Qui'] === 'coordination@example.org' && r['Événement'] === 'Commande saisie pour un foyer')).toBe(true);
  },
  'menu.about': () => {
    const driver = group();
    driver.gas.runMenu('menuAbout');
    const version = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version as string;
    expect(plain(driver.gas.ui.alerts.at(-1)!.message)).toContain(`Cabas, version ${version}.`);
  },
  'setting.reminderHours': () => {
    for (const [hours, reminded] of [['48', true], ['0', false]] as const) {
      const driver = opened((s) => setSetting(s, 'reminderHours', hours));
      driver.gas.advanceTo(DEADLINE_MS - 47 * HOUR);
      expect(driver.rows('Envois').some((r) => parseStatus('emailKind', String(r['Type'])) === 'reminder')).toBe(reminded);
      if (reminded) expect(sentTo(driver)).toContain('bruno@example.org');
    }
  },
  'setting.casePolicy': () => {
    const driver = opened((s) => setSetting(s, 'casePolicy', 'manuel'));
    driver.submit('alice@example.org', { 'HUI-NOI': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.advanceTo(DEADLINE_MS - 60 * 1000); // the reminders are out
    const before = driver.gas.mail.sent.length;
    driver.gas.advanceTo(SENT_BY);
    expect(sentTo(driver).slice(before)).toEqual(['coordination@example.org']);
    expect(plain(driver.gas.mail.sent.at(-1)!.body)).toContain('Envoyer la commande (après correction de « Attribué »)');
  },
  'setting.minimumPolicy': () => {
    const minimum = (policy: string) => (s: ReturnType<typeof twoSitesSmallGroup>) => {
      setSetting(s, 'minimumPolicy', policy);
      const producers = s.sheets.find((x) => x.name === 'Producteurs')!;
      producers.values[1][producers.values[0].indexOf('Minimum de commande')] = 100;
    };
    const held = opened(minimum('suspendre'));
    held.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    held.gas.advanceTo(DEADLINE_MS - 60 * 1000); // the reminders are out
    const before = held.gas.mail.sent.length;
    held.gas.advanceTo(SENT_BY);
    expect(sentTo(held).slice(before)).toEqual(['coordination@example.org']);
    expect(held.gas.mail.sent.at(-1)!.body).toContain('Ferme du Ruisseau');
    const cancelled = opened(minimum('annuler'));
    cancelled.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    cancelled.gas.advanceTo(SENT_BY);
    expect(sentTo(cancelled)).not.toContain('ruisseau@example.org');
    expect(cancelled.gas.mail.sent.find((m) => m.to === 'alice@example.org' && /définitive/.test(m.subject))!.body).toMatch(/minimum/);
  },
  'setting.autoSend': () => {
    const driver = opened((s) => setSetting(s, 'autoSend', 'non'));
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    expect(sentTo(driver)).toEqual(['alice@example.org']);
    driver.gas.advanceTo(SENT_BY + 24 * HOUR);
    expect(sentTo(driver)).toEqual(['alice@example.org', 'coordination@example.org']);
    // `Type` is written in the group's language (« rappel », « commande producteur »…): read back as its kind.
    expect(new Set(driver.rows('Envois').filter((r) => r['Statut'] === 'en attente').map((r) => parseStatus('emailKind', String(r['Type'])))))
      .toEqual(new Set(['reminder', 'producer-order', 'member-summary', 'digest']));
  },
  'setting.trial': () => {
    const driver = opened((s) => setSetting(s, 'trial', 'oui'));
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.advanceTo(SENT_BY);
    expect(new Set(sentTo(driver))).toEqual(new Set(['coordination@example.org']));
    const confirmation = driver.gas.mail.sent[0];
    expect(confirmation.subject).toMatch(/^\[Essai\] /);
    expect(confirmation.body).toContain('alice@example.org');
  },
  'setting.maxQuantity': () => {
    const driver = opened((s) => setSetting(s, 'maxQuantity', '5'));
    driver.submit('alice@example.org', { 'LEG-TOM': 6 }, { site: MONCLAR, at: OPEN_AT + HOUR, formChecks: false });
    expect(driver.rows('Commandes')).toEqual([]);
    expect(driver.gas.mail.sent.map((m) => m.to)).toEqual(['alice@example.org']);
    expect(driver.rows('Journal').some((r) => String(r['Qui']).includes('alice@example.org') || String(r['Détail']).includes('alice@example.org'))).toBe(true);
  },
};

describe.each(['fr', 'en'] as Locale[])('the %s guide’s table of menu items and settings', (locale) => {
  test('names the menu items and the settings that change what Cabas does, once each, each with its check', () => {
    const rows = rowsOfGuide(locale);
    expect(rows.filter((r) => r.startsWith('setting.'))).toEqual(SETTINGS.map((k) => `setting.${k}`));
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows.filter((r) => !PROMISES[r])).toEqual([]);
  });

  test('lists the menu as Cabas builds it', () => {
    const snapshot = twoSitesSmallGroup();
    if (locale === 'en') setSetting(snapshot, 'locale', 'en');
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: snapshot });
    driver.install(false);
    driver.openSpreadsheet();
    const items = driver.gas.ui.menus.flatMap((m) => m.items.flatMap((i) => (typeof i === 'object' && 'caption' in i ? [plain(String(i.caption))] : [])));
    const t = catalogue(locale).ui.menu;
    // The guide's rows, in the menu's order (items added since may stand between them).
    const named = rowsOfGuide(locale).filter((r) => r.startsWith('menu.')).map((r) => plain(t[r.slice(5) as MenuKey]));
    expect(items.filter((i) => named.includes(i))).toEqual(named);
    expect(named.length).toBeGreaterThanOrEqual(8);
  });
});

describe('every row of the table does what it says', () => {
  test.each(rowsOfGuide('fr'))('%s', (row) => {
    const promise = PROMISES[row];
    expect(promise).toBeDefined();
    promise();
  });
});
