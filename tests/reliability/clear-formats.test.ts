// « Effacer la mise en forme » (clear formats) on `Récap` or any generated tab: the next refresh
// still writes every text as plain text, so a product named `-20% Tomates` or `=…` never becomes
// a formula, and an apostrophe at the start of a name is kept.
import fc from 'fast-check';
import type { CabasDriver } from '../../src/cli/cabas-driver';
import type { CellValue } from '../../src/local-apps-script/spreadsheet/snapshot';
import {
  HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, failedExecutions, formulasIn, openGroup, setCell, tabValues, twoSitesSmallGroup,
} from './support/reliability-group';

const at = (h: number) => OPEN_AT + h * HOUR;
const RECAP = '▸ Récap';
const CONTRACT_TABS = new Set(['Paramètres', 'Lieux', 'Adhérents', 'Producteurs', 'Produits', 'Cycles', 'Permanences', 'Commandes', 'Envois', 'Journal', '_cabas']);

/** The small group with its three available products renamed (rows 1 to 3 of `Produits`). */
function withProductNames(names: string[]) {
  const snapshot = twoSitesSmallGroup();
  names.forEach((name, i) => setCell(snapshot, 'Produits', i + 1, 'Produit', name));
  return snapshot;
}

/** What a coordinator's clear formats does, once by the sheet and once by its used range. */
function clearFormats(driver: CabasDriver, tab: string, how: 'sheet' | 'range'): void {
  const sheet = driver.gas.spreadsheet().getSheetByName(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  if (how === 'sheet') sheet.clearFormats();
  else sheet.getDataRange().clearFormat();
}

const generatedTabs = (driver: CabasDriver) => driver.gas.spreadsheet().getSheets().map((s) => s.getName()).filter((n) => !CONTRACT_TABS.has(n));
const texts = (driver: CabasDriver, tab: string): CellValue[] => tabValues(driver, tab).flat();

const NAMES = ['-20% Tomates anciennes', '=1+1 Panier de saison', "'Huile de noix"];

describe('clear formats on the live Récap, then a submission refreshes it', () => {
  test.each<{ how: 'sheet' | 'range' }>([{ how: 'sheet' }, { how: 'range' }])('product names stay text (clear formats by the $how)', ({ how }) => {
    const driver = openGroup({ snapshot: withProductNames(NAMES) });
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
    clearFormats(driver, RECAP, how);
    driver.submit('chloe@example.org', { 'LEG-TOM': 1, 'HUI-NOI': 6 }, { site: SEPTFONDS, at: at(2) });
    expect(failedExecutions(driver)).toEqual([]);
    expect(formulasIn(driver.snapshot())).toEqual([]);
    for (const name of NAMES) expect(texts(driver, RECAP)).toContain(name);
  });
});

describe('clear formats on every generated tab after the close, then « Envoyer la commande »', () => {
  test('no text becomes a formula and every name reads back as it was', () => {
    const driver = openGroup({ snapshot: withProductNames(NAMES) });
    driver.submit('alice@example.org', { 'LEG-TOM': 2, 'LEG-PAN': 1 }, { site: MONCLAR, at: at(1) });
    driver.submit('chloe@example.org', { 'LEG-TOM': 1, 'HUI-NOI': 6 }, { site: SEPTFONDS, at: at(2) });
    closeAndDeliver(driver);
    const tabs = generatedTabs(driver);
    expect(tabs.length).toBeGreaterThan(3);
    tabs.forEach((tab, i) => clearFormats(driver, tab, i % 2 ? 'range' : 'sheet'));
    driver.run('closeCycleNow', { finalize: true, silent: true });
    expect(failedExecutions(driver)).toEqual([]);
    expect(formulasIn(driver.snapshot())).toEqual([]);
    const written = tabs.flatMap((tab) => texts(driver, tab));
    for (const name of NAMES) expect(written).toContain(name);
  });
});

describe('random text starting with = + - @ \' through the Récap writers', () => {
  const hostile = fc.tuple(fc.constantFrom('=', '+', '-', '@', "'"), fc.string({ minLength: 1, maxLength: 12 }))
    .map(([lead, rest]) => `${lead}${rest}`)
    .filter((s) => s.trim() === s && !/[\u0000-\u001f]/.test(s));

  test('reads back exactly, never as a formula, after clear formats', () => {
    fc.assert(fc.property(fc.uniqueArray(hostile, { minLength: 3, maxLength: 3 }), (names) => {
      const driver = openGroup({ snapshot: withProductNames(names) });
      clearFormats(driver, RECAP, 'sheet');
      driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
      expect(failedExecutions(driver)).toEqual([]);
      expect(formulasIn(driver.snapshot())).toEqual([]);
      for (const name of names) expect(texts(driver, RECAP)).toContain(name);
    }), { seed: 20261201, numRuns: 12 });
  });
});
