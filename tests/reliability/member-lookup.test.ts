// A member added to `Adhérents` after the cycle opened is found by her e-mail in the tab itself:
// the whole cell, exactly (case and surrounding spaces aside), however many other cells contain
// her address, and never an address that merely contains hers.
import type { CabasDriver } from '../../src/cli/cabas-driver';
import type { CellValue } from '../../src/local-apps-script/spreadsheet/snapshot';
import { HOUR, MONCLAR, OPEN_AT, liveLines, openGroup, tabRows, twoSitesSmallGroup } from './support/reliability-group';

const ANN = 'ann@example.org';
/** Members whose addresses contain Ann's, listed before she is added. */
const LOOKALIKES = ['joann', 'leeann', 'suzann', 'marieann', 'roseann', 'jo.ann'].map((n) => `${n}@example.org`);

/** The group with the look-alike members in `Adhérents` (known to the cycle's snapshot). */
function groupWithLookalikes(notes = ''): CabasDriver {
  const snapshot = twoSitesSmallGroup();
  const members = snapshot.sheets.find((s) => s.name === 'Adhérents')!;
  const header = members.values[0];
  for (const email of LOOKALIKES) {
    members.values.push(header.map((h) => ({ 'E-mail': email, Nom: email, Lieu: MONCLAR, Actif: 'oui', Notes: notes }[String(h)] ?? '')));
  }
  return openGroup({ snapshot });
}

/** Adds a member row by hand, after the cycle opened (the host's edit, not the script's). */
function addMember(driver: CabasDriver, email: CellValue, active = 'oui'): void {
  const sheet = driver.gas.spreadsheet().getSheetByName('Adhérents')!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  sheet.appendRow(header.map((h) => ({ 'E-mail': email, Nom: 'Ann Lefèvre', Lieu: MONCLAR, Actif: active }[String(h)] ?? '')));
}

describe('a member added mid-cycle', () => {
  test.each([
    { case: 'six addresses that contain hers are listed before her', notes: '', typed: ANN, accepted: true },
    { case: 'her address typed with capitals and spaces around it', notes: '', typed: '  Ann@Example.ORG ', accepted: true },
    { case: 'six earlier rows name her address in their notes', notes: ANN, typed: ANN, accepted: true },
    { case: 'only addresses that contain hers are listed, not hers', notes: '', typed: null, accepted: false },
  ])('$case: accepted $accepted', ({ notes, typed, accepted }) => {
    const driver = groupWithLookalikes(notes);
    if (typed !== null) addMember(driver, typed);
    driver.submit(ANN, { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    const ordered = liveLines(driver).filter((r) => r['E-mail'] === ANN).map((r) => r['Quantité']);
    expect(ordered).toEqual(accepted ? [1] : []);
    const refused = tabRows(driver, 'Journal').filter((r) => r['Événement'] === 'Commande refusée' && r['Qui'] === ANN);
    expect(refused).toHaveLength(accepted ? 0 : 1);
    expect(driver.gas.mail.sent.filter((m) => m.to === ANN)).toHaveLength(1);
  });

  test('a row whose address merely contains hers does not stand for her', () => {
    const driver = groupWithLookalikes();
    addMember(driver, `x${ANN}`);
    driver.submit(ANN, { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    expect(liveLines(driver).filter((r) => r['E-mail'] === ANN)).toEqual([]);
  });
});
