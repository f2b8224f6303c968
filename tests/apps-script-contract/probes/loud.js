// Contract probes for item 6 of issue 13 ("loud where not faithful"): formula cells read back
// their computed value, strings written by setValues are read as typed input, the enums the
// runtime defines answer their names, and Logger keeps what it is given. Plain Apps Script: each
// probe_loud_* function throws an Error when Google (or the local runtime) behaves otherwise.
// Helpers are named loud*_ so that they do not collide with other probe files in one project.

/** A fresh scratch sheet of the bound spreadsheet, handed to `body` and deleted afterwards. */
function loudWithSheet_(body) {
  var ss = SpreadsheetApp.getActive();
  var sheet = ss.insertSheet('loud probe ' + new Date().getTime() + ' ' + Math.floor(Math.random() * 1e6));
  try {
    return body(sheet, ss);
  } finally {
    ss.deleteSheet(sheet);
  }
}

function loudExpect_(what, actual, expected) {
  if (actual !== expected) {
    throw new Error(what + ': expected ' + JSON.stringify(expected) + ', got ' + JSON.stringify(actual));
  }
}

/** What one formula reads as, next to the numbers 1, 2, 3 in A1:A3. */
function loudFormulaValue_(formula) {
  return loudWithSheet_(function (sheet) {
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula(formula);
    return sheet.getRange('B1').getValue();
  });
}

// https://developers.google.com/apps-script/reference/spreadsheet/range#getvalue
// (a formula cell's value is its result; operators: the "Operator" category of https://support.google.com/docs/table/25273)
function probe_loud_formula_arithmetic_reads_its_result() {
  loudExpect_('=(1+2)*3-2^2', loudFormulaValue_('=(1+2)*3-2^2'), 5);
}

// https://developers.google.com/apps-script/reference/spreadsheet/range#setformulaformula
// (English function names and ',' between arguments, whatever the spreadsheet's locale)
function probe_loud_formula_sum_takes_english_names_and_commas() {
  loudExpect_('=SUM(A1:A3, 4)', loudFormulaValue_('=SUM(A1:A3, 4)'), 10);
}

// https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalue
function probe_loud_formula_display_value_is_the_formatted_result() {
  loudWithSheet_(function (sheet) {
    sheet.getRange('A1:A3').setValues([[1], [2], [4]]);
    sheet.getRange('B1').setFormula('=AVERAGE(A1:A3)').setNumberFormat('0.00');
    var decimal = /^fr/.test(SpreadsheetApp.getActive().getSpreadsheetLocale()) ? ',' : '.';
    loudExpect_('AVERAGE shown with 0.00', sheet.getRange('B1').getDisplayValue(), '2' + decimal + '33');
  });
}

// https://developers.google.com/apps-script/reference/spreadsheet/range#getvalue (function list:
// https://support.google.com/docs/table/25273)
function probe_loud_formula_counts_min_max_round() {
  loudExpect_('COUNTA', loudFormulaValue_('=COUNTA(A1:A3, "x")'), 4);
  loudExpect_('COUNT', loudFormulaValue_('=COUNT(A1:A3)'), 3);
  loudExpect_('MIN', loudFormulaValue_('=MIN(A1:A3)'), 1);
  loudExpect_('MAX', loudFormulaValue_('=MAX(A1:A3)'), 3);
  loudExpect_('ROUND', loudFormulaValue_('=ROUND(2.345, 2)'), 2.35);
}

// https://support.google.com/docs/answer/3093364 (IF) and https://support.google.com/docs/answer/3094123 (CONCATENATE)
function probe_loud_formula_if_and_text() {
  loudExpect_('IF and &', loudFormulaValue_('=IF(A1>0, "oui", "non") & "!"'), 'oui!');
  loudExpect_('CONCATENATE', loudFormulaValue_('=CONCATENATE("n", A3)'), 'n3');
}

// https://support.google.com/docs/answer/3093583 (SUMIF)
function probe_loud_formula_sumif() {
  loudExpect_('SUMIF', loudFormulaValue_('=SUMIF(A1:A3, ">1")'), 5);
}

// https://developers.google.com/apps-script/reference/spreadsheet/range#getvalue (an error cell
// reads as its error text; ERROR.TYPE in https://support.google.com/docs/table/25273)
function probe_loud_formula_error_reads_as_its_text() {
  loudExpect_('=1/0', loudFormulaValue_('=1/0'), '#DIV/0!');
}

// https://developers.google.com/apps-script/reference/spreadsheet/range#setformulaformula
function probe_loud_formula_reads_another_sheet() {
  loudWithSheet_(function (sheet, ss) {
    var other = ss.insertSheet("loud l'autre " + new Date().getTime());
    try {
      other.getRange('A1:A2').setValues([[10], [20]]);
      sheet.getRange('A1').setFormula("=SUM('" + other.getName().replace(/'/g, "''") + "'!A1:A2)");
      loudExpect_('sum on another sheet', sheet.getRange('A1').getValue(), 30);
    } finally {
      ss.deleteSheet(other);
    }
  });
}

// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption (USER_ENTERED: strings
// are parsed as if typed in the Sheets UI; a leading apostrophe keeps text)
function probe_loud_typed_numbers_and_apostrophe_text() {
  loudWithSheet_(function (sheet) {
    sheet.getRange('A1:C1').setValues([['12', "'12", '12%']]);
    var row = sheet.getRange('A1:C1').getValues()[0];
    loudExpect_('"12"', row[0], 12);
    loudExpect_("\"'12\"", row[1], '12');
    loudExpect_('"12%"', row[2], 0.12);
  });
}

// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption (a typed date is
// a date: getValue() gives a Date, https://developers.google.com/apps-script/reference/spreadsheet/range#getvalue)
function probe_loud_typed_iso_date_is_a_date() {
  loudWithSheet_(function (sheet) {
    sheet.getRange('A1').setValue('2026-07-14');
    var value = sheet.getRange('A1').getValue();
    if (!(value instanceof Date)) throw new Error('"2026-07-14" read back as ' + typeof value + ' ' + value);
    var day = Utilities.formatDate(value, SpreadsheetApp.getActive().getSpreadsheetTimeZone(), 'yyyy-MM-dd');
    loudExpect_('the day in the spreadsheet time zone', day, '2026-07-14');
  });
}

// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption (a string starting
// with = is a formula)
function probe_loud_typed_formula_is_computed() {
  loudWithSheet_(function (sheet) {
    sheet.getRange('A1:B1').setValues([[2, '=A1*21']]);
    loudExpect_('formula', sheet.getRange('B1').getFormula(), '=A1*21');
    loudExpect_('value', sheet.getRange('B1').getValue(), 42);
  });
}

// https://developers.google.com/apps-script/reference/spreadsheet/dimension,
// https://developers.google.com/apps-script/reference/script/auth-mode,
// https://developers.google.com/apps-script/reference/forms/item-type
function probe_loud_modeled_enums_answer_their_names() {
  loudExpect_('Dimension.ROWS', String(SpreadsheetApp.Dimension.ROWS), 'ROWS');
  loudExpect_('WrapStrategy.CLIP', String(SpreadsheetApp.WrapStrategy.CLIP), 'CLIP');
  loudExpect_('AuthMode.FULL', String(ScriptApp.AuthMode.FULL), 'FULL');
  loudExpect_('ItemType.TEXT', String(FormApp.ItemType.TEXT), 'TEXT');
}

// https://developers.google.com/apps-script/reference/base/logger#log(Object)
// (`Logger.log({ key: "value" })` shows `{key=value}`)
function probe_loud_logger_shows_objects_as_key_value() {
  Logger.clear();
  Logger.log({ key: 'value' });
  var log = Logger.getLog();
  if (log.indexOf('{key=value}') < 0) throw new Error('Logger.getLog() lacks {key=value}: ' + log);
}

// https://developers.google.com/apps-script/reference/base/logger#log(Object)
function probe_loud_logger_keeps_a_service_error_message() {
  var message = null;
  try {
    SpreadsheetApp.getActive().getRange('A1').offset(-5, 0).getValue();
  } catch (e) {
    message = e.message;
    Logger.clear();
    Logger.log(e);
  }
  if (message === null) throw new Error('offset(-5, 0) from A1 did not throw');
  var log = Logger.getLog();
  if (log.indexOf(message) < 0) throw new Error('Logger.getLog() lost the message "' + message + '": ' + log);
}
