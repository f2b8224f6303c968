// Updating Cabas keeps the data: a workbook the previous version made (tests/e2e/fixtures/
// previous-version-after-one-cycle.xlsx: main's bundle at the commit this work started from, one
// cycle of the two-sites group run and sent) is opened with the new bundle, updated through
// « Installer ou mettre à jour », and runs its next cycle without losing a row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CabasDriver } from '../../src/cli/cabas-driver';
import { readXlsx } from '../../src/cli/import/read-xlsx';
import { SENT_BY } from './fixtures/two-sites-small-group';

const DAY = 24 * 3600 * 1000;
const FIXTURE = join(__dirname, 'fixtures', 'previous-version-after-one-cycle.xlsx');
const VERSION = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version as string;

test('the new version reads the previous version’s workbook, completes it, and keeps every row', async () => {
  const driver = new CabasDriver({ now: SENT_BY + DAY, spreadsheet: await readXlsx(FIXTURE) });
  const before = Object.fromEntries(['Commandes', 'Envois', 'Journal', 'Cycles', 'Adhérents', 'Produits'].map((tab) => [tab, driver.rows(tab)]));
  expect(before['Commandes'].length).toBeGreaterThan(0);

  expect(driver.run<string>('cabasVersion')).toBe(VERSION);
  driver.gas.runMenu('menuInstall');
  // Every row the previous version wrote is still there, as it was.
  // A column this version added (Tarif in Adhérents…) is appended, empty: the previous columns are unchanged.
  for (const tab of ['Commandes', 'Envois', 'Cycles', 'Adhérents', 'Produits']) {
    const after = driver.rows(tab);
    expect(after).toHaveLength(before[tab].length);
    const previousColumns = Object.keys(before[tab][0] ?? {});
    expect(after.map((r) => Object.fromEntries(previousColumns.map((c) => [c, r[c]])))).toEqual(before[tab]);
    for (const r of after) for (const c of Object.keys(r)) if (!previousColumns.includes(c)) expect(r[c]).toBeNull();
  }
  expect(driver.rows('Journal').slice(0, before['Journal'].length)).toEqual(before['Journal']);
  // What this version added is there too, with its default.
  expect(driver.rows('Paramètres')).toContainEqual(expect.objectContaining({ Paramètre: 'Mode essai', Valeur: 'non' }));
  expect(driver.run<{ errors: number }>('checkConfigurationReport').errors).toBe(0);

  // The next cycle opens from the previous version's state (the previous cycle is archived), and closes.
  const opened = driver.open({ deadline: '17/12/2026 20:00', pickup: '19/12/2026' });
  expect(opened).toMatchObject({ ok: true, cycleId: '2026-12-19' });
  expect(driver.rows('Cycles').map((r) => [r['Cycle'], r['Statut']])).toEqual([['2026-12-12', 'archivé'], ['2026-12-19', 'ouvert']]);
  driver.submit('david@example.org', { 'LEG-TOM': 1 }, { site: 'Septfonds', at: SENT_BY + DAY + 3600 * 1000 });
  driver.run('closeCycleNow');
  const orders = driver.rows('Commandes');
  expect(orders.slice(0, before['Commandes'].length)).toEqual(before['Commandes']);
  expect(orders.filter((r) => r['Cycle'] === '2026-12-19')).toHaveLength(1);
});
