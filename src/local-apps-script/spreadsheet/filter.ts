// A basic filter on a sheet. A filter only hides rows in the UI: values are unchanged, so it is
// recorded and nothing else. https://developers.google.com/apps-script/reference/spreadsheet/filter
import type { RuntimeEnv } from '../env';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import type { LocalRange } from './range';

export interface FilterHolder {
  filter: LocalFilter | null;
}

export class LocalFilter implements Surface<GoogleAppsScript.Spreadsheet.Filter> {
  get [APPS_SCRIPT_CLASS]() { return 'Spreadsheet.Filter' as const; }
  constructor(readonly env: RuntimeEnv, private readonly holder: FilterHolder, private readonly range: LocalRange) {}

  getRange(): LocalRange {
    this.env.accounting.record('SpreadsheetApp', 'Filter.getRange', 'rpc');
    return this.range;
  }

  remove(): void {
    this.env.accounting.record('SpreadsheetApp', 'Filter.remove', 'rpc');
    if (this.holder.filter === this) this.holder.filter = null;
  }
}
