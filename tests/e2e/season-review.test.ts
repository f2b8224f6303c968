// Issue 18: « Faire le bilan » — the season's indicators, checked against the orders placed.
import { DAY, DEADLINE_MS, HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, failedExecutions, openGroup, tabRows, tabValues } from '../reliability/support/reliability-group';

describe('the review of two cycles', () => {
  const driver = openGroup();
  const first = driver.state().catalog.cycle.id;
  driver.submit('alice@example.org', { 'LEG-TOM': 2, 'HUI-NOI': 6 }, { site: MONCLAR, at: OPEN_AT + HOUR });
  driver.submit('bruno@example.org', { 'LEG-PAN': 1 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
  driver.submit('chloe@example.org', { 'LEG-TOM': '0,5' }, { site: SEPTFONDS, at: OPEN_AT + 3 * HOUR });
  driver.submit('inconnu@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS, at: OPEN_AT + 4 * HOUR }); // refused: unknown address
  driver.submit('david@example.org', { 'LEG-TOM': '-1' }, { site: SEPTFONDS, at: OPEN_AT + 5 * HOUR, formChecks: false }); // refused: quantity (a form without its checks, as a file)
  closeAndDeliver(driver);
  const second = driver.open({ deadline: '24/12/2026 20:00', pickup: '26/12/2026' }).cycleId!;
  driver.submit('alice@example.org', { 'LEG-PAN': 2 }, { site: MONCLAR, at: DEADLINE_MS + 5 * DAY });
  driver.submit('david@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS, at: DEADLINE_MS + 5 * DAY + HOUR });
  closeAndDeliver(driver, Date.parse('2026-12-24T20:00:00+01:00'));
  const result = driver.run<{ ok: boolean; cycles: number }>('reviewNow', { from: '', to: '' });
  const values = tabValues(driver, '▸ Bilan');
  const section = (heading: string) => {
    const at = values.findIndex((r) => r[0] === heading);
    const end = values.findIndex((r, i) => i > at + 1 && (r[0] === null || r[0] === ''));
    return values.slice(at + 2, end < 0 ? undefined : end);
  };

  test('covers both cycles, without an error', () => {
    expect(result).toMatchObject({ ok: true, cycles: 2 });
    expect(failedExecutions(driver)).toEqual([]);
  });

  test('households per cycle: new, returning, and the amount is the sum of the lines allocated', () => {
    const amount = (cycle: string) => Math.round(tabRows(driver, 'Commandes').filter((l) => l['Cycle'] === cycle && l['Statut'] === 'attribué')
      .reduce((s, l) => s + Number(l['Montant']) * 100, 0)) / 100;
    expect(section('Foyers et montants par cycle').map((r) => r.slice(0, 6))).toEqual([
      [first, 3, 3, 0, 0, amount(first)], [second, 2, 1, 1, 0, amount(second)],
    ]);
  });

  test('euros per producer over the period add up to the euros per cycle', () => {
    const perProducer = section('Montant par producteur sur la période').reduce((s, r) => s + Number(r[1]), 0);
    const perCycle = section('Foyers et montants par cycle').reduce((s, r) => s + Number(r[5]), 0);
    expect(Math.round(perProducer * 100)).toBe(Math.round(perCycle * 100));
  });

  test('what is still owed is what Soldes says', () => {
    const owed = values.find((r) => String(r[0]).startsWith('Paiements encore dus'))![1];
    const soldes = tabValues(driver, '▸ Soldes').find((r) => String(r[0]).startsWith('Total restant dû'))![4];
    expect(owed).toBe(soldes);
    expect(owed).toBeGreaterThan(0);
  });

  test('two native charts: households and euros per cycle, euros per producer, drawn once each time', () => {
    driver.run('reviewNow', { from: '', to: '' });
    const charts = driver.sheet('▸ Bilan').charts ?? [];
    expect(charts.map((c) => [c.type, c.ranges, c.options.title])).toEqual([
      ['COLUMN', ['A4:A6', 'B4:B6', 'F4:F6'], 'Foyers et montant (€) par cycle'],
      ['PIE', [expect.stringMatching(/^A\d+:A\d+$/), expect.stringMatching(/^B\d+:B\d+$/)], 'Montant par producteur (€)'],
    ]);
    const [first, last] = charts[1].ranges[1].slice(1).split(':B').map(Number);
    const producers = tabValues(driver, '▸ Bilan').slice(first - 1, last).map((r) => r[0]);
    expect(producers).toEqual(['Producteur', 'Ferme du Ruisseau', 'Huilerie des Noyers']);
  });

  test('refusals by reason, read back from the refusal e-mails Envois keeps', () => {
    expect(section('Réponses refusées, par motif')).toEqual([
      ['arrivée après la clôture', 0, null, null, null, null, null],
      ['adresse inconnue ou adhésion inactive', 1, null, null, null, null, null],
      ['quantité invalide', 1, null, null, null, null, null],
      ['autre motif (lieu de retrait…)', 0, null, null, null, null, null],
    ]);
  });

  test('« Exporter le bilan »: a CSV and a ▸ Bilan CSV tab with the group, every cycle and every indicator', () => {
    const exported = driver.run<{ ok: boolean; file: string; csv: string }>('exportReviewNow', {});
    expect(exported.file).toMatch(new RegExp(`^bilan-[a-z0-9-]+-${first}-${second}\\.csv$`));
    const rows = exported.csv.replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(';'));
    expect(rows[0]).toEqual(['Groupement', 'Du', 'Au', 'Cycle', 'Indicateur', 'Détail', 'Valeur', 'Libellé']);
    const value = (cycle: string, indicator: string, detail = '') => rows.find((r) => r[3] === cycle && r[4] === indicator && r[5] === detail)?.[6];
    const bilan = section('Foyers et montants par cycle');
    for (const [cycle, households, , , , amount] of bilan) {
      expect(value(String(cycle), 'households')).toBe(String(households));
      expect(value(String(cycle), 'amount-eur')).toBe(String(amount).replace('.', ','));
    }
    expect(value('', 'refusals', 'address')).toBe('1');
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set([rows[1][0]]));
    expect(tabValues(driver, '▸ Bilan CSV')).toHaveLength(rows.length);
  });

  test('the menu item offers that CSV as a download link in a dialog', () => {
    for (const answer of ['', '']) driver.gas.ui.queuePrompt(answer);
    driver.gas.runMenu('menuExportReview');
    const html = driver.gas.ui.dialogs.at(-1)!.html;
    const link = /href="data:text\/csv;charset=utf-8;base64,([^"]+)" download="([^"]+)"/.exec(html)!;
    const exported = driver.run<{ file: string; csv: string }>('exportReviewNow', {});
    expect(link[2]).toBe(exported.file);
    expect(Buffer.from(link[1], 'base64').toString('utf8')).toBe(exported.csv);
  });

  test('a period of one cycle leaves the other out', () => {
    expect(driver.run('reviewNow', { from: second, to: second })).toMatchObject({ cycles: 1 });
  });
});
