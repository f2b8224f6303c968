import { renderChartSvg } from '../../../src/cli/export/chart-svg';
import type { ChartSnapshot } from '../../../src/local-apps-script/spreadsheet/embedded-chart';
import type { SheetSnapshot } from '../../../src/local-apps-script/spreadsheet/snapshot';

const sheet = { values: [['Cycle', 'Foyers', 'Montant (€)'], ['2026-12-10', 3, 100.5], ['2026-12-24', 2, 45]] } as unknown as SheetSnapshot;
const chart = (type: ChartSnapshot['type'], ranges: string[]): ChartSnapshot => ({ id: 1, type, ranges, position: { row: 1, column: 9, offsetX: 0, offsetY: 0 }, options: { title: 'Bilan <test>' } });

describe('the review charts in index.html', () => {
  test('columns: one bar per series and category, with the values the sheet holds', () => {
    const svg = renderChartSvg(chart('COLUMN', ['A1:A3', 'B1:B3', 'C1:C3']), sheet);
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(4);
    for (const v of ['100.5', '>45<', '>3<', '>2<', '2026-12-10', 'Foyers', 'Montant (€)', 'Bilan &lt;test&gt;']) expect(svg).toContain(v);
  });

  test('pie: one slice per category, shares in the legend', () => {
    const svg = renderChartSvg(chart('PIE', ['A1:A3', 'C1:C3']), sheet);
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).toContain('2026-12-10 — 100.5 (69 %)');
    expect(svg).toContain('2026-12-24 — 45 (31 %)');
  });

  test('a chart whose ranges hold no data row draws nothing', () => {
    expect(renderChartSvg(chart('PIE', ['A1:A1', 'C1:C1']), sheet)).toBe('');
  });
});
