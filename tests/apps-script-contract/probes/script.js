// Contract probes for ScriptApp: creating, listing and deleting triggers, and the builders' checks.
// Every trigger a probe creates is deleted before it ends (withTriggers_), and none is due during the run.

/** A handler for the probes' triggers; never expected to run. */
function contractTriggerTarget() {}

// newTrigger(functionName).timeBased().after(ms).create(): the trigger names its handler and is a CLOCK trigger.
// https://developers.google.com/apps-script/reference/script/trigger#getHandlerFunction()
function probe_script_clockTriggerDescribesItself() {
  withTriggers_(function (made) {
    var t = ScriptApp.newTrigger('contractTriggerTarget').timeBased().after(6 * 3600 * 1000).create();
    made.push(t);
    assertEqual_([t.getHandlerFunction(), t.getEventType() === ScriptApp.EventType.CLOCK, t.getTriggerSource() === ScriptApp.TriggerSource.CLOCK],
      ['contractTriggerTarget', true, true], '[handler, event type is CLOCK, source is CLOCK]');
  });
}

// getProjectTriggers(): "Gets all installable triggers associated with the current project and current user."
// https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
function probe_script_projectTriggersListCreatedOne() {
  withTriggers_(function (made) {
    var t = ScriptApp.newTrigger('contractTriggerTarget').timeBased().after(6 * 3600 * 1000).create();
    made.push(t);
    var ids = ScriptApp.getProjectTriggers().map(function (x) { return x.getUniqueId(); });
    assertTrue_(ids.indexOf(t.getUniqueId()) >= 0, 'getProjectTriggers() does not list the trigger just created');
  });
}

// deleteTrigger(trigger): "Removes the given trigger so it no longer runs."
// https://developers.google.com/apps-script/reference/script/script-app#deleteTrigger(Trigger)
function probe_script_deletedTriggerIsNotListed() {
  var t = ScriptApp.newTrigger('contractTriggerTarget').timeBased().after(6 * 3600 * 1000).create();
  var id = t.getUniqueId();
  ScriptApp.deleteTrigger(t);
  var ids = ScriptApp.getProjectTriggers().map(function (x) { return x.getUniqueId(); });
  assertTrue_(ids.indexOf(id) < 0, 'getProjectTriggers() still lists a deleted trigger');
}

// getUniqueId(): "Returns a unique identifier that can be used to distinguish triggers from each other."
// https://developers.google.com/apps-script/reference/script/trigger#getUniqueId()
function probe_script_triggerIdsAreUnique() {
  withTriggers_(function (made) {
    made.push(ScriptApp.newTrigger('contractTriggerTarget').timeBased().after(6 * 3600 * 1000).create());
    made.push(ScriptApp.newTrigger('contractTriggerTarget').timeBased().after(7 * 3600 * 1000).create());
    var a = made[0].getUniqueId();
    var b = made[1].getUniqueId();
    assertTrue_(typeof a === 'string' && a !== '' && a !== b, 'two triggers share an id or have none: ' + a + ', ' + b);
  });
}

// forForm(form).onFormSubmit().create(): a FORMS trigger on ON_FORM_SUBMIT whose source id is the form's id.
// https://developers.google.com/apps-script/reference/script/form-trigger-builder#onFormSubmit()
function probe_script_formSubmitTriggerNamesItsForm() {
  var form = newForm_();
  withTriggers_(function (made) {
    var t = ScriptApp.newTrigger('contractTriggerTarget').forForm(form).onFormSubmit().create();
    made.push(t);
    assertEqual_([t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT, t.getTriggerSource() === ScriptApp.TriggerSource.FORMS, t.getTriggerSourceId()],
      [true, true, form.getId()], '[event is ON_FORM_SUBMIT, source is FORMS, source id]');
  });
}

// forSpreadsheet(sheet).onOpen().create(): a SPREADSHEETS trigger on ON_OPEN whose source id is the spreadsheet's id.
// https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder#onOpen()
function probe_script_spreadsheetTriggerNamesItsSpreadsheet() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  withTriggers_(function (made) {
    var t = ScriptApp.newTrigger('contractTriggerTarget').forSpreadsheet(ss).onOpen().create();
    made.push(t);
    assertEqual_([t.getEventType() === ScriptApp.EventType.ON_OPEN, t.getTriggerSource() === ScriptApp.TriggerSource.SPREADSHEETS, t.getTriggerSourceId()],
      [true, true, ss.getId()], '[event is ON_OPEN, source is SPREADSHEETS, source id]');
  });
}

// everyMinutes(n): "n — the number of minutes between executions; must be 1, 5, 10, 15 or 30". 2 is refused.
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
function probe_script_everyMinutesRefusesOtherValues() {
  withTriggers_(function (made) {
    assertThrows_(function () {
      made.push(ScriptApp.newTrigger('contractTriggerTarget').timeBased().everyMinutes(2).create());
    }, 'everyMinutes(2)');
  });
}

// everyMinutes(n) with an allowed value makes a CLOCK trigger.
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
function probe_script_everyMinutesAcceptsFifteen() {
  withTriggers_(function (made) {
    var t = ScriptApp.newTrigger('contractTriggerTarget').timeBased().everyMinutes(15).create();
    made.push(t);
    assertEqual_(t.getEventType() === ScriptApp.EventType.CLOCK, true, 'everyMinutes(15) makes a CLOCK trigger');
  });
}

// getScriptId(): "Gets the script project's unique ID."
// https://developers.google.com/apps-script/reference/script/script-app#getScriptId()
function probe_script_scriptIdIsText() {
  var id = ScriptApp.getScriptId();
  assertTrue_(typeof id === 'string' && id.length > 20, 'getScriptId() is not a long string: ' + id);
}
