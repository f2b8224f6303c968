// Submissions parked in script properties while the lock was busy: a damaged one (cut, or edited
// by hand in the project's settings) fails alone, with a Journal line that keeps its text.
import { FORM_ITEM } from '../../src/core/cycle-state';
import { failedExecutions, HOUR, liveLines, MONCLAR, OPEN_AT, openGroup, tabRows } from './support/reliability-group';

const PREFIX = 'cabas.pending.';

describe('a damaged parked submission', () => {
  test.each([
    { what: 'cut short', text: '{"responseId":"r-bad","submittedAt":1' },
    { what: 'without its answers', text: '{"responseId":"r-bad","submittedAt":1,"email":"bruno@example.org","editUrl":""}' },
    { what: 'not JSON', text: 'bonjour' },
  ])('$what is journaled and every other parked submission is still taken', ({ text }) => {
    const driver = openGroup();
    const { catalog, items } = driver.state();
    const product = catalog.products.find((p) => p.stock === null && p.caseSize === null)!;
    const good = (email: string, at: number) => JSON.stringify({
      responseId: `r-${email}`, submittedAt: at, email, editUrl: '',
      answers: { [String(items[product.ref])]: '1', [String(items[FORM_ITEM.site])]: MONCLAR },
    });
    const properties = driver.gas.properties.service.getScriptProperties();
    properties.setProperty(`${PREFIX}r-alice.1`, good('alice@example.org', OPEN_AT + HOUR));
    properties.setProperty(`${PREFIX}r-bad.2`, text);
    properties.setProperty(`${PREFIX}r-chloe.3`, good('chloe@example.org', OPEN_AT + 2 * HOUR));
    driver.gas.advanceTo(OPEN_AT + 3 * HOUR);

    driver.run('onPendingSubmissionsTrigger');

    expect(liveLines(driver).map((l) => l['E-mail']).sort()).toEqual(['alice@example.org', 'chloe@example.org']);
    expect(tabRows(driver, 'Journal').filter((r) => String(r['Détail']).includes(text))).toHaveLength(1);
    expect(Object.keys(properties.getProperties()).filter((k) => k.startsWith(PREFIX))).toEqual([]);
    expect(failedExecutions(driver)).toEqual([]);
  });
});

// Issue 20, item 3: a submission parked whole in a property failed over 9 KB ("Argument too
// large") and was lost. It is parked by ids now and read again from the form when replayed.
describe('a submission parked while the lock is busy, whatever its size', () => {
  test.each([
    { what: 'a 10,000-character comment', comment: 'x'.repeat(9_990) + ' fin.' },
    { what: '4,700 "é"', comment: 'é'.repeat(4_700) },
  ])('$what: its line keeps the whole comment, and the member is confirmed once', ({ comment }) => {
    const driver = openGroup();
    driver.gas.advanceTo(OPEN_AT + HOUR);
    driver.gas.locks.holdScriptLockUntil(OPEN_AT + HOUR + 10 * 60 * 1000);
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, comment });
    expect(liveLines(driver)).toHaveLength(0);
    const parked = Object.entries(driver.gas.properties.service.getScriptProperties().getProperties()).filter(([k]) => k.startsWith(PREFIX)).map(([, v]) => v);
    expect(parked).toHaveLength(1);
    expect(Math.max(...parked.map((p) => p.length))).toBeLessThan(200);

    driver.gas.advanceBy(HOUR);

    expect(liveLines(driver).map((l) => [l['E-mail'], l['Commentaire']])).toEqual([['alice@example.org', comment]]);
    expect(driver.gas.mail.sent.filter((m) => m.to === 'alice@example.org')).toHaveLength(1);
    expect(Object.keys(driver.gas.properties.service.getScriptProperties().getProperties()).filter((k) => k.startsWith(PREFIX))).toEqual([]);
    expect(failedExecutions(driver)).toEqual([]);
  });
});

// The hourly retry runs every hour of an open cycle, and counts against the day's trigger runtime:
// with nothing parked it looks (one call) and stops, without taking the script lock.
describe('the hourly retry with nothing parked', () => {
  test('reads the script properties once and takes no lock', () => {
    const driver = openGroup();
    driver.gas.advanceTo(OPEN_AT + HOUR);
    const before = driver.gas.executions.length;
    driver.run('onRetrySubmissionsTrigger');
    const [run] = driver.gas.executions.slice(before);
    expect({ error: run.error, byMethod: run.counts.byMethod }).toEqual({ error: undefined, byMethod: { 'Properties.getProperties': 1 } });
  });
});
