// The Apps Script entry points: every trigger, menu item and google.script.run target.
// build.mjs turns each export into a top-level function declaration of dist/Code.js.
export function onOpen(): void {
  SpreadsheetApp.getUi().createMenu('Cabas').addToUi();
}
