// Shared helpers for the contract probes (plain Apps Script, no modules). Names end with `_` so
// that Apps Script keeps them private (not runnable from the editor or `clasp run`) and the probe
// discovery (`function probe_…`) never mistakes them for probes. Probes run in one execution in
// Google (Runner.js) and each in its own execution locally: every probe cleans up what it makes.

/** Fails with `what: expected …, got …` unless actual === expected (dates and arrays by value). */
function assertEqual_(actual, expected, what) {
  var a = describe_(actual);
  var e = describe_(expected);
  if (a !== e) throw new Error(what + ': expected ' + e + ', got ' + a);
}

/** Fails with `what` unless the condition holds. */
function assertTrue_(condition, what) {
  if (!condition) throw new Error(what);
}

/** Runs f, fails unless it throws; returns the message (checked to contain `part` when given). */
function assertThrows_(f, what, part) {
  var message = null;
  try {
    f();
  } catch (e) {
    message = String(e && e.message !== undefined ? e.message : e);
  }
  if (message === null) throw new Error(what + ': expected an error, none was thrown');
  if (part !== undefined && message.indexOf(part) < 0) throw new Error(what + ': expected a message containing "' + part + '", got "' + message + '"');
  return message;
}

/** A comparable text for a value: type-tagged, so 1 and '1' differ. */
function describe_(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'Date(' + value.toISOString() + ')';
  if (Array.isArray(value)) return '[' + value.map(describe_).join(', ') + ']';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return '{' + Object.keys(value).sort().map(function (k) { return k + ': ' + describe_(value[k]); }).join(', ') + '}';
  return typeof value + ' ' + String(value);
}

/**
 * Runs f(sheet) on a new empty sheet of the bound spreadsheet, then deletes the sheet, so probes
 * never see each other's cells (in Google they all run in one spreadsheet).
 */
function withSheet_(f) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.insertSheet('contract ' + Utilities.getUuid().slice(0, 8));
  try {
    return f(sheet, ss);
  } finally {
    ss.deleteSheet(sheet);
  }
}

/** Runs f(trigger list) and deletes every trigger the probe created, whatever happens. */
function withTriggers_(f) {
  var made = [];
  try {
    return f(made);
  } finally {
    made.forEach(function (t) { ScriptApp.deleteTrigger(t); });
  }
}

/** A new form for a probe. Forms cannot be deleted without Drive access: they are named to be found. */
function newForm_() {
  return FormApp.create('Cabas contract probe (safe to delete)');
}

/** Runs f with the bound spreadsheet in `locale` (display depends on it), then restores the locale. */
function inLocale_(locale, f) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var previous = ss.getSpreadsheetLocale();
  ss.setSpreadsheetLocale(locale);
  try {
    return f();
  } finally {
    ss.setSpreadsheetLocale(previous);
  }
}
