// A submission killed at any of its service calls (issue 20, item 2): whatever call the execution
// dies at, the member ends with exactly her latest answer, counted once in the running totals,
// confirmed once, with nothing left parked. The firing parks the submission first; the hourly
// retry (or the member's next answer, or Google's duplicate firing) rolls back what the stopped run
// half-wrote and applies the answer again. Killed at its very first call, the run has written
// nothing at all: the member keeps her previous order and Google reports the failed execution.
// `npm test` kills at a sample of the calls; `npm run test:reliability` at every one.
import { CabasDriver } from '../../src/cli/cabas-driver';
import { killPoints } from './support/kill-points';
import { DEADLINE, HOUR, MONCLAR, OPEN_AT, PICKUP, failedExecutions, liveLines, tabRows, tabValues, twoSitesSmallGroup } from './support/reliability-group';

type Answers = Record<string, number>;
const ALICE = 'alice@example.org';

/** The group open, without Google's random extra firings (a scenario fires its own). */
function group(): CabasDriver {
  const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup(), mailQuota: 10_000, submitFirings: false });
  driver.install(false);
  expect(driver.open({ deadline: DEADLINE, pickup: PICKUP })).toMatchObject({ ok: true });
  driver.gas.advanceTo(OPEN_AT + HOUR);
  return driver;
}

interface Scenario {
  name: string;
  /** Everything before the submission that is killed; returns alice's response id, if any. */
  before: (d: CabasDriver) => string | null;
  /** The submission that is killed; returns its response id. */
  killed: (d: CabasDriver, id: string | null) => string;
  /** What happens right after the kill, if anything (a second answer, Google's duplicate firing). */
  after?: (d: CabasDriver, id: string) => void;
  /** Alice's order in the end, and (killed at the first call, before anything is written) before the killed submission. */
  latest: Answers;
  previous: Answers;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'a first answer',
    before: () => null,
    killed: (d) => d.submit(ALICE, { 'LEG-TOM': 1 }, { site: MONCLAR }),
    latest: { 'LEG-TOM': 1 },
    previous: {},
  },
  {
    name: 'an edit',
    before: (d) => { d.submit('bruno@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR }); return d.submit(ALICE, { 'LEG-TOM': 1, 'LEG-PAN': 1 }, { site: MONCLAR }); },
    killed: (d, id) => { d.edit(id!, { 'LEG-TOM': 2, 'LEG-PAN': 0, 'HUI-NOI': 1 }); return id!; },
    latest: { 'LEG-TOM': 2, 'HUI-NOI': 1 },
    previous: { 'LEG-TOM': 1, 'LEG-PAN': 1 },
  },
  {
    name: 'a resubmission',
    before: (d) => d.submit(ALICE, { 'LEG-TOM': 1, 'LEG-PAN': 1 }, { site: MONCLAR }),
    killed: (d) => d.submit(ALICE, { 'LEG-TOM': 3 }, { site: MONCLAR }),
    latest: { 'LEG-TOM': 3 },
    previous: { 'LEG-TOM': 1, 'LEG-PAN': 1 },
  },
  {
    name: 'a cancellation',
    before: (d) => d.submit(ALICE, { 'LEG-TOM': 1, 'LEG-PAN': 1 }, { site: MONCLAR }),
    killed: (d, id) => { d.edit(id!, { 'LEG-TOM': 0, 'LEG-PAN': 0 }); return id!; },
    latest: {},
    previous: { 'LEG-TOM': 1, 'LEG-PAN': 1 },
  },
  {
    name: 'a first answer, then answered again before the retry',
    before: () => null,
    killed: (d) => d.submit(ALICE, { 'LEG-TOM': 1 }, { site: MONCLAR }),
    after: (d) => { d.submit(ALICE, { 'LEG-PAN': 2 }, { site: MONCLAR }); },
    latest: { 'LEG-PAN': 2 },
    previous: { 'LEG-PAN': 2 },
  },
  {
    name: 'an edit, then fired again by Google',
    before: (d) => d.submit(ALICE, { 'LEG-TOM': 1, 'LEG-PAN': 1 }, { site: MONCLAR }),
    killed: (d, id) => { d.edit(id!, { 'LEG-TOM': 2, 'LEG-PAN': 0 }); return id!; },
    after: (d, id) => { d.gas.fireDuplicate(id); },
    latest: { 'LEG-TOM': 2 },
    previous: { 'LEG-TOM': 2 },
  },
];

/** Lets the earlier submissions settle, so that the kill lands on the submission itself. */
function settle(d: CabasDriver, id: string | null): string | null {
  d.gas.advanceBy(HOUR);
  return id;
}

/**
 * The killed submission's calls when nothing kills it, the first one that writes to the workbook
 * (the totals, with the submission in flight) and the one that records the member's order (the
 * last write before the live recap's formats).
 */
function callsOf(s: Scenario): { calls: number; firstWrite: number; commit: number } {
  const d = group();
  const id = settle(d, s.before(d));
  const methods: string[] = [];
  d.gas.accounting.onServiceCall = (m) => methods.push(m);
  s.killed(d, id);
  d.gas.accounting.onServiceCall = null;
  return {
    calls: methods.length,
    firstWrite: methods.findIndex((m) => /\.set/.test(m) && !m.startsWith('Properties')) + 1,
    commit: methods.lastIndexOf('Range.setNumberFormats'),
  };
}

/** The state left by a run stopped between its first write (the totals, with alice's submission in flight) and its last (her order). */
function stoppedHalfWay(d: CabasDriver): boolean {
  const state = tabValues(d, '_cabas');
  const inFlight = (JSON.parse(String(state[2][1])) as { inFlight?: { email: string; responseId: string; submittedAt: number } }).inFlight;
  const cell = state.find((r) => r[0] === `m:${ALICE}`)?.[2];
  const order = cell ? (JSON.parse(String(cell)) as { responseId: string; submittedAt: number }) : null;
  return inFlight?.email === ALICE && !(order?.responseId === inFlight.responseId && order.submittedAt === inFlight.submittedAt);
}

/** Alice's live lines as ref → quantity. */
function aliceOrder(d: CabasDriver): Answers {
  return Object.fromEntries(liveLines(d).filter((r) => r['E-mail'] === ALICE).map((r) => [String(r['Réf']), Number(r['Quantité'])]));
}

/** The running totals in `_cabas` agree with the live lines: every quantity counted once. */
function expectCountersAgree(d: CabasDriver): void {
  const counters = JSON.parse(String(tabValues(d, '_cabas')[2][1])) as { ordered: Record<string, { quantity: number }>; households: number };
  const lines = liveLines(d);
  const totals: Record<string, number> = {};
  for (const l of lines) totals[String(l['Réf'])] = (totals[String(l['Réf'])] ?? 0) + Number(l['Quantité']);
  const counted = Object.fromEntries(Object.entries(counters.ordered).filter(([, o]) => o.quantity > 0).map(([ref, o]) => [ref, o.quantity]));
  expect({ counted, households: counters.households }).toEqual({ counted: totals, households: new Set(lines.map((l) => l['E-mail'])).size });
}

/** No e-mail queued twice, none sent twice, and alice's latest answer answered (sent, or flagged for the coordinator if it may have left). */
function expectMailOnce(d: CabasDriver, latestKeyPart: string | null): void {
  const rows = tabRows(d, 'Envois');
  const keys = rows.map((r) => String(r['Clé']));
  expect(keys.length).toBe(new Set(keys).size);
  const alices = rows.filter((r) => r['Destinataire'] === ALICE);
  expect(d.gas.mail.sent.filter((m) => m.to === ALICE).length).toBeLessThanOrEqual(alices.length);
  if (latestKeyPart === null) return;
  const latest = alices.filter((r) => String(r['Clé']).includes(latestKeyPart)).pop();
  expect(latest?.['Statut']).toMatch(/^(envoyé|échec)$/);
}

describe.each(SCENARIOS)('$name, killed at any call', (scenario) => {
  const { calls, firstWrite, commit } = callsOf(scenario);

  test('makes enough calls for the kills to matter', () => {
    expect(calls).toBeGreaterThan(20);
    expect(firstWrite).toBeGreaterThan(2);
  });

  test.each(killPoints(calls))('at call $n: alice ends with exactly her latest answer, counted and confirmed once', ({ n }) => {
    const d = group();
    const id = settle(d, scenario.before(d));
    d.gas.accounting.killAtNthCall(n);
    const killedId = scenario.killed(d, id);
    d.gas.accounting.killAtNthCall(null);
    expect(d.gas.executions.filter((e) => /killed/.test(e.error ?? ''))).toHaveLength(1);
    const marked = stoppedHalfWay(d);
    scenario.after?.(d, killedId);
    d.gas.advanceBy(3 * HOUR); // the hourly retry, then the hourly sending run that flags an e-mail left `en cours`

    expect(aliceOrder(d)).toEqual(n === 1 ? scenario.previous : scenario.latest);
    expectCountersAgree(d);
    expect(Object.keys(d.gas.properties.service.getScriptProperties().getProperties()).filter((k) => k.startsWith('cabas.pending.'))).toEqual([]);
    // The failures are the kill alone: the retry itself went through.
    expect(failedExecutions(d).filter((f) => !/killed/.test(f))).toEqual([]);
    expectMailOnce(d, scenario.after ? '' : n === 1 ? null : killedId);
    // A run stopped between its first write and its last is undone, and the Journal says so.
    expect(marked).toBe(n > firstWrite && n <= commit);
    const resumed = tabRows(d, 'Journal').filter((r) => /Réponse reprise/.test(String(r['Événement'])) && r['Qui'] === ALICE);
    expect(resumed.length > 0).toBe(marked);
  });
});

describe('the close applies what is still parked', () => {
  test('a first answer killed half-way, then the close before any retry: her order is allocated and confirmed', () => {
    const d = group();
    d.gas.accounting.killAtNthCall(13); // after its lines are appended, before its order is recorded
    d.submit(ALICE, { 'LEG-TOM': 1 }, { site: MONCLAR });
    d.gas.accounting.killAtNthCall(null);
    d.run('closeCycleNow');
    expect(tabRows(d, 'Commandes').filter((r) => r['E-mail'] === ALICE && r['Statut'] !== 'remplacé').map((r) => [r['Réf'], r['Quantité'], r['Attribué']]))
      .toEqual([['LEG-TOM', 1, 1]]);
    expect(tabRows(d, 'Envois').filter((r) => r['Destinataire'] === ALICE).map((r) => String(r['Clé']).split(':')[0])).toEqual(['confirmation', 'member-summary']);
    expect(failedExecutions(d).filter((f) => !/killed/.test(f))).toEqual([]);
  });
});
