// Issue 21: an increase takes its place in the queue when it is made. A household orders 1 bottle
// on Tuesday, others order on Wednesday and Thursday, it raises to 12 on Friday: when a case is
// cut, the units it added on Friday wait behind the others' orders. End to end on dist/Code.js.
import { CabasDriver } from '../../src/cli/cabas-driver';
import { frenchTypography as fr } from '../../src/core/i18n/typography';
import { DEADLINE, OPEN_AT, PICKUP, SENT_BY, twoSitesSmallGroup } from './fixtures/two-sites-small-group';

const DAY = 24 * 3600 * 1000;
const MONCLAR = 'Monclar-de-Quercy';
const SEPTFONDS = 'Septfonds';

function closedAfterALateRaise(): CabasDriver {
  const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup() });
  driver.install(false);
  expect(driver.open({ deadline: DEADLINE, pickup: PICKUP })).toMatchObject({ ok: true });
  const alice = driver.submit('alice@example.org', { 'HUI-NOI': 1 }, { site: MONCLAR, at: OPEN_AT + 3600 * 1000 }); // Tuesday
  driver.submit('bruno@example.org', { 'HUI-NOI': 3 }, { site: MONCLAR, at: OPEN_AT + DAY }); // Wednesday
  driver.submit('chloe@example.org', { 'HUI-NOI': 2 }, { site: SEPTFONDS, at: OPEN_AT + 2 * DAY }); // Thursday
  driver.edit(alice, { 'HUI-NOI': 12 }, { at: OPEN_AT + 3 * DAY }); // Friday: 1 + 3 + 2 + 11 = 17 bottles, cases of 6
  driver.gas.advanceTo(SENT_BY);
  return driver;
}

describe('a household that raises its order late (cases of 6, no tolerance)', () => {
  let driver: CabasDriver;
  beforeAll(() => {
    driver = closedAfterALateRaise();
  });
  const mails = (to: string) => driver.gas.mail.sent.filter((m) => m.to === to);

  test('is the one cut: two cases, the others’ earlier orders served whole', () => {
    const lines = driver.rows('Commandes').filter((r) => r['Réf'] === 'HUI-NOI' && r['Statut'] !== 'remplacé');
    expect(Object.fromEntries(lines.map((r) => [String(r['E-mail']).split('@')[0], [r['Quantité'], r['Attribué']]]))).toEqual({
      alice: [12, 7], bruno: [3, 3], chloe: [2, 2],
    });
  });

  test('its edit’s confirmation says the added units come after earlier orders if a case has to be cut', () => {
    const [first, edit] = mails('alice@example.org').filter((m) => /votre commande est enregistrée/i.test(m.subject)).map((m) => m.body);
    expect(first).not.toContain('passent après les commandes déjà reçues');
    expect(edit).toContain(fr('Les unités que vous ajoutez aux produits vendus au colis passent après les commandes déjà reçues : si un colis ne peut pas être complété, ce sont elles qui seront retirées en premier.'));
    expect(edit).toContain(fr('Huile de noix : +11'));
  });

  test('its final summary says why: the case was not completed, and its added units came after the others', () => {
    const summary = mails('alice@example.org').find((m) => /votre commande définitive/i.test(m.subject))!.body;
    expect(summary).toContain(fr('Huile de noix : 7 bouteilles au lieu de 12 bouteilles, car le colis n’a pas pu être complété. Les unités ajoutées en modifiant votre commande passent après les commandes reçues avant cette modification : ce sont elles qui ont été retirées en premier.'));
  });

  test('the households who ordered before the raise see no change', () => {
    for (const who of ['bruno', 'chloe']) {
      const summary = mails(`${who}@example.org`).find((m) => /votre commande définitive/i.test(m.subject))!.body;
      expect(summary).not.toContain('Ce qui a changé');
    }
  });

  test('the producer is asked for two cases', () => {
    const producerTab = driver.snapshot().sheets.find((s) => s.name.includes('Huilerie'))!;
    expect(producerTab.values.some((r) => r.includes('HUI-NOI') && r.includes(12))).toBe(true);
  });
});

describe('a cycle open while Cabas is upgraded to this rule', () => {
  test('orders recorded by the previous version keep working: their units wait at the member’s place', () => {
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup() });
    driver.install(false);
    expect(driver.open({ deadline: DEADLINE, pickup: PICKUP })).toMatchObject({ ok: true });
    const alice = driver.submit('alice@example.org', { 'HUI-NOI': 1 }, { site: MONCLAR, at: OPEN_AT + 3600 * 1000 });
    driver.submit('bruno@example.org', { 'HUI-NOI': 3 }, { site: MONCLAR, at: OPEN_AT + DAY });
    driver.edit(alice, { 'HUI-NOI': 2 }, { at: OPEN_AT + DAY + 3600 * 1000 });

    // `_cabas` as the previous version left it after these three submissions: Alice's 2 bottles all
    // at her first place (no `queued`), and only first submissions took a place (next: 3).
    const state = driver.gas.spreadsheet().getSheetByName('_cabas')!;
    const rows = state.getRange(4, 1, state.getLastRow() - 3, 3).getValues();
    let rewritten = 0;
    for (const row of rows) {
      if (typeof row[2] !== 'string' || !row[2].includes('"queued"')) continue;
      const order = JSON.parse(row[2]) as { lines: { ref: string; quantity: number; queued?: unknown }[] };
      row[2] = JSON.stringify({ ...order, lines: order.lines.map(({ ref, quantity }) => ({ ref, quantity })) });
      rewritten++;
    }
    expect(rewritten).toBe(1);
    state.getRange(4, 1, rows.length, 3).setValues(rows);
    const counters = JSON.parse(String(state.getRange(3, 2).getValue())) as { nextQueue: number };
    expect(counters.nextQueue).toBe(4);
    state.getRange(3, 2).setValue(JSON.stringify({ ...counters, nextQueue: 3 }));

    driver.submit('chloe@example.org', { 'HUI-NOI': 2 }, { site: SEPTFONDS, at: OPEN_AT + 2 * DAY });
    driver.edit(alice, { 'HUI-NOI': 12 }, { at: OPEN_AT + 3 * DAY });
    driver.gas.advanceTo(SENT_BY);
    // Alice's 2 bottles from before the upgrade, Bruno's 3, Chloé's 2, then 5 of the 10 Alice added.
    const lines = driver.rows('Commandes').filter((r) => r['Réf'] === 'HUI-NOI' && r['Statut'] !== 'remplacé');
    expect(Object.fromEntries(lines.map((r) => [String(r['E-mail']).split('@')[0], r['Attribué']]))).toEqual({ alice: 7, bruno: 3, chloe: 2 });
  });
});
