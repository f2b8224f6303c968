// Menu items show a coordinator's error as a message instead of Apps Script's red banner.
import { CabasError } from '../adapters/cabas-error';

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
