// Contract probes: Google's limits (cells, characters, sheet names, sleep, cache).
// Plain Apps Script: each probe_ function throws an Error when the platform does not behave as
// its reference says. Probes that need a spreadsheet work on a tab of their own and delete it.

function limitsScratchSheet_(prefix) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  return ss.insertSheet(prefix + ' ' + Utilities.getUuid().slice(0, 8));
}

function limitsDropSheet_(sheet) {
  sheet.getParent().deleteSheet(sheet);
}

/** Runs f, which must throw; answers its message. */
function limitsThrown_(f, what) {
  try {
    f();
  } catch (e) {
    return String(e && e.message);
  }
  throw new Error(what + ' did not throw');
}

function limitsExpectIncludes_(message, part) {
  if (message.indexOf(part) < 0) throw new Error('expected a message with "' + part + '", got "' + message + '"');
}

// https://support.google.com/drive/answer/37603 (10 million cells per spreadsheet)
function probe_limits_ten_million_cells() {
  var sheet = limitsScratchSheet_('cells');
  try {
    // 26 columns × 400,001 rows is past 10,000,000 cells whatever the rest of the spreadsheet holds.
    var message = limitsThrown_(function () { sheet.insertRowsAfter(1, 399001); }, 'insertRowsAfter past 10 million cells');
    limitsExpectIncludes_(message, 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
  } finally {
    limitsDropSheet_(sheet);
  }
}

// https://support.google.com/drive/answer/37603 (50,000 characters in a single cell)
function probe_limits_fifty_thousand_characters_a_cell() {
  var sheet = limitsScratchSheet_('chars');
  try {
    var long = new Array(50002).join('a');
    var message = limitsThrown_(function () { sheet.getRange('A1').setValue(long); }, 'setValue of 50,001 characters');
    limitsExpectIncludes_(message, 'Your input contains more than the maximum of 50000 characters in a single cell.');
    if (sheet.getRange('A1').getValue() !== '') throw new Error('the refused value was written');
  } finally {
    limitsDropSheet_(sheet);
  }
}

// https://support.google.com/drive/answer/37603 (50,000 characters in a single cell)
function probe_limits_fifty_thousand_characters_fit() {
  var sheet = limitsScratchSheet_('chars');
  try {
    sheet.getRange('A1').setValue(new Array(50001).join('a'));
    if (String(sheet.getRange('A1').getValue()).length !== 50000) throw new Error('50,000 characters were not kept');
  } finally {
    limitsDropSheet_(sheet);
  }
}

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
function probe_limits_sheet_name_taken_regardless_of_case() {
  var sheet = limitsScratchSheet_('Name');
  try {
    var message = limitsThrown_(function () { sheet.getParent().insertSheet(sheet.getName().toUpperCase()); }, 'insertSheet of a taken name in other case');
    limitsExpectIncludes_(message, 'already exists. Please enter another name.');
  } finally {
    limitsDropSheet_(sheet);
  }
}

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
function probe_limits_sheet_name_over_100_characters() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  limitsThrown_(function () { ss.insertSheet(new Array(102).join('n')); }, 'insertSheet of a 101-character name');
}

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String)
function probe_limits_sheet_name_empty() {
  var sheet = limitsScratchSheet_('empty');
  try {
    limitsThrown_(function () { sheet.setName(''); }, 'setName(\'\')');
  } finally {
    limitsDropSheet_(sheet);
  }
}

// https://developers.google.com/apps-script/reference/cache/cache#put(String,String)
function probe_limits_cache_key_250_characters() {
  var cache = CacheService.getScriptCache();
  var message = limitsThrown_(function () { cache.put(new Array(252).join('k'), 'v'); }, 'put with a 251-character key');
  limitsExpectIncludes_(message, 'Argument too large');
}

// https://developers.google.com/apps-script/reference/cache/cache#put(String,String)
function probe_limits_cache_value_100_kb() {
  var cache = CacheService.getScriptCache();
  var message = limitsThrown_(function () { cache.put('probe-limits-big', new Array(100 * 1024 + 2).join('x')); }, 'put of a value over 100 KB');
  limitsExpectIncludes_(message, 'Argument too large');
}

// https://developers.google.com/apps-script/reference/cache/cache#put(String,String)
// "The cap for cached items is 1,000. If more than 1,000 items are written, the cache stores the
// 900 items farthest from expiration."
function probe_limits_cache_keeps_the_farthest_from_expiration() {
  var cache = CacheService.getUserCache();
  var keys = [];
  cache.put('probe-limits-far', 'kept', 21600);
  for (var batch = 0; batch < 11; batch++) {
    var values = {};
    for (var i = 0; i < 100; i++) {
      var key = 'probe-limits-' + batch + '-' + i;
      values[key] = 'v';
      keys.push(key);
    }
    cache.putAll(values, 600);
  }
  var left = Object.keys(cache.getAll(keys.concat(['probe-limits-far']))).length;
  var far = cache.get('probe-limits-far');
  cache.removeAll(keys.concat(['probe-limits-far']));
  if (left > 1000) throw new Error(left + ' items kept, more than the cap of 1,000');
  if (far !== 'kept') throw new Error('the item farthest from expiration was evicted');
  if (cache.get('probe-limits-far') !== null) throw new Error('removeAll left an item');
}

// https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
// "The maximum allowed value is 300000 (or 5 minutes)." If Google sleeps instead of refusing, this
// probe takes five minutes: it is the one that tells.
function probe_limits_sleep_at_most_300000_ms() {
  limitsThrown_(function () { Utilities.sleep(300001); }, 'Utilities.sleep(300001)');
}
