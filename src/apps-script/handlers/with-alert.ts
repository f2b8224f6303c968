// Message boxes for menu items: a result to acknowledge, or a coordinator's error instead of Apps Script's red banner.
import { CabasError } from '../adapters/cabas-error';

/** A message box with a title and an OK button. */
export function inform(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export function withAlert<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof CabasError) {
      SpreadsheetApp.getUi().alert(error.message);
      return undefined;
    }
    throw error;
  }
}
