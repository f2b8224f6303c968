// The hidden `_cabas` state never turns into a formula: its cycle snapshot is cut into cells of
// 40,000 characters, and a cell whose text starts with `=`, `+`, `-` or `@` must stay text, one
// starting with `'` must keep its apostrophe. The cycle's note is placed so that a cut falls on
// hostile text (the note comes first in the snapshot, its place is found once).
import { seeded } from '../../src/cli/demo/plan-demo';
import { STATE_CHUNK, STATE_TAB } from '../../src/core/cycle-state';
import {
  failedExecutions, formulasIn, HOUR, liveLines, MONCLAR, OPEN_AT, openGroup, tabValues,
} from './support/reliability-group';

const LEADS = ['=', '+', '-', '@', "'"];
const ALPHABET = "abcXYZ 0123456789=+-@'()!;,:éè€%";

/** Where the note's text starts in the snapshot's JSON (the snapshot's layout is the same whatever the note). */
function noteOffset(): number {
  const driver = openGroup({ note: 'MARK' });
  const json = JSON.stringify(driver.state());
  const at = json.indexOf('"note":"MARK"');
  if (at < 0) throw new Error('the note is not in the snapshot');
  return at + '"note":"'.length;
}

/** The group opened with a note whose text at the first cut is `hostile`. */
function openWithCutAt(offset: number, hostile: string) {
  const note = `${'n'.repeat(STATE_CHUNK - offset)}${hostile}`;
  return { driver: openGroup({ note }), note };
}

describe('the hidden state written over several cells', () => {
  let offset = 0;
  beforeAll(() => {
    offset = noteOffset();
  });

  test.each([
    { lead: 'an equals sign', hostile: '=1+2 et des légumes' },
    { lead: 'a plus', hostile: '+33 6 12 34 56 78' },
    { lead: 'a minus', hostile: '-20% sur les pommes' },
    { lead: 'an at sign', hostile: '@SUM(A1:A2)' },
    { lead: 'an apostrophe', hostile: "'quoted' text" },
  ])('keeps a cell starting with $lead as text, and the cycle keeps taking orders', ({ hostile }) => {
    const { driver, note } = openWithCutAt(offset, hostile);
    const cells = tabValues(driver, STATE_TAB)[1];
    expect(String(cells[2]).startsWith(hostile)).toBe(true);
    expect(formulasIn(driver.snapshot()).filter((f) => f.startsWith(`${STATE_TAB}!`))).toEqual([]);
    expect(driver.state().catalog.cycle.note).toBe(note);
    const product = driver.state().catalog.products.find((p) => p.stock === null && p.caseSize === null)!;
    driver.gas.advanceTo(OPEN_AT + HOUR);
    driver.submit('alice@example.org', { [product.ref]: 1 }, { site: MONCLAR });
    expect(liveLines(driver).map((l) => l['E-mail'])).toEqual(['alice@example.org']);
    driver.run('closeCycleNow');
    expect(driver.state().catalog.cycle.status).toBe('sent');
    expect(formulasIn(driver.snapshot()).filter((f) => f.startsWith(`${STATE_TAB}!`))).toEqual([]);
    expect(failedExecutions(driver)).toEqual([]);
  });

  test('reads back random text starting with = + - @ \' at the cut, whatever follows', () => {
    const random = seeded(20);
    const failures: string[] = [];
    for (let run = 0; run < 8; run += 1) {
      const length = 1 + Math.floor(random() * 40);
      const hostile = LEADS[run % LEADS.length] + Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
      const { driver, note } = openWithCutAt(offset, hostile);
      const formulas = formulasIn(driver.snapshot()).filter((f) => f.startsWith(`${STATE_TAB}!`));
      let readBack = '';
      try {
        readBack = driver.state().catalog.cycle.note;
      } catch {
        // A state that no longer decodes: a failure like the others.
      }
      if (formulas.length > 0 || readBack !== note) failures.push(JSON.stringify(hostile));
    }
    expect(failures).toEqual([]);
  });
});
