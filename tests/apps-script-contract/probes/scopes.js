// Probes for scopes (issue 13, item 1). They pass whatever the probe project's manifest grants:
// a call either runs, or fails with the exact text the local runtime gives. Run in Google with a
// manifest lacking the scope, they check the runtime's wording.

// https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
// https://developers.google.com/apps-script/reference/lock/lock-service
// https://developers.google.com/apps-script/reference/properties/properties-service
// https://developers.google.com/apps-script/reference/cache/cache-service
function probe_scopes_services_without_scopes_always_run() {
  if (typeof Session.getScriptTimeZone() !== 'string') throw new Error('getScriptTimeZone is not a string');
  var lock = LockService.getScriptLock();
  if (!lock.tryLock(1000)) throw new Error('no script lock');
  lock.releaseLock();
  PropertiesService.getScriptProperties().setProperty('probe_scopes', 'ok');
  if (PropertiesService.getScriptProperties().getProperty('probe_scopes') !== 'ok') throw new Error('property not kept');
  PropertiesService.getScriptProperties().deleteProperty('probe_scopes');
  CacheService.getScriptCache().put('probe_scopes', 'ok', 60);
  if (Utilities.formatDate(new Date(0), 'UTC', 'yyyy') !== '1970') throw new Error('formatDate');
}

// https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()
// (Authorization: https://www.googleapis.com/auth/userinfo.email)
function probe_scopes_user_email_scope_or_exact_refusal() {
  try {
    var email = Session.getEffectiveUser().getEmail();
    if (typeof email !== 'string') throw new Error('getEmail is not a string');
  } catch (e) {
    var expected = 'Specified permissions are not sufficient to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email';
    if (String(e.message).indexOf(expected) !== 0) throw new Error('unexpected refusal: ' + e.message);
  }
}

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()
// (Authorization: spreadsheets.currentonly or spreadsheets: any one suffices)
function probe_scopes_any_one_of_two_scopes_or_exact_refusal() {
  try {
    SpreadsheetApp.getActiveSpreadsheet();
  } catch (e) {
    var expected = 'Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: '
      + '(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)';
    if (String(e.message).indexOf(expected) !== 0) throw new Error('unexpected refusal: ' + e.message);
  }
}
