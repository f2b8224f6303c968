// Members Google documents that @types/google-apps-script (surface-table.ts) lacks, by interface:
// the script sees them as it sees the typings' members. Each names its reference page.
export const SURFACE_ADDITIONS: Readonly<Record<string, readonly string[]>> = {
  // The typings reuse the DOM's Console. These are the standard console's methods: the runtime models
  // those Apps Script documents (https://developers.google.com/apps-script/guides/logging) and answers
  // the others `not implemented`.
  'Base.console': ['assert', 'clear', 'count', 'countReset', 'debug', 'dir', 'dirxml', 'error', 'group', 'groupCollapsed', 'groupEnd', 'info', 'log', 'table', 'time', 'timeEnd', 'timeLog', 'trace', 'warn'],
  // https://developers.google.com/apps-script/reference/forms/form#getEmailCollectionType(),
  // .../form#setEmailCollectionType(EmailCollectionType), .../form#isPublished(), .../form#setPublished(Boolean)
  'Forms.Form': ['getEmailCollectionType', 'setEmailCollectionType', 'isPublished', 'setPublished'],
  // https://developers.google.com/apps-script/reference/forms/email-collection-type
  'Forms.FormApp': ['EmailCollectionType'],
};
