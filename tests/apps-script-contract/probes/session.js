// Contract probes for Session: the script's time zone and who runs it.

// getScriptTimeZone(): "Gets the time zone of the script", the manifest's timeZone.
// https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
function probe_session_scriptTimeZoneIsManifests() {
  assertEqual_(Session.getScriptTimeZone(), 'Europe/Paris', 'getScriptTimeZone() (the contract manifest says Europe/Paris)');
}

// getEffectiveUser(): "Gets information about the user under whose authority the script is running";
// getEmail() is the address (the manifest grants userinfo.email).
// https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()
function probe_session_effectiveUserHasEmail() {
  var email = Session.getEffectiveUser().getEmail();
  assertTrue_(typeof email === 'string' && email.indexOf('@') > 0, 'getEffectiveUser().getEmail() is not an address: ' + email);
}

// getTemporaryActiveUserKey(): "Gets a temporary key that is unique to the active user", a string.
// https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey()
function probe_session_temporaryKeyIsText() {
  var key = Session.getTemporaryActiveUserKey();
  assertTrue_(typeof key === 'string' && key.length > 0, 'getTemporaryActiveUserKey() is empty or not a string');
}
