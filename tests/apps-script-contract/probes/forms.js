// Contract probes: form responses. Plain Apps Script, run locally by `npm test` and in Google by
// `npm run contract:google`. Each probe builds its own form and throws an Error when Apps Script
// does not behave as its reference page says.

function formsProbe_form_() {
  var form = FormApp.create('Cabas contract probe: responses');
  form.addTextItem().setTitle('Text');
  form.addListItem().setTitle('List').setChoiceValues(['a', 'b']);
  form.addParagraphTextItem().setTitle('Paragraph');
  form.addMultipleChoiceItem().setTitle('Choice').setChoiceValues(['x', 'y']);
  form.addCheckboxItem().setTitle('Checkbox').setChoiceValues(['p', 'q']);
  return form;
}

function formsProbe_item_(form, title) {
  var items = form.getItems();
  for (var i = 0; i < items.length; i++) if (items[i].getTitle() === title) return items[i];
  throw new Error('probe setup: no item ' + title);
}

function formsProbe_summary_(response) {
  return response.getItemResponses().map(function (ir) {
    return ir.getItem().getTitle() + '=' + JSON.stringify(ir.getResponse());
  }).join(' ');
}

// https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses()
// "If the form response does not contain a response for a given TextItem, DateItem, TimeItem, or
// ParagraphTextItem, the ItemResponse returned for that item will have an empty string as the response."
function probe_forms_unanswered_text_items_read_as_empty_strings() {
  var form = formsProbe_form_();
  var response = form.createResponse().submit();
  var got = formsProbe_summary_(form.getResponse(response.getId()));
  if (got !== 'Text="" Paragraph=""') throw new Error('expected Text="" Paragraph="", got ' + got);
}

// https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses()
// "If the form response omits a response for any other item type, this method excludes that item
// from its returned array."
function probe_forms_unanswered_choice_items_are_left_out() {
  var form = formsProbe_form_();
  var text = formsProbe_item_(form, 'Text').asTextItem();
  var response = form.createResponse().withItemResponse(text.createResponse('4')).submit();
  var got = formsProbe_summary_(form.getResponse(response.getId()));
  if (got !== 'Text="4" Paragraph=""') throw new Error('expected Text="4" Paragraph="", got ' + got);
}

// https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses()
// "Gets all item responses contained in a form response, in the same order that the items appear
// in the form."
function probe_forms_item_responses_come_in_form_order() {
  var form = formsProbe_form_();
  var response = form.createResponse()
    .withItemResponse(formsProbe_item_(form, 'Checkbox').asCheckboxItem().createResponse(['q']))
    .withItemResponse(formsProbe_item_(form, 'Choice').asMultipleChoiceItem().createResponse('y'))
    .withItemResponse(formsProbe_item_(form, 'List').asListItem().createResponse('b'))
    .submit();
  var got = formsProbe_summary_(form.getResponse(response.getId()));
  if (got !== 'Text="" List="b" Paragraph="" Choice="y" Checkbox=["q"]') throw new Error('unexpected order or values: ' + got);
}

// https://developers.google.com/apps-script/reference/forms/form-response#getId()
// "Gets the ID of the form response. This method returns null if the form response has not been submitted."
function probe_forms_response_id_is_null_until_submitted() {
  var form = formsProbe_form_();
  var response = form.createResponse();
  if (response.getId() !== null) throw new Error('expected null before submit, got ' + response.getId());
  response.submit();
  if (typeof response.getId() !== 'string' || response.getId() === '') throw new Error('expected an id after submit, got ' + response.getId());
}

// https://developers.google.com/apps-script/reference/forms/list-item#createResponse(String)
// "Throws an exception if the response argument does not match a valid choice for this item."
function probe_forms_list_item_refuses_a_response_outside_its_choices() {
  var form = formsProbe_form_();
  var list = formsProbe_item_(form, 'List').asListItem();
  try {
    list.createResponse('c');
  } catch (e) {
    return;
  }
  throw new Error('createResponse("c") on a list of a, b did not throw');
}

// https://developers.google.com/apps-script/reference/forms/checkbox-item#createResponse(String)
// "Throws an exception if any value does not match a valid choice for this item, unless
// showOtherOption(enabled) is set to true."
function probe_forms_checkbox_item_refuses_a_value_outside_its_choices() {
  var form = formsProbe_form_();
  var box = formsProbe_item_(form, 'Checkbox').asCheckboxItem();
  try {
    box.createResponse(['p', 'z']);
  } catch (e) {
    return;
  }
  throw new Error('createResponse(["p", "z"]) on a checkbox of p, q did not throw');
}

// https://developers.google.com/apps-script/reference/forms/item-response#getResponse()
// A checkbox answer is a String[]; a text answer a String.
function probe_forms_checkbox_answer_is_an_array_and_text_a_string() {
  var form = formsProbe_form_();
  var response = form.createResponse()
    .withItemResponse(formsProbe_item_(form, 'Text').asTextItem().createResponse('4'))
    .withItemResponse(formsProbe_item_(form, 'Checkbox').asCheckboxItem().createResponse(['p', 'q']))
    .submit();
  var stored = form.getResponse(response.getId());
  var items = stored.getItemResponses();
  var box = items[items.length - 1].getResponse();
  if (!Array.isArray(box) || box.join(',') !== 'p,q') throw new Error('checkbox answer: expected ["p","q"], got ' + JSON.stringify(box));
  if (typeof items[0].getResponse() !== 'string') throw new Error('text answer: expected a string, got ' + typeof items[0].getResponse());
}
