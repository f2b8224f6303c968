// Native charts on a sheet: the builder a script gets from Sheet.newChart(), and the chart it
// builds, recorded so that tests and the offline export can see them. A chart is data about
// ranges, type, position and options: nothing is drawn here.
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
import type { RuntimeEnv } from '../env';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import type { LocalRange } from './range';

/** What a chart holds, as the host reads it. */
export interface ChartSnapshot {
  id: number;
  type: 'AREA' | 'BAR' | 'COLUMN' | 'LINE' | 'PIE';
  /** A1 notations of its ranges, in the order added. */
  ranges: string[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export class LocalEmbeddedChart implements Surface<GoogleAppsScript.Spreadsheet.EmbeddedChart> {
  get [APPS_SCRIPT_CLASS]() { return 'Spreadsheet.EmbeddedChart' as const; }
  constructor(readonly env: RuntimeEnv, readonly data: ChartSnapshot, readonly rangeList: LocalRange[]) {}

  private call(method: string): void {
    this.env.accounting.record('SpreadsheetApp', `EmbeddedChart.${method}`, 'local');
  }

  getChartId(): number { this.call('getChartId'); return this.data.id; }
  getRanges(): LocalRange[] { this.call('getRanges'); return [...this.rangeList]; }
  getOptions(): never { throw new Error('not implemented: EmbeddedChart.getOptions (read the host snapshot instead)'); }
}

// asColumnChart() and the like return a builder of another class in Apps Script, which has every
// member of EmbeddedChartBuilder plus its own setters: one fake stands for those it implements.
const CLASSES = ['Spreadsheet.EmbeddedChartBuilder', 'Spreadsheet.EmbeddedColumnChartBuilder', 'Spreadsheet.EmbeddedBarChartBuilder',
  'Spreadsheet.EmbeddedLineChartBuilder', 'Spreadsheet.EmbeddedPieChartBuilder', 'Spreadsheet.EmbeddedAreaChartBuilder'] as const;

export class LocalEmbeddedChartBuilder implements Surface<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder> {
  get [APPS_SCRIPT_CLASS]() { return CLASSES; }
  private type: ChartSnapshot['type'] | null = null;
  private readonly ranges: LocalRange[] = [];
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  private readonly options: Record<string, unknown> = {};

  constructor(readonly env: RuntimeEnv, private readonly nextId: () => number) {}

  private call(method: string): this {
    this.env.accounting.record('SpreadsheetApp', `EmbeddedChartBuilder.${method}`, 'local');
    return this;
  }

  addRange(range: LocalRange): this { this.ranges.push(range); return this.call('addRange'); }
  clearRanges(): this { this.ranges.length = 0; return this.call('clearRanges'); }
  getRanges(): LocalRange[] { this.call('getRanges'); return [...this.ranges]; }
  asColumnChart(): this { this.type = 'COLUMN'; return this.call('asColumnChart'); }
  asBarChart(): this { this.type = 'BAR'; return this.call('asBarChart'); }
  asLineChart(): this { this.type = 'LINE'; return this.call('asLineChart'); }
  asPieChart(): this { this.type = 'PIE'; return this.call('asPieChart'); }
  asAreaChart(): this { this.type = 'AREA'; return this.call('asAreaChart'); }
  setOption(option: string, value: unknown): this { this.options[String(option)] = value; return this.call('setOption'); }
  setTitle(title: string): this { this.options.title = String(title); return this.call('setTitle'); }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    if (![anchorRowPos, anchorColPos].every((n) => Number.isInteger(n) && n >= 1)) throw new Error(`Invalid argument: position (${anchorRowPos}, ${anchorColPos})`);
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX: Number(offsetX) || 0, offsetY: Number(offsetY) || 0 };
    return this.call('setPosition');
  }

  /** Apps Script refuses a chart with no type or no range when it is built. */
  build(): LocalEmbeddedChart {
    this.call('build');
    if (this.type === null) throw new Error('The chart type is not set: call asColumnChart(), asPieChart()… before build().');
    if (this.ranges.length === 0) throw new Error('A chart needs at least one range: call addRange() before build().');
    const data: ChartSnapshot = {
      id: this.nextId(), type: this.type, ranges: this.ranges.map((r) => r.a1()), position: { ...this.position }, options: { ...this.options },
    };
    return new LocalEmbeddedChart(this.env, data, [...this.ranges]);
  }
}
