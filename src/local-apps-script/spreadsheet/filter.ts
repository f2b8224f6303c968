// A basic filter on a sheet. A filter only hides rows in the UI: values are unchanged, so it is
// recorded and nothing else. https://developers.google.com/apps-script/reference/spreadsheet/filter
import type { RuntimeEnv } from '../env';
import { throwOnUnimplemented } from './not-implemented';

export interface FilterHolder {
  filter: LocalFilter | null;
}

export interface LocalFilter extends GoogleAppsScript.Spreadsheet.Filter {}
export class LocalFilter implements GoogleAppsScript.Spreadsheet.Filter {
  constructor(readonly env: RuntimeEnv, private readonly holder: FilterHolder, private readonly range: GoogleAppsScript.Spreadsheet.Range) {}

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    this.env.accounting.record('SpreadsheetApp', 'Filter.getRange', 'rpc');
    return this.range;
  }

  remove(): void {
    this.env.accounting.record('SpreadsheetApp', 'Filter.remove', 'rpc');
    if (this.holder.filter === this) this.holder.filter = null;
  }
}
throwOnUnimplemented(LocalFilter, 'Filter');
