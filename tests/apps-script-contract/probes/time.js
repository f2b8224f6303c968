// Contract probes for time: the script's Date keeps local time in the project's time zone (the
// manifest's timeZone, Session.getScriptTimeZone()), whatever the machine running it; the clock
// trigger builder has everyWeeks, onWeekDay, atDate and onMonthDay and refuses what it cannot do.
// Each check compares the Date with Utilities.formatDate in the script's time zone, so the probes
// hold for any manifest timeZone. No probe creates a trigger: the builder's refusals come first.

// Session.getScriptTimeZone(): "Gets the time zone of the script"; new Date() local fields are in it.
// https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
function probe_time_localFieldsAreInScriptTimeZone() {
  var d = new Date();
  var tz = Session.getScriptTimeZone();
  var local = [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getDay() === 0 ? 7 : d.getDay()].join(' ');
  assertEqual_(local, Utilities.formatDate(d, tz, 'yyyy M d H m u'), 'Date local fields against formatDate in ' + tz);
}

// new Date(y, m, d, h, min) is wall-clock time in the script's time zone.
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
function probe_time_localConstructorIsScriptWallClock() {
  var d = new Date(2026, 11, 10, 20, 0);
  assertEqual_(Utilities.formatDate(d, Session.getScriptTimeZone(), 'yyyy-MM-dd HH:mm'), '2026-12-10 20:00', 'new Date(2026, 11, 10, 20, 0) in the script time zone');
}

// getTimezoneOffset() is the script time zone's offset (minutes behind UTC), summer and winter.
// https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
function probe_time_timezoneOffsetIsScriptZones() {
  var tz = Session.getScriptTimeZone();
  [new Date(2026, 0, 15, 12), new Date(2026, 6, 15, 12)].forEach(function (d) {
    var z = Utilities.formatDate(d, tz, 'Z'); // +0100
    var minutes = (z.charAt(0) === '-' ? -1 : 1) * (Number(z.substr(1, 2)) * 60 + Number(z.substr(3, 2)));
    assertEqual_(-d.getTimezoneOffset(), minutes, 'offset on ' + d.toISOString());
  });
}

// toString() shows the local time and the offset of the script time zone.
// https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
function probe_time_toStringShowsScriptZone() {
  var d = new Date(2026, 6, 1, 9, 5, 7);
  var s = d.toString();
  assertTrue_(s.indexOf('Wed Jul 01 2026 09:05:07 GMT' + Utilities.formatDate(d, Session.getScriptTimeZone(), 'Z')) === 0, 'toString(): ' + s);
  assertEqual_(d.toDateString(), 'Wed Jul 01 2026', 'toDateString()');
  assertTrue_(d.toTimeString().indexOf('09:05:07 GMT') === 0, 'toTimeString(): ' + d.toTimeString());
}

// Date.parse of a date-time without offset is local (script time zone); of an ISO date alone, UTC.
// https://developers.google.com/apps-script/guides/v8-runtime
function probe_time_parseLocalAndIsoDates() {
  assertEqual_(Date.parse('2026-12-10T20:00:00'), new Date(2026, 11, 10, 20).getTime(), 'Date.parse of a local ISO date-time');
  assertEqual_(Date.parse('Dec 10, 2026 20:00:00'), new Date(2026, 11, 10, 20).getTime(), 'Date.parse of a written local date');
  assertEqual_(Date.parse('2026-12-10'), Date.UTC(2026, 11, 10), 'Date.parse of an ISO date alone (UTC)');
  assertEqual_(Date.parse(new Date(2026, 3, 2, 3, 4, 5).toString()), new Date(2026, 3, 2, 3, 4, 5).getTime(), 'toString() read back');
}

// The local setters move wall-clock fields in the script time zone.
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
function probe_time_settersUseScriptZone() {
  var d = new Date(2026, 0, 31, 12);
  d.setMonth(1); // 31 February → 3 March
  d.setHours(8, 15);
  assertEqual_(Utilities.formatDate(d, Session.getScriptTimeZone(), 'yyyy-MM-dd HH:mm'), '2026-03-03 08:15', 'setMonth(1) then setHours(8, 15) from 31 January');
}

// Adding a day with setDate keeps the wall-clock hour across a daylight-saving change of the zone.
// https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
function probe_time_calendarDayKeepsWallClockAcrossDst() {
  var d = new Date(2026, 2, 28, 20); // the evening before Europe's spring change
  var before = d.getTime();
  d.setDate(d.getDate() + 1);
  assertEqual_(d.getHours(), 20, 'hour after adding a day');
  assertEqual_(d.getTime() - before, 86400000 + (new Date(before).getTimezoneOffset() - d.getTimezoneOffset()) * -60000, 'milliseconds in that day');
}

// Date() called without new returns the current time as a string.
// https://developers.google.com/apps-script/guides/v8-runtime
function probe_time_dateWithoutNewIsString() {
  var s = Date();
  assertEqual_(typeof s, 'string', 'typeof Date()');
  assertTrue_(Math.abs(Date.parse(s) - Date.now()) < 60000, 'Date() reads as now: ' + s);
}

// ClockTriggerBuilder has everyWeeks, onWeekDay, atDate and onMonthDay.
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder
function probe_time_clockBuilderHasCalendarMethods() {
  var b = ScriptApp.newTrigger('probe_time_clockBuilderHasCalendarMethods').timeBased();
  ['everyWeeks', 'onWeekDay', 'atDate', 'onMonthDay', 'atHour', 'nearMinute', 'inTimezone', 'after', 'at'].forEach(function (m) {
    assertEqual_(typeof b[m], 'function', 'ClockTriggerBuilder.' + m);
  });
}

// everyMinutes(n): "n must be 1, 5, 10, 15 or 30".
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
function probe_time_everyMinutesRefusesOtherValues() {
  assertThrows_(function () { ScriptApp.newTrigger('probe_time_everyMinutesRefusesOtherValues').timeBased().everyMinutes(7); }, 'everyMinutes(7)');
}

// onMonthDay(day): a day of the month, 1 to 31.
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder#onMonthDay(Integer)
function probe_time_onMonthDayRefusesOutOfRange() {
  refusesTrigger_(function () { return ScriptApp.newTrigger('probe_time_onMonthDayRefusesOutOfRange').timeBased().onMonthDay(32).create(); }, 'onMonthDay(32)');
}

// atHour(hour): an hour of the day, 0 to 23.
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder#atHour(Integer)
function probe_time_atHourRefusesOutOfRange() {
  refusesTrigger_(function () { return ScriptApp.newTrigger('probe_time_atHourRefusesOutOfRange').timeBased().everyDays(1).atHour(24).create(); }, 'atHour(24)');
}

/** Fails unless building the trigger throws; a trigger made anyway is deleted first, so the project stays clean. */
function refusesTrigger_(build, what) {
  var made = null;
  try {
    made = build();
  } catch (e) {
    return;
  }
  if (made) ScriptApp.deleteTrigger(made);
  throw new Error(what + ': expected an error, the trigger was created');
}
