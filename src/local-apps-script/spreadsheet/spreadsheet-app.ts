// The `SpreadsheetApp` global handed to scripts: the bound spreadsheet, openById, the UI, the
// data validation builder and the enums. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
import type { RuntimeEnv } from '../env';
import { LocalDataValidationBuilder } from './data-validation';
import { BorderStyle, DataValidationCriteria, Dimension, ProtectionType, WrapStrategy } from './enums';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
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

export class LocalSpreadsheetApp implements Surface<App> {
  get [APPS_SCRIPT_CLASS]() { return 'Spreadsheet.SpreadsheetApp' as const; }
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;

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

  setActiveSheet(sheet: LocalSheet): LocalSheet {
    this.call('setActiveSheet', 'rpc');
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
