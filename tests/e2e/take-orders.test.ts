// Issue: open a cycle and take members' orders through the Form — end to end on dist/Code.js.
import { CabasDriver } from '../../src/cli/cabas-driver';
import { CLOSED_BY, DEADLINE, DEADLINE_MS, OPEN_AT, PICKUP, SENDING_DELAY, SENT_BY, twoSitesSmallGroup } from './fixtures/two-sites-small-group';

const HOUR = 3600 * 1000;

function group(): CabasDriver {
  const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup() });
  driver.install(false);
  const opened = driver.open({ deadline: DEADLINE, pickup: PICKUP });
  expect(opened).toMatchObject({ ok: true, cycleId: '2026-12-12' });
  return driver;
}

const MONCLAR = 'Monclar-de-Quercy';
const SEPTFONDS = 'Septfonds';

describe('taking orders through the form', () => {
  let driver: CabasDriver;
  let responses: Record<string, string>;

  beforeAll(() => {
    driver = group();
    responses = {};
    const at = (h: number) => OPEN_AT + h * HOUR;
    responses.alice = driver.submit('alice@example.org', { 'LEG-TOM': 2, 'HUI-NOI': 2 }, { site: MONCLAR, tolerance: 3, at: at(1) });
    responses.bruno = driver.submit('bruno@example.org', { 'LEG-PAN': 3 }, { site: MONCLAR, at: at(2) });
    driver.edit(responses.alice, { 'LEG-TOM': '1,5', 'HUI-NOI': 2 }, { site: MONCLAR, tolerance: 3, at: at(3) });
    driver.edit(responses.alice, { 'LEG-TOM': '1,5', 'HUI-NOI': 3 }, { site: MONCLAR, tolerance: 3, at: at(4) });
    responses.chloe = driver.submit('chloe@example.org', { 'LEG-PAN': 3, 'HUI-NOI': 1 }, { site: SEPTFONDS, at: at(5) });
    responses.david1 = driver.submit('david@example.org', { 'HUI-NOI': 1 }, { site: SEPTFONDS, at: at(6) });
    responses.david2 = driver.submit('david@example.org', { 'HUI-NOI': 2, 'LEG-TOM': 1 }, { site: SEPTFONDS, at: at(7) });
    responses.zoe = driver.submit('zoe@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS, at: at(8) });
    responses.felix = driver.submit('felix@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: at(9) });
    responses.emma1 = driver.submit('emma@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS, at: at(10) });
    responses.emma2 = driver.submit('emma@example.org', {}, { site: SEPTFONDS, at: at(11) });
    driver.gas.fireBlankSubmit(driver.state().formId);
  });

  const lines = () => driver.rows('Commandes').map((r) => ({ email: r['E-mail'], ref: r['Réf'], quantity: r['Quantité'], status: r['Statut'], queue: r['Rang'] }));

  test('an edit through the edit link replaces the order and keeps the queue place', () => {
    expect(lines().filter((l) => l.email === 'alice@example.org')).toEqual([
      { email: 'alice@example.org', ref: 'LEG-TOM', quantity: 2, status: 'remplacé', queue: 1 },
      { email: 'alice@example.org', ref: 'HUI-NOI', quantity: 2, status: 'remplacé', queue: 1 },
      { email: 'alice@example.org', ref: 'LEG-TOM', quantity: 1.5, status: 'remplacé', queue: 1 },
      { email: 'alice@example.org', ref: 'HUI-NOI', quantity: 2, status: 'remplacé', queue: 1 },
      { email: 'alice@example.org', ref: 'LEG-TOM', quantity: 1.5, status: 'actif', queue: 1 },
      { email: 'alice@example.org', ref: 'HUI-NOI', quantity: 3, status: 'actif', queue: 1 },
    ]);
  });

  // Every submission taken takes a place (close/queue-units.ts): Alice's two edits took 3 and 4, Chloé 5, David 6.
  test('a fresh response replaces the earlier one and keeps the queue place of the first', () => {
    expect(lines().filter((l) => l.email === 'david@example.org')).toEqual([
      { email: 'david@example.org', ref: 'HUI-NOI', quantity: 1, status: 'remplacé', queue: 6 },
      { email: 'david@example.org', ref: 'LEG-TOM', quantity: 1, status: 'actif', queue: 6 },
      { email: 'david@example.org', ref: 'HUI-NOI', quantity: 2, status: 'actif', queue: 6 },
    ].sort((a, b) => (a.status === b.status ? 0 : a.status === 'remplacé' ? -1 : 1)));
  });

  test('caps to the stock left over the other members’ current orders, and says so', () => {
    expect(lines().filter((l) => l.ref === 'LEG-PAN')).toEqual([
      { email: 'bruno@example.org', ref: 'LEG-PAN', quantity: 3, status: 'actif', queue: 2 },
      { email: 'chloe@example.org', ref: 'LEG-PAN', quantity: 2, status: 'actif', queue: 5 },
    ]);
    const mail = driver.gas.mail.sent.find((m) => m.to === 'chloe@example.org')!;
    expect(mail.body).toMatch(/stock/i);
  });

  test('an empty order cancels the member’s order', () => {
    expect(lines().filter((l) => l.email === 'emma@example.org').map((l) => l.status)).toEqual(['remplacé']);
    expect(driver.gas.mail.sent.filter((m) => m.to === 'emma@example.org')).toHaveLength(2);
  });

  test('unknown and inactive members are rejected, journaled and told why', () => {
    expect(lines().some((l) => l.email === 'zoe@example.org' || l.email === 'felix@example.org')).toBe(false);
    const journal = driver.rows('Journal');
    expect(journal.filter((r) => r['Événement'] === 'Commande refusée').map((r) => r['Qui'])).toEqual(['zoe@example.org', 'felix@example.org']);
    for (const who of ['zoe@example.org', 'felix@example.org']) {
      const mail = driver.gas.mail.sent.filter((m) => m.to === who);
      expect(mail).toHaveLength(1);
      expect(mail[0].body).toContain('coordination@example.org');
    }
  });

  test('a blank duplicate firing leaves no trace', () => {
    const blank = driver.gas.executions.at(-1)!;
    expect(blank).toMatchObject({ name: 'onFormSubmitTrigger', trigger: 'form-submit' });
    expect(blank.error).toBeUndefined();
    expect(blank.counts.calls).toBe(0); // not even a read: nothing to judge, nothing written
  });

  test('every submission ends as order lines or as a journaled, e-mailed rejection', () => {
    const emails = ['alice', 'bruno', 'chloe', 'david', 'emma', 'zoe', 'felix'].map((n) => `${n}@example.org`);
    for (const email of emails) expect(driver.gas.mail.sent.some((m) => m.to === email)).toBe(true);
    const outbox = driver.rows('Envois');
    expect(outbox.every((r) => r['Statut'] === 'envoyé')).toBe(true);
    expect(outbox).toHaveLength(driver.gas.mail.sent.length);
  });

  test('the live Récap shows the case fill', () => {
    const recap = driver.sheet('▸ Récap').values.map((r) => r.join(' | '));
    // HUI-NOI: alice 3 + chloe 1 + david 2 = 6 of a case of 6.
    expect(recap.find((r) => r.includes('HUI-NOI'))).toMatch(/6 \/ 6/);
  });

  test('a submission costs at most 25 service calls (the same at any group size: see tests/cli/bench)', () => {
    const submits = driver.gas.executions.filter((e) => e.trigger === 'form-submit' && !e.error);
    const calls = submits.map((e) => e.counts.calls);
    expect(Math.max(...calls)).toBeLessThanOrEqual(25);
  });
});

describe('after the deadline', () => {
  test('a member whose answer arrives after the close is told by the closed form, and nothing is recorded', () => {
    const driver = group();
    driver.gas.advanceTo(DEADLINE_MS - 60 * 1000);
    const closesAt = driver.nextFiring('onDeadlineTrigger')!;
    expect(() => driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: closesAt + 60 * 1000 })).toThrow();
    expect(driver.rows('Commandes').filter((r) => r['E-mail'] === 'bruno@example.org')).toHaveLength(0);
  });
});

describe('two submissions at the same moment', () => {
  test('both are recorded, one after the other, under the script lock', () => {
    const driver = group();
    const at = OPEN_AT + HOUR;
    driver.gas.runConcurrently([
      () => driver.submit('alice@example.org', { 'LEG-PAN': 3 }, { site: MONCLAR, at }),
      () => driver.submit('bruno@example.org', { 'LEG-PAN': 3 }, { site: MONCLAR, at }),
    ]);
    // Who gets the lock first depends on how the executions interleave: the first served gets 3,
    // the other what is left of the stock (5).
    const pan = driver.rows('Commandes').filter((r) => r['Réf'] === 'LEG-PAN').map((r) => [r['E-mail'], r['Quantité']]);
    expect(pan.map(([email]) => email).sort()).toEqual(['alice@example.org', 'bruno@example.org']);
    expect(pan.map(([, quantity]) => quantity)).toEqual([3, 2]);
  });
});

describe('the reminder', () => {
  test('goes once, the day before the deadline, to the active members who have not ordered', () => {
    const driver = group();
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.advanceTo(DEADLINE_MS - 23 * HOUR);
    const reminded = driver.gas.mail.sent.filter((m) => m.to !== 'alice@example.org').map((m) => m.to).sort();
    expect(reminded).toEqual(['bruno@example.org', 'chloe@example.org', 'david@example.org', 'emma@example.org']);
    driver.gas.advanceTo(DEADLINE_MS - 60 * 1000);
    expect(driver.gas.mail.sent.filter((m) => m.to === 'bruno@example.org')).toHaveLength(1);
  });
});

describe('the next cycle', () => {
  test('updates the same form: questions keep their ids, withdrawn products lose theirs', () => {
    const driver = group();
    const first = driver.state();
    driver.gas.advanceTo(SENT_BY);
    expect(driver.run('archiveCycleNow')).toMatchObject({ ok: true });
    // The coordinator edits the products between cycles.
    const products = driver.gas.spreadsheet().getSheetByName('Produits')!;
    products.getRange('K2').setValue('non'); // LEG-TOM no longer available
    products.getRange('K5').setValue('oui'); // HUI-CER available again
    expect(driver.open({ deadline: '17/12/2026 20:00', pickup: '19/12/2026' })).toMatchObject({ ok: true, cycleId: '2026-12-19' });
    const second = driver.state();
    expect(second.formId).toBe(first.formId);
    expect(second.items['LEG-TOM']).toBeUndefined();
    expect(second.items['HUI-NOI']).toBe(first.items['HUI-NOI']);
    expect(second.items['#site']).toBe(first.items['#site']);
    expect(second.items['HUI-CER']).toBeDefined();
    const form = driver.gas.forms.form(second.formId)!;
    expect(form.getItems().map((i) => i.getId())).not.toContain(first.items['LEG-TOM']);
  });
});

describe('a household that joins during the cycle', () => {
  test('can order as soon as the coordinator adds it, at the cost of one search', () => {
    const driver = group();
    const members = driver.gas.spreadsheet().getSheetByName('Adhérents')!;
    members.appendRow(['  Gaelle@Example.org ', 'Gaëlle Roux', '06 00 00 00 00', 'Septfonds', 'oui', '']);
    driver.submit('gaelle@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS, at: OPEN_AT + HOUR });
    expect(driver.rows('Commandes').map((r) => [r['E-mail'], r['Adhérent']])).toEqual([['gaelle@example.org', 'Gaëlle Roux']]);
    const execution = driver.gas.executions.at(-1)!;
    // A known member's first order, for comparison: the newcomer costs one search of Adhérents more
    // (its reads, and the member kept in `_cabas` for the next time), the same at any group size.
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
    const known = driver.gas.executions.at(-1)!;
    expect(known.counts.calls).toBeLessThanOrEqual(25);
    expect(execution.counts.calls).toBeLessThanOrEqual(known.counts.calls + 4);
    expect(execution.counts.byMethod['TextFinder.findAll']).toBe(1);
    expect(execution.counts.cellsRead).toBeLessThan(200);
  });
});
