// Random cycles with a coordinator's hands and a dying platform in them, property-based and seeded:
// between the members' answers, hand sorts of `Commandes` and of `Envois`' visible columns, renames
// and deletions of generated tabs, a contract tab renamed (or the Journal deleted) for the length
// of an answer then put back (« Installer ou mettre à jour » for a deleted one), `_cabas` deleted
// then « Réparer », « Effacer la mise en forme » on every generated tab, an execution killed at any
// call of whatever entry point runs next, and names from a hostile list (tab names, formulas, HTML,
// 50,000 characters) for tabs, comments and a producer. Invariant: nothing lost, duplicated, mixed
// or executed. `npm test` plays a few; `npm run test:reliability` (CABAS_RELIABILITY=full) 2,000
// (CABAS_FAULT_RUNS sets the number).
import fc from 'fast-check';
import { CabasDriver, TRIGGER_LATENESS_MS } from '../../src/cli/cabas-driver';
import { FORM_ITEM, STATE_TAB } from '../../src/core/cycle-state';
import { parseStatus } from '../../src/core/workbook/tables';
import { catalogue } from '../../src/core/i18n';
import { FULL_RELIABILITY } from './support/kill-points';
import { HOUR, MONCLAR, OPEN_AT, SEPTFONDS, failedExecutions, formulasIn, liveLines, tabRows, twoSitesSmallGroup } from './support/reliability-group';

const RUNS = Number(process.env.CABAS_FAULT_RUNS ?? (FULL_RELIABILITY ? 2000 : 3));
const SEED = Number(process.env.CABAS_PROPERTY_SEED ?? 20261210);
const DEADLINE = '01/12/2026 16:00';
const DEADLINE_MS = Date.parse('2026-12-01T16:00:00+01:00');
const STEP = 20 * 60 * 1000;
const REFS = ['LEG-TOM', 'LEG-PAN', 'HUI-NOI'] as const;
const PEOPLE = ['alice', 'bruno', 'chloe', 'david', 'emma'].map((n) => `${n}@example.org`);
const ORDER_EMPTY = catalogue('fr').ui.event.orderEmpty;
const NAMES = ['Alice Martin', 'Bruno Petit', 'Chloé Durand', 'David Moreau', 'Emma Laurent'];

/** Names nobody should type, and somebody will. */
const HOSTILE = [
  'Commandes', 'commandes', '_cabas', '▸ Récap', 'Paramètres', 'Envois ', "Feuille'1!", '[Tab]*?/\\:',
  '=1+1', '=HYPERLINK("http://x.example","clic")', '+33 6 12', '-2', '@here', "'=quote",
  '<script>alert(1)</script>', '<b onmouseover="x()">gras</b>', '&amp; &lt;',
  'x'.repeat(50_000),
];
const SHORT_HOSTILE = HOSTILE.filter((h) => h.length < 100 && h.trim() !== '');

type Quantities = Partial<Record<(typeof REFS)[number], string>>;
type Contract = 'Commandes' | 'Envois' | 'Journal' | 'Adhérents';
type Event =
  | { kind: 'submit'; who: number; quantities: Quantities; site: string; comment: string }
  | { kind: 'edit'; which: number; quantities: Quantities; site: string; comment: string }
  | { kind: 'sortOrders'; column: number; ascending: boolean }
  | { kind: 'sortOutbox'; column: number; ascending: boolean }
  | { kind: 'renameGenerated'; name: string }
  | { kind: 'deleteGenerated' }
  | { kind: 'clearFormats' }
  | { kind: 'renameContract'; tab: Contract; name: string; who: number; quantities: Quantities }
  | { kind: 'deleteJournal'; who: number; quantities: Quantities }
  | { kind: 'loseState'; who: number; quantities: Quantities }
  | { kind: 'kill'; call: number };

const quantities: fc.Arbitrary<Quantities> = fc.record({
  'LEG-TOM': fc.constantFrom('', '0', '0,5', '1', '2,5'),
  'LEG-PAN': fc.constantFrom('', '0', '1', '2', '3'),
  'HUI-NOI': fc.constantFrom('', '0', '1', '2', '4', '6'),
}, { requiredKeys: [] });
const site = fc.constantFrom(MONCLAR, SEPTFONDS);
const comment = fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) });
const who = fc.nat({ max: PEOPLE.length - 1 });
const event: fc.Arbitrary<Event> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('submit' as const), who, quantities, site, comment }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('edit' as const), which: fc.nat(), quantities, site, comment }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sortOrders' as const), column: fc.integer({ min: 1, max: 17 }), ascending: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sortOutbox' as const), column: fc.integer({ min: 1, max: 8 }), ascending: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('renameGenerated' as const), name: fc.constantFrom(...SHORT_HOSTILE) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteGenerated' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clearFormats' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('renameContract' as const), tab: fc.constantFrom<Contract>('Commandes', 'Envois', 'Journal', 'Adhérents'), name: fc.constantFrom(...SHORT_HOSTILE.filter((h) => !/^(Commandes|Envois|Journal|Adhérents|Paramètres|_cabas)$/i.test(h.trim()))), who, quantities }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteJournal' as const), who, quantities }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('loseState' as const), who, quantities }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('kill' as const), call: fc.integer({ min: 1, max: 40 }) }) },
);
const producerName = fc.constantFrom('Huilerie des Noyers', ...SHORT_HOSTILE);

interface Submitted { responseId: string; email: string; at: number; /** taken while a tab was away: must end applied, not only journaled */ during?: boolean }

/** The group with a producer named `producer`, installed, its cycle open until this evening. */
function group(producer: string): CabasDriver {
  const snapshot = twoSitesSmallGroup();
  for (const tab of ['Producteurs', 'Produits']) {
    const sheet = snapshot.sheets.find((s) => s.name === tab)!;
    for (const row of sheet.values) row.forEach((v, i) => { if (v === 'Huilerie des Noyers') row[i] = producer; });
  }
  const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: snapshot, mailQuota: 10_000 });
  driver.install(false);
  const opened = driver.open({ deadline: DEADLINE });
  if (!opened.ok) throw new Error(`the cycle did not open: ${JSON.stringify(opened)}`);
  return driver;
}

/** A coordinator's click: a kill armed for the next execution may land on it; she clicks again. */
function click<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!/killed/i.test(String((error as Error).message))) throw error;
    return run();
  }
}

const sheetNamed = (d: CabasDriver, name: string) => d.gas.spreadsheet().getSheetByName(name);
const generated = (d: CabasDriver) => d.gas.spreadsheet().getSheets().filter((s) => s.getName().startsWith('▸ '));

const totals = { runs: 0, submissions: 0, refusedByForm: 0, faults: 0, kills: 0, killsLanded: 0, repairs: 0, mails: 0, faultsByKind: {} as Record<string, number> };

/** Plays one cycle: the events, then the close and its sending. */
function play(producer: string, events: Event[]) {
  const driver = group(producer);
  const { formId, items } = driver.state(); // kept: `_cabas` may be lost on the way
  const submissions: Submitted[] = [];
  const responses: Submitted[] = [];
  // The Journal's rows as they were when the harness deleted it (a coordinator's version history keeps them).
  const deletedJournal: ReturnType<typeof tabRows> = [];
  let refusedByForm = 0;
  const answers = (q: Quantities, where: string, note = '') => ({
    ...Object.fromEntries(Object.entries(q).map(([ref, n]) => [String(items[ref]), n])),
    [String(items[FORM_ITEM.site])]: where, [String(items[FORM_ITEM.comment])]: note,
  });
  const answer = (run: () => Submitted) => {
    try {
      const s = run();
      submissions.push(s);
      return s;
    } catch (error) {
      if ((error as Error).name !== 'FormRefused') throw error;
      refusedByForm += 1;
      return null;
    }
  };
  const submit = (email: string, q: Quantities, where: string, note: string, at: number, during = false) => answer(() => {
    const s = { responseId: driver.gas.submitForm(formId, { email, answers: answers(q, where, note), at }).responseId, email, at, during };
    responses.push(s);
    return s;
  });
  events.forEach((e, i) => {
    // A lost state waits over an hourly retry before « Réparer »: later events follow it.
    const at = Math.max(OPEN_AT + (i + 1) * STEP, Math.ceil(driver.gas.clock.now()) + 2 * 60 * 1000);
    driver.gas.advanceTo(at - 60 * 1000);
    if (e.kind !== 'submit' && e.kind !== 'edit') {
      totals.faults += 1;
      totals.faultsByKind[e.kind] = (totals.faultsByKind[e.kind] ?? 0) + 1;
    }
    switch (e.kind) {
      case 'submit': submit(PEOPLE[e.who], e.quantities, e.site, e.comment, at); break;
      case 'edit': {
        if (responses.length === 0) break;
        const r = responses[e.which % responses.length];
        answer(() => { driver.gas.editResponse(r.responseId, answers(e.quantities, e.site, e.comment), at); return { ...r, at }; });
        break;
      }
      case 'sortOrders': {
        const sheet = sheetNamed(driver, 'Commandes')!;
        if (sheet.getLastRow() > 2) sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).sort({ column: e.column, ascending: e.ascending });
        break;
      }
      case 'sortOutbox': {
        // The visible columns only, as a coordinator selects them: the hidden content stays put.
        const sheet = sheetNamed(driver, 'Envois')!;
        if (sheet.getLastRow() > 2) sheet.getRange(2, 1, sheet.getLastRow() - 1, 8).sort({ column: e.column, ascending: e.ascending });
        break;
      }
      case 'renameGenerated': {
        // The name as Sheets takes it (no `[ ] * ? / \ :`), free: Sheets refuses a taken name, as a coordinator sees.
        const tab = generated(driver)[0];
        const name = e.name.replace(/[[\]*?/\\:]/g, '').slice(0, 90) || 'x';
        if (tab && !sheetNamed(driver, name)) tab.setName(name);
        break;
      }
      case 'deleteGenerated': {
        const tab = generated(driver)[0];
        if (tab) driver.gas.spreadsheet().deleteSheet(tab);
        break;
      }
      case 'clearFormats': for (const tab of generated(driver)) tab.getDataRange().clearFormat(); break;
      case 'renameContract': {
        const sheet = sheetNamed(driver, e.tab)!;
        const name = e.name.replace(/[[\]*?/\\:]/g, '').slice(0, 90) || 'x';
        if (sheetNamed(driver, name)) break;
        sheet.setName(name);
        submit(PEOPLE[e.who], e.quantities, MONCLAR, '', at, true);
        sheet.setName(e.tab); // put back: the answer taken meanwhile must not be lost
        break;
      }
      case 'deleteJournal': {
        deletedJournal.push(...tabRows(driver, 'Journal'));
        driver.gas.spreadsheet().deleteSheet(sheetNamed(driver, 'Journal')!);
        submit(PEOPLE[e.who], e.quantities, MONCLAR, '', at, true);
        click(() => driver.install(false)); // « Installer ou mettre à jour » makes it again
        break;
      }
      case 'loseState': {
        const state = sheetNamed(driver, STATE_TAB);
        if (!state || !sheetNamed(driver, 'Cycles')) break;
        driver.gas.spreadsheet().deleteSheet(state);
        submit(PEOPLE[e.who], e.quantities, MONCLAR, '', at, true);
        driver.gas.advanceBy(HOUR + 5 * 60 * 1000); // the hourly retry meets the lost state: the answer stays parked
        if (click(() => driver.run<{ ok: boolean }>('repairStateNow')).ok) totals.repairs += 1;
        break;
      }
      case 'kill': totals.kills += 1; driver.gas.accounting.killAtNthCall(e.call); break;
    }
  });
  // The close runs up to 15 minutes late, its sending a minute after and up to 15 minutes late too;
  // a killed close or sending resumes within the hour.
  driver.gas.advanceTo(DEADLINE_MS + 2 * TRIGGER_LATENESS_MS + 2 * 60 * 1000);
  driver.gas.accounting.killAtNthCall(null);
  driver.gas.advanceTo(DEADLINE_MS + 2 * HOUR);
  return { driver, submissions, refusedByForm, deletedJournal };
}

/** The failures Cabas may cause on purpose: a kill, a tab it says is missing or was renamed. */
const EXPECTED_FAILURE = /killed|introuvable|n'a plus de colonne|n’a plus de colonne|_cabas/;

function check(producer: string, events: Event[]): void {
  const { driver, submissions, refusedByForm, deletedJournal } = play(producer, events);
  totals.runs += 1;
  totals.submissions += submissions.length;
  totals.refusedByForm += refusedByForm;
  const killed = driver.gas.executions.filter((e) => /killed/.test(e.error ?? ''));
  totals.killsLanded += killed.length;
  totals.mails += driver.gas.mail.sent.length;

  // Executed: no cell of any tab became a formula.
  expect(formulasIn(driver.snapshot())).toEqual([]);
  // Failures are said, never silent surprises: only kills, and a missing tab named as such.
  expect(failedExecutions(driver).filter((f) => !EXPECTED_FAILURE.test(f))).toEqual([]);

  const outbox = tabRows(driver, 'Envois');
  const sent = driver.gas.mail.sent;
  // Duplicated: no e-mail left more often than it was queued (a row flagged after a kill never leaves again).
  const queued = new Map<string, number>();
  for (const r of outbox) queued.set(`${r['Destinataire']}|${r['Objet']}`, (queued.get(`${r['Destinataire']}|${r['Objet']}`) ?? 0) + 1);
  const left = new Map<string, number>();
  for (const m of sent) left.set(`${m.to}|${m.subject}`, (left.get(`${m.to}|${m.subject}`) ?? 0) + 1);
  for (const [key, n] of left) expect({ key, n: Math.min(n, queued.get(key) ?? 0) }).toEqual({ key, n });
  // Mixed: what a member receives names no other member.
  for (const m of sent) {
    const mine = PEOPLE.indexOf(m.to);
    if (mine < 0) continue;
    const others = NAMES.filter((n, i) => i !== mine && m.body.includes(n));
    expect({ to: m.to, subject: m.subject, others }).toEqual({ to: m.to, subject: m.subject, others: [] });
  }

  // Duplicated or mixed orders: each member's live lines are one answer's, one line per product.
  const lines = liveLines(driver);
  for (const email of PEOPLE) {
    const mine = lines.filter((l) => l['E-mail'] === email);
    expect({ email, answers: new Set(mine.map((l) => `${l['Réponse']}|${l['Horodatage']}`)).size <= 1 }).toEqual({ email, answers: true });
    expect({ email, refs: mine.length }).toEqual({ email, refs: new Set(mine.map((l) => l['Réf'])).size });
  }
  // Lost: a member whose latest answer was confirmed has its lines (or an order the stock emptied, journaled).
  // What Cabas journaled, the lines the harness deleted with the Journal included.
  const journal = [...deletedJournal, ...tabRows(driver, 'Journal')];
  for (const email of PEOPLE) {
    const latest = submissions.filter((s) => s.email === email).at(-1);
    if (!latest) continue;
    const confirmed = outbox.find((m) => m['Destinataire'] === email && String(m['Clé']).endsWith(`:${latest.at}`));
    if (!confirmed || parseStatus('emailKind', String(confirmed['Type'])) !== 'confirmation') continue;
    const kept = lines.some((l) => l['E-mail'] === email && l['Réponse'] === latest.responseId);
    // The Journal names no response (lines a coordinator reads): an order the stock emptied is its line for her, written once the answer was taken.
    const emptied = journal.some((j) => j['Qui'] === email && j['Événement'] === ORDER_EMPTY && new Date(j['Date'] as Date).getTime() >= latest.at);
    expect({ email, kept: kept || emptied }).toEqual({ email, kept: true });
  }
  // Every answer the form took is accounted for: an e-mail keyed on it, a Journal line, a later
  // answer of the same member that replaced it, or a run killed before it could write anything.
  const unaccounted = submissions.filter((s) => {
    const mailed = outbox.some((m) => m['Destinataire'] === s.email && new RegExp(`:${s.at}(:|$)`).test(String(m['Clé'])));
    // An answer taken while a tab was away is parked and applied once the tab is back: journaling it is not enough.
    const journaled = !s.during && journal.some((j) => String(j['Détail']).includes(s.responseId));
    const superseded = submissions.some((o) => o.email === s.email && o.at > s.at);
    return !mailed && !journaled && !superseded;
  });
  expect(unaccounted.length).toBeLessThanOrEqual(killed.filter((e) => e.name === 'onFormSubmitTrigger').length);
  // Conservation at the close: never more than ordered plus tolerance.
  for (const ref of REFS) {
    for (const l of lines.filter((x) => x['Réf'] === ref)) {
      expect(Number(l['Attribué'] || 0)).toBeLessThanOrEqual(Number(l['Quantité']) + Number(l['Tolérance'] || 0));
    }
  }
}

describe('random cycles with sorts, renames, deletions, cleared formats, kills and hostile names', () => {
  afterAll(() => {
    // The figures docs/reliability.md reports come from this line of a full run.
    console.log(`reliability: random faults ${JSON.stringify({ seed: SEED, ...totals })}`);
  });

  test('nothing is lost, duplicated, mixed or executed', () => {
    fc.assert(fc.property(producerName, fc.array(event, { minLength: 4, maxLength: 12 }), (producer, events) => {
      check(producer, events);
    }), { numRuns: RUNS, seed: SEED });
  });

  // Runs the random cycles once failed, kept as they shrank.
  test.each([
    {
      found: 'a kill armed for the next execution landed on « Installer ou mettre à jour »',
      producer: 'Huilerie des Noyers',
      events: [{ kind: 'kill', call: 12 }, { kind: 'sortOrders', column: 1, ascending: false }, { kind: 'renameGenerated', name: 'Commandes' }, { kind: 'deleteJournal', who: 0, quantities: {} }, { kind: 'edit', which: 0, quantities: {}, site: MONCLAR, comment: 'Commandes' }],
    },
    {
      found: 'the live ▸ Récap, deleted, made again by a submission killed before its mark: the close refused it as someone\'s',
      producer: 'Huilerie des Noyers',
      events: [{ kind: 'kill', call: 23 }, { kind: 'submit', who: 0, quantities: {}, site: MONCLAR, comment: '' }, { kind: 'deleteGenerated' }, { kind: 'submit', who: 0, quantities: {}, site: MONCLAR, comment: '' }, { kind: 'submit', who: 0, quantities: {}, site: MONCLAR, comment: 'Commandes' }],
    },
    {
      found: 'an answer half-written while Envois was renamed, then _cabas lost: « Réparer » took its lines as her order, and its confirmation never left',
      producer: 'Huilerie des Noyers',
      events: [{ kind: 'renameContract', tab: 'Envois', name: '&amp; &lt;', who: 0, quantities: { 'HUI-NOI': '1' } }, { kind: 'loseState', who: 1, quantities: {} }, { kind: 'kill', call: 1 }, { kind: 'renameGenerated', name: 'Commandes' }],
    },
    {
      found: 'a generated tab renamed twice to one hostile name: the second rename (the test\'s own hands) met the first tab, named alike once cleaned of « / : », and Sheets refused it',
      producer: 'Huilerie des Noyers',
      events: [{ kind: 'renameGenerated', name: '=HYPERLINK("http://x.example","clic")' }, { kind: 'submit', who: 0, quantities: {}, site: MONCLAR, comment: '' }, { kind: 'renameGenerated', name: '=HYPERLINK("http://x.example","clic")' }, { kind: 'deleteJournal', who: 0, quantities: {} }, { kind: 'edit', which: 0, quantities: {}, site: MONCLAR, comment: '' }, { kind: 'kill', call: 1 }, { kind: 'submit', who: 0, quantities: {}, site: MONCLAR, comment: '' }],
    },
    {
      found: 'an answer the stock emptied, taken while the Journal was deleted and replayed once it was back: read as lost (the Journal names no response since its lines became sentences)',
      producer: 'Huilerie des Noyers',
      events: [{ kind: 'submit', who: 0, quantities: { 'LEG-PAN': '2' }, site: MONCLAR, comment: '' }, { kind: 'sortOutbox', column: 1, ascending: false }, { kind: 'submit', who: 2, quantities: { 'LEG-PAN': '3' }, site: MONCLAR, comment: 'Commandes' }, { kind: 'deleteJournal', who: 1, quantities: { 'LEG-PAN': '1' } }, { kind: 'submit', who: 0, quantities: { 'LEG-PAN': '3' }, site: MONCLAR, comment: '' }],
    },
    {
      found: 'an answer the stock emptied (a stopped run counted ahead of it), journaled, then the Journal deleted by hand: its line went with it, and the answer read as lost',
      producer: 'Huilerie des Noyers',
      events: [{ kind: 'renameContract', tab: 'Commandes', name: '<b onmouseover="x()">gras</b>', who: 0, quantities: { 'LEG-PAN': '1' } }, { kind: 'submit', who: 2, quantities: {}, site: MONCLAR, comment: 'Commandes' }, { kind: 'edit', which: 652656519, quantities: { 'LEG-PAN': '3' }, site: MONCLAR, comment: '' }, { kind: 'renameContract', tab: 'Commandes', name: '&amp; &lt;', who: 1, quantities: { 'LEG-PAN': '1' } }, { kind: 'submit', who: 3, quantities: { 'LEG-PAN': '1' }, site: MONCLAR, comment: 'Commandes' }, { kind: 'deleteJournal', who: 0, quantities: {} }, { kind: 'clearFormats' }, { kind: 'kill', call: 1 }],
    },
  ] as { found: string; producer: string; events: Event[] }[])('once failed: $found', ({ producer, events }) => {
    check(producer, events);
  });

  test('the deadline is far enough for every generated event to land before it', () => {
    // Twelve events, two of them a lost state waiting an hour.
    expect(OPEN_AT + 13 * STEP + 2 * HOUR).toBeLessThan(DEADLINE_MS);
  });
});

