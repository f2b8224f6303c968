// The spreadsheet's own time zone and the group's `Fuseau horaire` (core/workbook/zone-mismatch.ts).
// Found by probing: with the spreadsheet in Paris and the group in Montréal, a draft row typed
// « 10/12/2026 20:00 / 12/12/2026 » opened a cycle closing at 14 h with its pickup told as Friday 11.
import { CabasDriver } from '../../src/cli/cabas-driver';
import { setSetting, tabRows } from '../reliability/support/reliability-group';
import { twoSitesSmallGroup } from './fixtures/two-sites-small-group';

const NOW = Date.parse('2026-12-01T09:00:00-05:00');
const MONTREAL = 'America/Montreal';
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function group(sheetZone: string, groupZone: string): CabasDriver {
  const snapshot = twoSitesSmallGroup();
  snapshot.timeZone = sheetZone;
  setSetting(snapshot, 'Fuseau horaire', groupZone);
  const driver = new CabasDriver({ now: NOW, spreadsheet: snapshot, mailQuota: 10_000 });
  driver.install(false);
  return driver;
}

/** A draft row of Cycles, typed as a coordinator types it, then « Ouvrir un cycle ». */
function openDraft(driver: CabasDriver): void {
  const sheet = driver.gas.spreadsheet().getSheetByName('Cycles')!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const type = (h: string, text: string) => sheet.getRange(2, header.indexOf(h) + 1).setValue(text);
  type('Clôture', '10/12/2026 20:00');
  type('Distribution', '12/12/2026');
  type('Statut', 'brouillon');
  driver.gas.runMenu('menuOpenCycle');
}

describe('the spreadsheet in Paris, the group in Montréal', () => {
  test('« Ouvrir un cycle » refuses, naming both zones and what to do; nothing is opened', () => {
    const driver = group('Europe/Paris', MONTREAL);
    const refused = driver.open({ deadline: '10/12/2026 20:00', pickup: '12/12/2026' });
    expect(refused.ok).toBe(false);
    expect(plain(refused.ok ? '' : (refused.messages ?? []).join('\n'))).toContain('le fuseau horaire du classeur (Fichier > Paramètres) est Europe/Paris, celui du paramètre Fuseau horaire America/Montreal');
    openDraft(driver);
    expect(driver.gas.forms.list()).toEqual([]);
    expect(tabRows(driver, 'Cycles')[0]['Statut']).toBe('brouillon');
  });

  test('« Vérifier la configuration » says so too', () => {
    const driver = group('Europe/Paris', MONTREAL);
    const report = driver.run<{ errors: number; messages: string[] }>('checkConfigurationReport');
    expect(report.errors).toBe(1);
    expect(plain(report.messages.join('\n'))).toContain('Paramètres : le fuseau horaire du classeur');
  });
});

describe('one zone for both', () => {
  test('a draft row typed in Montréal closes at 20:00 there, and the form says Saturday 12', () => {
    const driver = group(MONTREAL, MONTREAL);
    openDraft(driver);
    const state = driver.state();
    expect(new Date(state.catalog.cycle.deadline).toISOString()).toBe('2026-12-11T01:00:00.000Z');
    const form = driver.gas.forms.form(state.formId);
    expect(plain(form.getDescription())).toContain('le samedi 12 décembre 2026');
    expect(plain(form.getDescription())).toContain('jeudi 10 décembre 2026 à 20 h');
  });

  test('a new installation takes the spreadsheet’s zone as Fuseau horaire', () => {
    const driver = new CabasDriver({ now: NOW, spreadsheet: { name: 'GAC de Québec', locale: 'fr_CA', timeZone: MONTREAL } });
    driver.install(false);
    expect(tabRows(driver, 'Paramètres').find((r) => r['Paramètre'] === 'Fuseau horaire')?.['Valeur']).toBe(MONTREAL);
  });
});

// Found by probing: « 10/12/2026 » typed as the deadline opened a cycle closing at 0 h that day,
// named « du 1er au 10 décembre », its form saying « jusqu'au jeudi 10 décembre 2026 à 0 h ».
describe('a deadline typed without a time', () => {
  test.each([
    { typed: '10/12/2026', refused: true },
    { typed: '10/12/2026 00:00', refused: true },
    { typed: '10/12/2026 23:59', refused: false },
  ])('« $typed »: refused $refused, saying to give the time', ({ typed, refused }) => {
    const driver = group('Europe/Paris', 'Europe/Paris');
    const result = driver.open({ deadline: typed, pickup: '12/12/2026' });
    expect(result.ok).toBe(!refused);
    if (refused) expect(plain(result.ok ? '' : (result.messages ?? []).join('\n'))).toContain('La clôture tomberait le jeudi 10 décembre 2026 à 0 h, au tout début de la journée : une date sans heure se lit à minuit.');
  });
});
