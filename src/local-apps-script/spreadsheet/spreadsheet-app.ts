// The `SpreadsheetApp` global handed to scripts: the bound spreadsheet, openById, the UI, the
// data validation builder and the enums. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
import type { RuntimeEnv } from '../env';
import { LocalDataValidationBuilder } from './data-validation';
import { BorderStyle, DataValidationCriteria, Dimension, ProtectionType, WrapStrategy } from './enums';
import { throwOnUnimplemented } from './not-implemented';
import type { LocalSheet } from './sheet';
import type { LocalSpreadsheet } from './spreadsheet';
import { LocalUi, type UiRecorder } from './ui';

/** What the app needs from the service that owns the spreadsheets. */
export interface SpreadsheetRegistry {
  active(): LocalSpreadsheet;
  byId(id: string): LocalSpreadsheet | undefined;
  readonly ui: UiRecorder;
}

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export interface LocalSpreadsheetApp extends App {}
export class LocalSpreadsheetApp implements App {
  readonly DataValidationCriteria = DataValidationCriteria as unknown as App['DataValidationCriteria'];
  readonly ProtectionType = ProtectionType as unknown as App['ProtectionType'];
  readonly BorderStyle = BorderStyle as unknown as App['BorderStyle'];
  readonly WrapStrategy = WrapStrategy as unknown as App['WrapStrategy'];
  readonly Dimension = Dimension as unknown as App['Dimension'];

  constructor(readonly env: RuntimeEnv, private readonly registry: SpreadsheetRegistry) {}

  private call(method: string, kind: 'lookup' | 'rpc' | 'local'): void {
    this.env.accounting.record('SpreadsheetApp', `SpreadsheetApp.${method}`, kind);
  }

  getActive(): LocalSpreadsheet { this.call('getActive', 'lookup'); return this.registry.active(); }
  getActiveSpreadsheet(): LocalSpreadsheet { this.call('getActiveSpreadsheet', 'lookup'); return this.registry.active(); }

  getActiveSheet(): LocalSheet {
    this.call('getActiveSheet', 'lookup');
    const ss = this.registry.active();
    return ss.activeSheet ?? ss.sheets[0];
  }

  setActiveSheet(target: GoogleAppsScript.Spreadsheet.Sheet): LocalSheet {
    this.call('setActiveSheet', 'rpc');
    const sheet = target as LocalSheet;
    sheet.spreadsheet.activeSheet = sheet;
    return sheet;
  }

  openById(id: string): LocalSpreadsheet {
    this.call('openById', 'lookup');
    const found = this.registry.byId(String(id));
    // What Apps Script throws for an id it cannot open.
    if (!found) throw this.env.realm.error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return found;
  }

  /** Writes are applied at once locally, so flush only costs its round trip. */
  flush(): void { this.call('flush', 'rpc'); }

  getUi(): LocalUi { this.call('getUi', 'lookup'); return new LocalUi(this.env, this.registry.ui); }

  newDataValidation(): LocalDataValidationBuilder {
    this.call('newDataValidation', 'local');
    return new LocalDataValidationBuilder(this.env);
  }
}
throwOnUnimplemented(LocalSpreadsheetApp, 'SpreadsheetApp');
