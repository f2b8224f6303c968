// RangeList: several ranges of one sheet acted on together (Sheet.getRangeList(['A1', 'B2'])).
// Each action is one round trip for all its ranges.
// https://developers.google.com/apps-script/reference/spreadsheet/range-list
import type { RuntimeEnv } from '../env';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import type { LocalRange } from './range';

export class LocalRangeList implements Surface<GoogleAppsScript.Spreadsheet.RangeList> {
  get [APPS_SCRIPT_CLASS]() { return 'Spreadsheet.RangeList' as const; }
  constructor(readonly env: RuntimeEnv, private readonly ranges: LocalRange[]) {}

  private each(method: string, f: (range: LocalRange) => void): this {
    const cells = this.ranges.reduce((n, r) => n + r.numRows * r.numColumns, 0);
    this.env.accounting.record('SpreadsheetApp', `RangeList.${method}`, 'write', { written: cells });
    // The ranges' own calls are part of this one round trip: account them as local.
    const accounting = this.env.accounting;
    const original = accounting.record.bind(accounting);
    accounting.record = (service, m) => original(service, m, 'local');
    try {
      this.ranges.forEach(f);
    } finally {
      // Back to the prototype's method (the override was an own property).
      delete (accounting as { record?: unknown }).record;
    }
    return this;
  }

  getRanges(): LocalRange[] {
    this.env.accounting.record('SpreadsheetApp', 'RangeList.getRanges', 'local');
    return [...this.ranges];
  }

  setValue(value: unknown): this { return this.each('setValue', (r) => r.setValue(value)); }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this { return this.each('clear', (r) => r.clear(options)); }
  clearContent(): this { return this.each('clearContent', (r) => r.clearContent()); }
  clearFormat(): this { return this.each('clearFormat', (r) => r.clearFormat()); }
  setFontWeight(fontWeight: string | null): this { return this.each('setFontWeight', (r) => r.setFontWeight(fontWeight)); }
  setBackground(color: string | null): this { return this.each('setBackground', (r) => r.setBackground(color)); }
  setNumberFormat(format: string): this { return this.each('setNumberFormat', (r) => r.setNumberFormat(format)); }
  setNote(note: string | null): this { return this.each('setNote', (r) => r.setNote(note)); }
  insertCheckboxes(): this { return this.each('insertCheckboxes', (r) => r.insertCheckboxes()); }
  removeCheckboxes(): this { return this.each('removeCheckboxes', (r) => r.removeCheckboxes()); }
}
