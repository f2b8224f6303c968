// Whether Cabas was installed in this very spreadsheet: a copy (of a template, or of a copy) keeps
// its bound script, and perhaps its script properties, but has a new id and none of the
// original's triggers, so it must be installed again by its new owner before anything else.
// Read from the simple `onOpen` too (AuthMode.LIMITED): the AuthMode reference's own example builds
// an onOpen menu from PropertiesService outside AuthMode.NONE
// (https://developers.google.com/apps-script/reference/script/auth-mode), and the bound
// spreadsheet's id is within `spreadsheets.currentonly`
// (https://developers.google.com/apps-script/guides/triggers#restrictions).

/** Script property: the id of the spreadsheet the last installation ran in. */
const PROPERTY_INSTALLED_FOR = 'cabas.installedFor';

/** True once « Installer » has run in this spreadsheet (not in the one it was copied from). */
export function installedHere(): boolean {
  const here = SpreadsheetApp.getActiveSpreadsheet().getId();
  return PropertiesService.getScriptProperties().getProperty(PROPERTY_INSTALLED_FOR) === here;
}

/** Records that this spreadsheet is installed (called by « Installer » once its tabs are complete). */
export function markInstalledHere(): void {
  PropertiesService.getScriptProperties().setProperty(PROPERTY_INSTALLED_FOR, SpreadsheetApp.getActiveSpreadsheet().getId());
}
