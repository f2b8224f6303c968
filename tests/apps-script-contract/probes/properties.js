// Contract probes for PropertiesService and Properties. Script properties are shared by every probe
// run in Google: keys start with `contract.` and are deleted again.

// getProperty(key): "Gets the value associated with the given key … or null if not found."
// https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)
function probe_properties_missingKeyIsNull() {
  assertEqual_(PropertiesService.getScriptProperties().getProperty('contract.missing.' + Utilities.getUuid()), null, 'getProperty of a missing key');
}

// setProperty(key, value) stores a string that getProperty reads back; deleteProperty removes it.
// https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
function probe_properties_setGetDelete() {
  var props = PropertiesService.getScriptProperties();
  props.setProperty('contract.key', 'value 1');
  var read = props.getProperty('contract.key');
  props.deleteProperty('contract.key');
  assertEqual_([read, props.getProperty('contract.key')], ['value 1', null], '[value after set, after delete]');
}

// setProperty returns "this Properties store, for chaining".
// https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
function probe_properties_setPropertyChains() {
  var props = PropertiesService.getScriptProperties();
  props.setProperty('contract.a', '1').setProperty('contract.b', '2');
  var read = [props.getProperty('contract.a'), props.getProperty('contract.b')];
  props.deleteProperty('contract.a').deleteProperty('contract.b');
  assertEqual_(read, ['1', '2'], 'values set through a chain');
}

// setProperties(properties) then getProperties(): "Gets a copy of all key-value pairs in the current Properties store."
// https://developers.google.com/apps-script/reference/properties/properties#getProperties()
function probe_properties_getPropertiesIsACopy() {
  var props = PropertiesService.getScriptProperties();
  props.setProperties({ 'contract.x': 'x', 'contract.y': 'y' });
  var all = props.getProperties();
  all['contract.x'] = 'changed';
  var read = [props.getProperty('contract.x'), all['contract.y']];
  props.deleteProperty('contract.x').deleteProperty('contract.y');
  assertEqual_(read, ['x', 'y'], '[stored x after changing the copy, y in the copy]');
}

// getKeys(): "Gets all keys in the current Properties store."
// https://developers.google.com/apps-script/reference/properties/properties#getKeys()
function probe_properties_getKeysListsKeys() {
  var props = PropertiesService.getScriptProperties();
  props.setProperty('contract.listed', '1');
  var keys = props.getKeys();
  props.deleteProperty('contract.listed');
  assertTrue_(keys.indexOf('contract.listed') >= 0, 'getKeys() does not list contract.listed: ' + keys.join(', '));
}

// Property values are strings: a number stored comes back as its text.
// https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
function probe_properties_valuesAreStrings() {
  var props = PropertiesService.getScriptProperties();
  props.setProperties({ 'contract.n': 12 });
  var read = props.getProperty('contract.n');
  props.deleteProperty('contract.n');
  assertEqual_(read, '12', 'value stored from the number 12');
}
