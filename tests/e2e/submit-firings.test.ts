// Form responses as Google gives them, and the extra firings Google delivers (duplicates, blank
// ones), end to end on dist/Code.js: unanswered text items read as '', an all-empty answer is a
// cancellation and never a blank firing, and no extra firing makes a second order, e-mail or
// Journal line. What is known and assumed of the firings: src/local-apps-script/forms/submit-firings.ts.
import { CabasDriver } from '../../src/cli/cabas-driver';
import type { SubmitFiringOptions } from '../../src/local-apps-script/forms/submit-firings';
import { DEADLINE, OPEN_AT, PICKUP, twoSitesSmallGroup } from './fixtures/two-sites-small-group';

const HOUR = 3600 * 1000;
const MONCLAR = 'Monclar-de-Quercy';
const SEPTFONDS = 'Septfonds';
const ACTIVE = ['alice', 'bruno', 'chloe', 'david', 'emma'].map((n) => `${n}@example.org`);

function group(submitFirings?: SubmitFiringOptions | false): CabasDriver {
  const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup(), submitFirings });
  driver.install(false);
  expect(driver.open({ deadline: DEADLINE, pickup: PICKUP })).toMatchObject({ ok: true });
  return driver;
}

const lines = (driver: CabasDriver) => driver.rows('Commandes').map((r) => [r['E-mail'], r['Réf'], r['Quantité'], r['Statut']]);
const journal = (driver: CabasDriver) => driver.rows('Journal').map((r) => [r['Événement'], r['Qui'], r['Détail']]);
const mails = (driver: CabasDriver) => driver.gas.mail.sent.map((m) => [m.to, m.subject, m.body]);
const submitExecutions = (driver: CabasDriver) => driver.gas.executions.filter((e) => e.trigger === 'form-submit');

describe('form responses as Google gives them', () => {
  test('an unanswered text item comes back as \'\', and Cabas reads it as no quantity', () => {
    const driver = group(false);
    const id = driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    const { formId, items } = driver.state();
    const stored = driver.gas.forms.form(formId).getResponse(id);
    const byId = new Map(stored.getItemResponses().map((ir) => [ir.getItem().getId(), ir.getResponse()]));
    expect([byId.get(items['LEG-TOM']), byId.get(items['HUI-NOI']), byId.get(items['#comment'])]).toEqual(['2', '', '']);
    expect(lines(driver)).toEqual([['alice@example.org', 'LEG-TOM', 2, 'actif']]);
  });

  test.each<{ name: string; firings: SubmitFiringOptions | false }>([
    { name: 'alone', firings: false },
    { name: 'followed by its duplicate and a blank firing', firings: { duplicateRate: 1, blankRate: 1 } },
  ])('an edit that empties every answer cancels the order, $name', ({ firings }) => {
    const driver = group(firings);
    const id = driver.submit('alice@example.org', { 'LEG-TOM': 2, 'HUI-NOI': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.edit(id, { 'LEG-TOM': '', 'HUI-NOI': '' }, { at: OPEN_AT + 2 * HOUR });
    expect(lines(driver).map((l) => l[3])).toEqual(['remplacé', 'remplacé']);
    // One line, in a sentence, without the response's internal id.
    expect(journal(driver).filter((j) => j[0] === 'Commande annulée')).toEqual([['Commande annulée', 'alice@example.org', expect.stringMatching(/sans aucune quantité/)]]);
    expect(JSON.stringify(journal(driver))).not.toContain(id);
    expect(driver.gas.mail.sent.filter((m) => m.to === 'alice@example.org').map((m) => m.subject)).toEqual([
      expect.stringMatching(/enregistrée/), expect.stringMatching(/annulée/),
    ]);
  });

  test('a blank firing is told from a cancellation even if it carried a member\'s e-mail', () => {
    const driver = group(false);
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    const before = { lines: lines(driver), mails: mails(driver).length, journal: journal(driver).length };
    driver.gas.fireBlankSubmit(driver.state().formId, { email: 'alice@example.org' });
    driver.gas.fireBlankSubmit(driver.state().formId);
    expect({ lines: lines(driver), mails: mails(driver).length, journal: journal(driver).length }).toEqual(before);
    expect(submitExecutions(driver).slice(-2).map((e) => [e.error, e.counts.calls])).toEqual([[undefined, expect.any(Number)], [undefined, 0]]);
  });
});

describe('under Google\'s extra firings at their default rates', () => {
  // Every active member orders, then changes their order seven times: forty deliveries.
  function story(driver: CabasDriver): void {
    const ids = new Map<string, string>();
    let at = OPEN_AT;
    for (let round = 0; round < 8; round += 1) {
      for (const [i, email] of ACTIVE.entries()) {
        at += HOUR;
        const quantities = { 'LEG-TOM': (round % 4) + 1, 'HUI-NOI': (i + round) % 3 };
        const site = i < 2 ? MONCLAR : SEPTFONDS;
        const id = ids.get(email);
        if (id) driver.edit(id, quantities, { site, at });
        else ids.set(email, driver.submit(email, quantities, { site, at }));
      }
    }
  }

  let calm: CabasDriver;
  let stormy: CabasDriver;
  beforeAll(() => {
    calm = group(false);
    story(calm);
    stormy = group();
    story(stormy);
  });

  test('they do happen: some duplicates and some blank firings', () => {
    expect(stormy.gas.submitFirings.delivered.duplicates).toBeGreaterThan(0);
    expect(stormy.gas.submitFirings.delivered.blanks).toBeGreaterThan(0);
    const extra = stormy.gas.submitFirings.delivered.duplicates + stormy.gas.submitFirings.delivered.blanks;
    expect(submitExecutions(stormy)).toHaveLength(submitExecutions(calm).length + extra);
    expect(submitExecutions(stormy).filter((e) => e.error)).toEqual([]);
  });

  test('each member has exactly one active order, the same as without them', () => {
    const active = lines(stormy).filter((l) => l[3] === 'actif');
    for (const email of ACTIVE) expect(new Set(active.filter((l) => l[0] === email).map((l) => l[1])).size).toBe(active.filter((l) => l[0] === email).length);
    expect(lines(stormy)).toEqual(lines(calm));
  });

  test('each submission and edit sends one e-mail, and the Journal has no extra line', () => {
    expect(mails(stormy)).toHaveLength(40);
    expect(mails(stormy)).toEqual(mails(calm));
    expect(journal(stormy)).toEqual(journal(calm));
  });
});
