// Contract probes for SpreadsheetApp, Spreadsheet, Sheet, Range, TextFinder, data validation and
// protections. Each probe works on a sheet of its own (withSheet_) in the bound spreadsheet.

// "Returns the position of the last row that has content": none on an empty sheet, so 0.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()
function probe_spreadsheet_lastRowIsZeroOnEmptySheet() {
  withSheet_(function (sheet) {
    assertEqual_(sheet.getLastRow(), 0, 'getLastRow() of an empty sheet');
  });
}

// "Returns the position of the last column that has content": none on an empty sheet, so 0.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastColumn()
function probe_spreadsheet_lastColumnIsZeroOnEmptySheet() {
  withSheet_(function (sheet) {
    assertEqual_(sheet.getLastColumn(), 0, 'getLastColumn() of an empty sheet');
  });
}

// getLastRow() follows content: the last row written, not the grid's size.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()
function probe_spreadsheet_lastRowFollowsContent() {
  withSheet_(function (sheet) {
    sheet.getRange(3, 2).setValue('x');
    assertEqual_([sheet.getLastRow(), sheet.getLastColumn()], [3, 2], '[getLastRow(), getLastColumn()] after writing B3');
  });
}

// getRange(row, column, numRows, numColumns): a range needs at least one row, so getRange(2, 1, 0, 3)
// (what `getLastRow() - 1` gives on a sheet holding only headers) throws.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
function probe_spreadsheet_getRangeWithZeroRowsThrows() {
  withSheet_(function (sheet) {
    assertThrows_(function () { sheet.getRange(2, 1, 0, 3); }, 'getRange(2, 1, 0, 3)', 'The number of rows in the range must be at least 1');
  });
}

// setValues(values): "The values must match dimensions of this range"; too few rows throws and says both counts.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
function probe_spreadsheet_setValuesWrongRowCountThrows() {
  withSheet_(function (sheet) {
    assertThrows_(function () { sheet.getRange(1, 1, 2, 2).setValues([[1, 2]]); }, 'setValues of 1 row into 2 rows',
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
  });
}

// setValues(values): the columns of each row must match the range's too.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
function probe_spreadsheet_setValuesWrongColumnCountThrows() {
  withSheet_(function (sheet) {
    assertThrows_(function () { sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]]); }, 'setValues of 3 columns into 2 columns',
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.');
  });
}

// insertSheet(sheetName): sheet names are unique in a spreadsheet; a taken name throws.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
function probe_spreadsheet_insertSheetWithTakenNameThrows() {
  withSheet_(function (sheet, ss) {
    assertThrows_(function () { ss.insertSheet(sheet.getName()); }, 'insertSheet with the name of an existing sheet', 'already exists');
  });
}

// getSheetByName(name): "Returns a sheet with the given name … null if there is no sheet with the given name."
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetByName(String)
function probe_spreadsheet_getSheetByNameMissingIsNull() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  assertEqual_(ss.getSheetByName('no such sheet ' + Utilities.getUuid()), null, 'getSheetByName of a missing sheet');
}

// insertSheet adds one sheet: getNumSheets() grows by one, and getIndex() is its 1-based place in getSheets().
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getIndex()
function probe_spreadsheet_insertedSheetIndexIsOneBased() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var before = ss.getNumSheets();
  withSheet_(function (sheet) {
    assertEqual_([ss.getNumSheets(), ss.getSheets()[sheet.getIndex() - 1].getName()], [before + 1, sheet.getName()], '[getNumSheets(), name at getSheets()[getIndex() - 1]]');
  });
}

// getValues(): "The values may be of type Number, Boolean, Date, or String, depending on the value of
// the cell. Empty cells are represented by an empty string in the array."
// https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
function probe_spreadsheet_getValuesKeepsTypes() {
  withSheet_(function (sheet) {
    var when = new Date(Date.UTC(2026, 0, 15, 10, 30));
    sheet.getRange(1, 1, 1, 4).setValues([[12.5, true, when, 'text']]);
    var row = sheet.getRange(1, 1, 1, 5).getValues()[0];
    assertEqual_(row.map(function (v) { return Object.prototype.toString.call(v); }),
      ['[object Number]', '[object Boolean]', '[object Date]', '[object String]', '[object String]'], 'types of getValues()');
    assertEqual_([row[0], row[1], row[2].getTime(), row[3], row[4]], [12.5, true, when.getTime(), 'text', ''], 'getValues()');
  });
}

// getValues() "Returns a two-dimensional array of values, indexed by row, then by column."
// https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
function probe_spreadsheet_getValuesIsRowsThenColumns() {
  withSheet_(function (sheet) {
    sheet.getRange('A1:B3').setValues([[1, 2], [3, 4], [5, 6]]);
    assertEqual_(sheet.getRange('A1:B3').getValues(), [[1, 2], [3, 4], [5, 6]], 'getValues() of A1:B3');
  });
}

// getValue(): the top-left cell's value; an empty cell reads as an empty string.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getValue()
function probe_spreadsheet_emptyCellValueIsEmptyString() {
  withSheet_(function (sheet) {
    assertEqual_(sheet.getRange('C7').getValue(), '', 'getValue() of an empty cell');
  });
}

// getDisplayValues(): "Returns the rectangular grid of values for this range" as displayed: strings,
// numbers rendered through the cell's number format.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()
function probe_spreadsheet_displayValuesAreFormattedStrings() {
  withSheet_(function (sheet) {
    var range = sheet.getRange('A1:B1');
    range.setValues([[1.5, 'x']]);
    range.setNumberFormat('0.00');
    inLocale_('en_US', function () {
      assertEqual_(range.getDisplayValues(), [['1.50', 'x']], 'getDisplayValues() of 1.5 formatted 0.00 (en_US)');
    });
  });
}

// setNumberFormat(numberFormat) then getNumberFormat(): the pattern reads back as set.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getNumberFormat()
function probe_spreadsheet_numberFormatRoundTrips() {
  withSheet_(function (sheet) {
    var range = sheet.getRange('B2');
    range.setNumberFormat('#,##0.00');
    assertEqual_(range.getNumberFormat(), '#,##0.00', 'getNumberFormat() after setNumberFormat');
  });
}

// getDataRange(): "Returns a Range corresponding to the dimensions in which data is present", from A1.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange()
function probe_spreadsheet_dataRangeStartsAtA1() {
  withSheet_(function (sheet) {
    sheet.getRange('C4').setValue(1);
    assertEqual_(sheet.getDataRange().getA1Notation(), 'A1:C4', 'getDataRange() with content in C4');
  });
}

// appendRow(rowContents): "Appends a row to the bottom of the current data region in the sheet."
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)
function probe_spreadsheet_appendRowWritesAfterLastRow() {
  withSheet_(function (sheet) {
    sheet.getRange('A2').setValue('first');
    sheet.appendRow(['second', 2]);
    assertEqual_(sheet.getRange('A3:B3').getValues(), [['second', 2]], 'row 3 after appendRow');
  });
}

// getA1Notation(): "Returns a string description of the range, in A1 notation."
// https://developers.google.com/apps-script/reference/spreadsheet/range#getA1Notation()
function probe_spreadsheet_a1NotationOfRowColumnRange() {
  withSheet_(function (sheet) {
    assertEqual_(sheet.getRange(2, 3, 4, 2).getA1Notation(), 'C2:D5', 'getA1Notation() of getRange(2, 3, 4, 2)');
  });
}

// getRow(), getColumn(), getNumRows(), getNumColumns() describe the range given in A1 notation.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getNumRows()
function probe_spreadsheet_rangeGeometryFromA1() {
  withSheet_(function (sheet) {
    var r = sheet.getRange('B3:D7');
    assertEqual_([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()], [3, 2, 5, 3], '[row, column, rows, columns] of B3:D7');
  });
}

// getCell(row, column): "Returns a given cell within a range", coordinates relative to the range.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getCell(Integer,Integer)
function probe_spreadsheet_getCellIsRelative() {
  withSheet_(function (sheet) {
    assertEqual_(sheet.getRange('B2:D4').getCell(2, 2).getA1Notation(), 'C3', 'getCell(2, 2) of B2:D4');
  });
}

// offset(rowOffset, columnOffset): "Returns a new range that is offset from this range", same size.
// https://developers.google.com/apps-script/reference/spreadsheet/range#offset(Integer,Integer)
function probe_spreadsheet_offsetKeepsSize() {
  withSheet_(function (sheet) {
    assertEqual_(sheet.getRange('A1:B2').offset(1, 1).getA1Notation(), 'B2:C3', 'offset(1, 1) of A1:B2');
  });
}

// isBlank(): "Returns true if the range is totally blank."
// https://developers.google.com/apps-script/reference/spreadsheet/range#isBlank()
function probe_spreadsheet_isBlankUntilWritten() {
  withSheet_(function (sheet) {
    var range = sheet.getRange('A1:B2');
    var before = range.isBlank();
    sheet.getRange('B2').setValue(0);
    assertEqual_([before, range.isBlank()], [true, false], '[isBlank() before, after writing 0 in B2]');
  });
}

// getSheetValues(startRow, startColumn, numRows, numColumns): the same grid getValues() gives.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)
function probe_spreadsheet_getSheetValuesMatchesGetValues() {
  withSheet_(function (sheet) {
    sheet.getRange('A1:B2').setValues([['a', 1], ['b', 2]]);
    assertEqual_(sheet.getSheetValues(1, 1, 2, 2), sheet.getRange('A1:B2').getValues(), 'getSheetValues(1, 1, 2, 2)');
  });
}

// getFormula(): "the formula … or an empty string if the cell is empty or doesn't contain a formula."
// https://developers.google.com/apps-script/reference/spreadsheet/range#getFormula()
function probe_spreadsheet_formulaOfPlainValueIsEmpty() {
  withSheet_(function (sheet) {
    sheet.getRange('A1').setValue(42);
    assertEqual_(sheet.getRange('A1').getFormula(), '', 'getFormula() of a cell holding 42');
  });
}

// setNote(note) / getNote(): the note reads back; a cell without one gives an empty string.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getNote()
function probe_spreadsheet_noteRoundTrips() {
  withSheet_(function (sheet) {
    sheet.getRange('A1').setNote('checked by hand');
    assertEqual_([sheet.getRange('A1').getNote(), sheet.getRange('A2').getNote()], ['checked by hand', ''], '[note of A1, note of A2]');
  });
}

// clearContent(): "Clears the content of the range, leaving the formatting intact."
// https://developers.google.com/apps-script/reference/spreadsheet/range#clearContent()
function probe_spreadsheet_clearContentKeepsFormat() {
  withSheet_(function (sheet) {
    var cell = sheet.getRange('A1');
    cell.setValue(3).setNumberFormat('0.0');
    cell.clearContent();
    assertEqual_([cell.getValue(), cell.getNumberFormat()], ['', '0.0'], '[value, number format] after clearContent()');
  });
}

// A new sheet has 1000 rows and 26 columns; insertRowsAfter(afterPosition, howMany) adds rows to the grid.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
function probe_spreadsheet_insertRowsAfterGrowsGrid() {
  withSheet_(function (sheet) {
    var rows = sheet.getMaxRows();
    sheet.insertRowsAfter(1, 5);
    assertEqual_(sheet.getMaxRows(), rows + 5, 'getMaxRows() after insertRowsAfter(1, 5)');
  });
}

// insertRowsBefore(beforePosition, howMany) shifts the content below down.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsBefore(Integer,Integer)
function probe_spreadsheet_insertRowsBeforeShiftsContent() {
  withSheet_(function (sheet) {
    sheet.getRange('A1').setValue('moved');
    sheet.insertRowsBefore(1, 2);
    assertEqual_(sheet.getRange('A3').getValue(), 'moved', 'A3 after insertRowsBefore(1, 2)');
  });
}

// deleteRow(rowPosition) removes the row and shifts the rows below up.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRow(Integer)
function probe_spreadsheet_deleteRowShiftsUp() {
  withSheet_(function (sheet) {
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.deleteRow(2);
    assertEqual_(sheet.getRange('A1:A2').getValues(), [['a'], ['c']], 'A1:A2 after deleteRow(2)');
  });
}

// setFontWeight('bold') / getFontWeight(): "Returns the font weight of the cell", 'normal' or 'bold'.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getFontWeight()
function probe_spreadsheet_fontWeightRoundTrips() {
  withSheet_(function (sheet) {
    var before = sheet.getRange('A1').getFontWeight();
    sheet.getRange('A1').setFontWeight('bold');
    assertEqual_([before, sheet.getRange('A1').getFontWeight()], ['normal', 'bold'], '[font weight before, after setFontWeight(bold)]');
  });
}

// getBackground(): "Returns the background color of the top-left cell in the range (for example, '#ffffff')."
// https://developers.google.com/apps-script/reference/spreadsheet/range#getBackground()
function probe_spreadsheet_defaultBackgroundIsWhite() {
  withSheet_(function (sheet) {
    assertEqual_(sheet.getRange('A1').getBackground(), '#ffffff', 'getBackground() of a new cell');
  });
}

// sort(sortSpecObj): {column, ascending: false} sorts the range's rows descending on that column.
// https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
function probe_spreadsheet_sortDescending() {
  withSheet_(function (sheet) {
    var range = sheet.getRange('A1:B3');
    range.setValues([[2, 'b'], [3, 'c'], [1, 'a']]);
    range.sort({ column: 1, ascending: false });
    assertEqual_(range.getValues(), [[3, 'c'], [2, 'b'], [1, 'a']], 'A1:B3 sorted on column 1 descending');
  });
}

// sort(sortSpecObj): the column is an absolute column number, so it must lie inside the range.
// https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
function probe_spreadsheet_sortOutsideRangeThrows() {
  withSheet_(function (sheet) {
    var range = sheet.getRange('B1:C2');
    range.setValues([[1, 2], [3, 4]]);
    assertThrows_(function () { range.sort(1); }, 'sort(1) on B1:C2');
  });
}

// Sheet.sort(columnPosition): "Sorts a sheet by column, ascending", keeping rows together.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#sort(Integer)
function probe_spreadsheet_sheetSortAscending() {
  withSheet_(function (sheet) {
    sheet.getRange('A1:B3').setValues([['c', 3], ['a', 1], ['b', 2]]);
    sheet.sort(1);
    assertEqual_(sheet.getRange('A1:B3').getValues(), [['a', 1], ['b', 2], ['c', 3]], 'sheet sorted on column 1');
  });
}

// createTextFinder(findText).findAll(): "Returns all the cells matching the search criteria."
// https://developers.google.com/apps-script/reference/spreadsheet/text-finder#findAll()
function probe_spreadsheet_textFinderFindsAll() {
  withSheet_(function (sheet) {
    sheet.getRange('A1:A4').setValues([['apple'], ['pear'], ['pineapple'], ['plum']]);
    var found = sheet.createTextFinder('apple').findAll().map(function (r) { return r.getA1Notation(); });
    assertEqual_(found, ['A1', 'A3'], 'cells found for "apple"');
  });
}

// findNext(): "Returns the next cell matching the search criteria", or null when there is none.
// https://developers.google.com/apps-script/reference/spreadsheet/text-finder#findNext()
function probe_spreadsheet_textFinderFindNextNullWhenNone() {
  withSheet_(function (sheet) {
    sheet.getRange('A1').setValue('pear');
    assertEqual_(sheet.createTextFinder('kiwi').findNext(), null, 'findNext() with no match');
  });
}

// matchEntireCell(true): "If true, the search matches the entire contents of a cell."
// https://developers.google.com/apps-script/reference/spreadsheet/text-finder#matchEntireCell(Boolean)
function probe_spreadsheet_textFinderMatchEntireCell() {
  withSheet_(function (sheet) {
    sheet.getRange('A1:A2').setValues([['m:ann@example.org'], ['ann@example.org']]);
    var found = sheet.createTextFinder('ann@example.org').matchEntireCell(true).findAll().map(function (r) { return r.getA1Notation(); });
    assertEqual_(found, ['A2'], 'cells matching "ann@example.org" entirely');
  });
}

// matchCase(true): "If true, the search is case-sensitive"; by default it is not.
// https://developers.google.com/apps-script/reference/spreadsheet/text-finder#matchCase(Boolean)
function probe_spreadsheet_textFinderMatchCase() {
  withSheet_(function (sheet) {
    sheet.getRange('A1:A2').setValues([['Pear'], ['pear']]);
    var loose = sheet.createTextFinder('pear').findAll().length;
    var strict = sheet.createTextFinder('pear').matchCase(true).findAll().length;
    assertEqual_([loose, strict], [2, 1], '[matches ignoring case, matching case]');
  });
}

// replaceAllWith(replaceText): "Replaces all matches with the specified text"; returns the number of occurrences replaced.
// https://developers.google.com/apps-script/reference/spreadsheet/text-finder#replaceAllWith(String)
function probe_spreadsheet_textFinderReplaceAllCounts() {
  withSheet_(function (sheet) {
    sheet.getRange('A1:A3').setValues([['open'], ['closed'], ['open']]);
    var n = sheet.createTextFinder('open').matchEntireCell(true).replaceAllWith('archived');
    assertEqual_([n, sheet.getRange('A1:A3').getValues()], [2, [['archived'], ['closed'], ['archived']]], '[count, values] after replaceAllWith');
  });
}

// requireValueInList(values): the rule's criteria type is VALUE_IN_LIST and its values the list and
// showDropdown (true unless given).
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInList(String)
function probe_spreadsheet_validationValueInList() {
  var rule = SpreadsheetApp.newDataValidation().requireValueInList(['yes', 'no']).build();
  assertEqual_(rule.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST, true, 'criteria type is VALUE_IN_LIST');
  assertEqual_(rule.getCriteriaValues(), [['yes', 'no'], true], 'getCriteriaValues()');
}

// requireNumberBetween(start, end): criteria NUMBER_BETWEEN with [start, end].
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireNumberBetween(Number,Number)
function probe_spreadsheet_validationNumberBetween() {
  var rule = SpreadsheetApp.newDataValidation().requireNumberBetween(1, 10).build();
  assertEqual_(rule.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.NUMBER_BETWEEN, true, 'criteria type is NUMBER_BETWEEN');
  assertEqual_(rule.getCriteriaValues(), [1, 10], 'getCriteriaValues()');
}

// setDataValidation(rule) / getDataValidation(): the rule of the top-left cell; "If data validation has
// not been set on the cell, this method returns null."
// https://developers.google.com/apps-script/reference/spreadsheet/range#getDataValidation()
function probe_spreadsheet_dataValidationOnCell() {
  withSheet_(function (sheet) {
    var none = sheet.getRange('A2').getDataValidation();
    var rule = SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).setAllowInvalid(false).setHelpText('a or b').build();
    sheet.getRange('A1').setDataValidation(rule);
    var read = sheet.getRange('A1').getDataValidation();
    assertEqual_([none, read.getHelpText(), read.getAllowInvalid()], [null, 'a or b', false], '[rule of A2, help text, allowInvalid of A1]');
  });
}

// insertCheckboxes(): "configured with true for checked and false for unchecked. Sets the value of all
// cells in the range to false"; check() checks them.
// https://developers.google.com/apps-script/reference/spreadsheet/range#insertCheckboxes()
function probe_spreadsheet_checkboxesStartUnchecked() {
  withSheet_(function (sheet) {
    var range = sheet.getRange('A1:A2');
    range.insertCheckboxes();
    var before = [range.getValues(), range.isChecked()];
    range.check();
    assertEqual_([before, range.isChecked()], [[[[false], [false]], false], true], '[[values, isChecked()] after insertCheckboxes, isChecked() after check()]');
  });
}

// protect(): "Creates an object that can protect the sheet"; getProtections(SHEET) lists it until remove().
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()
function probe_spreadsheet_sheetProtectionListedUntilRemoved() {
  withSheet_(function (sheet) {
    var p = sheet.protect().setDescription('generated tab');
    var listed = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).map(function (x) { return x.getDescription(); });
    p.remove();
    assertEqual_([listed, sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length], [['generated tab'], 0], '[descriptions listed, count after remove()]');
  });
}

// Range.protect(): a RANGE protection whose getRange() is the protected range.
// https://developers.google.com/apps-script/reference/spreadsheet/protection#getRange()
function probe_spreadsheet_rangeProtectionKnowsItsRange() {
  withSheet_(function (sheet) {
    var p = sheet.getRange('A1:B2').protect();
    try {
      assertEqual_([p.getProtectionType() === SpreadsheetApp.ProtectionType.RANGE, p.getRange().getA1Notation()], [true, 'A1:B2'], '[type is RANGE, range]');
    } finally {
      p.remove();
    }
  });
}

// getDisplayValue() of a boolean cell: Sheets shows TRUE / FALSE.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValue()
function probe_spreadsheet_displayValueOfBoolean() {
  withSheet_(function (sheet) {
    sheet.getRange('A1:B1').setValues([[true, false]]);
    inLocale_('en_US', function () {
      assertEqual_([sheet.getRange('A1').getDisplayValue(), sheet.getRange('B1').getDisplayValue()], ['TRUE', 'FALSE'], 'display of true, false (en_US)');
    });
  });
}

// setFrozenRows(rows) / getFrozenRows(): "Returns the number of frozen rows."
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFrozenRows()
function probe_spreadsheet_frozenRowsRoundTrip() {
  withSheet_(function (sheet) {
    sheet.setFrozenRows(1);
    assertEqual_(sheet.getFrozenRows(), 1, 'getFrozenRows() after setFrozenRows(1)');
  });
}

// hideSheet(): "Hides this sheet. Has no effect if the sheet is already hidden. If this method is
// called on the only visible sheet, it throws an exception."
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet()
function probe_spreadsheet_hidingTheLastVisibleSheetThrows() {
  withSheet_(function (sheet, ss) {
    var others = ss.getSheets().filter(function (s) { return s.getSheetId() !== sheet.getSheetId() && !s.isSheetHidden(); });
    others.forEach(function (s) { s.hideSheet(); });
    try {
      assertThrows_(function () { sheet.hideSheet(); }, 'hideSheet() on the only visible sheet');
    } finally {
      others.forEach(function (s) { s.showSheet(); });
    }
  });
}

// createFilter(): "Creates a filter and applies it to the specified range on the sheet. You can't create
// more than one filter on a sheet."
// https://developers.google.com/apps-script/reference/spreadsheet/range#createFilter()
function probe_spreadsheet_secondFilterOnSheetThrows() {
  withSheet_(function (sheet) {
    sheet.getRange('A1:B3').setValues([['h1', 'h2'], [1, 2], [3, 4]]);
    var filter = sheet.getRange('A1:B3').createFilter();
    try {
      assertThrows_(function () { sheet.getRange('D1:E3').createFilter(); }, 'a second createFilter() on the sheet');
    } finally {
      filter.remove();
    }
  });
}
