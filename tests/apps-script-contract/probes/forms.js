// Contract probes for FormApp, Form and its items. Each probe makes its own form with newForm_()
// (FormApp.create); forms cannot be deleted without Drive access, so they are named to be found.

// FormApp.create(title): "Creates and returns a new Form"; getTitle() gives the title back.
// https://developers.google.com/apps-script/reference/forms/form-app#create(String)
function probe_forms_createKeepsTitle() {
  var form = newForm_();
  assertEqual_(form.getTitle(), 'Cabas contract probe (safe to delete)', 'getTitle() of a new form');
}

// FormApp.openById(id) opens the same form: its title and id read back.
// https://developers.google.com/apps-script/reference/forms/form-app#openById(String)
function probe_forms_openByIdFindsForm() {
  var form = newForm_();
  form.setTitle('reopened');
  var again = FormApp.openById(form.getId());
  assertEqual_([again.getId(), again.getTitle()], [form.getId(), 'reopened'], '[id, title] of the reopened form');
}

// addTextItem(): "Appends a new question item that allows the respondent to enter a single line of
// text"; its getType() is ItemType.TEXT.
// https://developers.google.com/apps-script/reference/forms/form#addTextItem()
function probe_forms_textItemType() {
  var item = newForm_().addTextItem();
  assertEqual_(item.getType() === FormApp.ItemType.TEXT, true, 'getType() of addTextItem() is ItemType.TEXT');
}

// getItemById(id): the item with that id (ids are stable integers), so updates need no title match.
// https://developers.google.com/apps-script/reference/forms/form#getItemById(Integer)
function probe_forms_getItemByIdFindsItem() {
  var form = newForm_();
  var item = form.addTextItem().setTitle('Quantity');
  var found = form.getItemById(item.getId());
  assertEqual_([found.getId(), found.getTitle()], [item.getId(), 'Quantity'], '[id, title] of getItemById(item id)');
}

// getItems(itemType): "Gets an array of all items of a given type."
// https://developers.google.com/apps-script/reference/forms/form#getItems(ItemType)
function probe_forms_getItemsFiltersByType() {
  var form = newForm_();
  form.addTextItem();
  form.addListItem();
  form.addTextItem();
  assertEqual_([form.getItems().length, form.getItems(FormApp.ItemType.TEXT).length, form.getItems(FormApp.ItemType.LIST).length], [3, 2, 1], '[all, TEXT, LIST] item counts');
}

// Item.getIndex(): "Gets the index of the item among all the items in the form", from 0.
// https://developers.google.com/apps-script/reference/forms/text-item#getIndex()
function probe_forms_itemIndexIsZeroBased() {
  var form = newForm_();
  var first = form.addTextItem();
  var second = form.addParagraphTextItem();
  assertEqual_([first.getIndex(), second.getIndex()], [0, 1], 'indexes of the first and second items');
}

// moveItem(item, toIndex): "Moves a given item to a given index among all the items in the form."
// https://developers.google.com/apps-script/reference/forms/form#moveItem(Item,Integer)
function probe_forms_moveItemChangesIndex() {
  var form = newForm_();
  var a = form.addTextItem().setTitle('a');
  form.addTextItem().setTitle('b');
  form.moveItem(form.getItemById(a.getId()), 1);
  assertEqual_(form.getItems().map(function (i) { return i.getTitle(); }), ['b', 'a'], 'titles after moveItem(a, 1)');
}

// deleteItem(item): "Deletes the given item."
// https://developers.google.com/apps-script/reference/forms/form#deleteItem(Item)
function probe_forms_deleteItemRemovesIt() {
  var form = newForm_();
  var gone = form.addTextItem().setTitle('gone');
  form.addTextItem().setTitle('kept');
  form.deleteItem(form.getItemById(gone.getId()));
  assertEqual_(form.getItems().map(function (i) { return i.getTitle(); }), ['kept'], 'titles after deleteItem');
}

// setRequired(enabled) / isRequired(): "Determines whether the respondent must answer the question."
// https://developers.google.com/apps-script/reference/forms/text-item#isRequired()
function probe_forms_requiredRoundTrips() {
  var item = newForm_().addTextItem();
  var before = item.isRequired();
  item.setRequired(true);
  assertEqual_([before, item.isRequired()], [false, true], '[isRequired() of a new item, after setRequired(true)]');
}

// setHelpText(text) / getHelpText(): the item's help text reads back.
// https://developers.google.com/apps-script/reference/forms/text-item#getHelpText()
function probe_forms_helpTextRoundTrips() {
  var item = newForm_().addTextItem().setHelpText('Whole cases only');
  assertEqual_(item.getHelpText(), 'Whole cases only', 'getHelpText()');
}

// setChoiceValues(values) then getChoices(): one Choice per value, in order, getValue() giving the text.
// https://developers.google.com/apps-script/reference/forms/list-item#setChoiceValues(String)
function probe_forms_choiceValuesRoundTrip() {
  var item = newForm_().addListItem().setChoiceValues(['North', 'South']);
  assertEqual_(item.getChoices().map(function (c) { return c.getValue(); }), ['North', 'South'], 'choice values');
}

// asTextItem(): "Returns the item as a text item. Throws a scripting exception if the ItemType was not already TEXT."
// https://developers.google.com/apps-script/reference/forms/item#asTextItem()
function probe_forms_castToWrongTypeThrows() {
  var form = newForm_();
  var list = form.addListItem();
  var asItem = form.getItemById(list.getId());
  assertThrows_(function () { asItem.asTextItem(); }, 'asTextItem() on a LIST item');
}

// asTextItem() on a TEXT item gives it back as a TextItem, same id.
// https://developers.google.com/apps-script/reference/forms/item#asTextItem()
function probe_forms_castToOwnTypeWorks() {
  var form = newForm_();
  var text = form.addTextItem();
  assertEqual_(form.getItemById(text.getId()).asTextItem().getId(), text.getId(), 'id of the item cast with asTextItem()');
}

// TextItem.setValidation(validation): a TextValidation built by FormApp.createTextValidation() is accepted.
// https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireNumberBetween(Number,Number)
function probe_forms_textValidationApplies() {
  var item = newForm_().addTextItem();
  var validation = FormApp.createTextValidation().setHelpText('0 to 12').requireNumberBetween(0, 12).build();
  var returned = item.setValidation(validation);
  assertEqual_(returned.getId(), item.getId(), 'setValidation() returns the item, for chaining');
}

// setAcceptingResponses(enabled) / isAcceptingResponses(): closing the form reads back.
// https://developers.google.com/apps-script/reference/forms/form#isAcceptingResponses()
function probe_forms_acceptingResponsesRoundTrips() {
  var form = newForm_();
  var before = form.isAcceptingResponses();
  form.setAcceptingResponses(false).setCustomClosedFormMessage('Orders are closed');
  assertEqual_([before, form.isAcceptingResponses(), form.getCustomClosedFormMessage()], [true, false, 'Orders are closed'], '[accepting before, after, closed message]');
}

// setAllowResponseEdits(enabled) / canEditResponse(): "Determines whether the form displays a link to
// edit a response after submitting it."
// https://developers.google.com/apps-script/reference/forms/form#canEditResponse()
function probe_forms_responseEditsRoundTrip() {
  var form = newForm_();
  form.setAllowResponseEdits(true);
  assertEqual_(form.canEditResponse(), true, 'canEditResponse() after setAllowResponseEdits(true)');
}

// setDescription(description) / getDescription().
// https://developers.google.com/apps-script/reference/forms/form#getDescription()
function probe_forms_descriptionRoundTrips() {
  var form = newForm_();
  form.setDescription('Weekly order');
  assertEqual_(form.getDescription(), 'Weekly order', 'getDescription()');
}

// getResponses(): "Gets an array of all of the form's responses"; none on a new form.
// https://developers.google.com/apps-script/reference/forms/form#getResponses()
function probe_forms_newFormHasNoResponses() {
  assertEqual_(newForm_().getResponses().length, 0, 'number of responses of a new form');
}

// duplicate(): "Creates a copy of this item and appends it to the end of the form", with its own id.
// https://developers.google.com/apps-script/reference/forms/text-item#duplicate()
function probe_forms_duplicateAppendsAtEnd() {
  var form = newForm_();
  var item = form.addTextItem().setTitle('Apples');
  form.addTextItem().setTitle('Pears');
  var copy = item.duplicate();
  var titles = form.getItems().map(function (i) { return i.getTitle(); });
  assertEqual_([copy.getId() !== item.getId(), titles], [true, ['Apples', 'Pears', 'Apples']], '[copy has a new id, titles in order]');
}

// getDestinationId(): "Gets the ID of the form's response destination"; a new form has none, and the
// call throws rather than answering an empty id.
// https://developers.google.com/apps-script/reference/forms/form#getDestinationId()
function probe_forms_destinationIdWithoutDestinationThrows() {
  var form = newForm_();
  assertThrows_(function () { form.getDestinationId(); }, 'getDestinationId() of a form without a destination');
}

// Responses ---------------------------------------------------------------------------------------
// A script builds them with createResponse() / withItemResponse() / submit(): no trigger runs for
// them, and they are read back as a member's would be.

/** A new form with one question of each kind Cabas uses or could: text, list, paragraph, choice, checkbox. */
function responsesForm_() {
  var form = newForm_();
  form.addTextItem().setTitle('Text');
  form.addListItem().setTitle('List').setChoiceValues(['a', 'b']);
  form.addParagraphTextItem().setTitle('Paragraph');
  form.addMultipleChoiceItem().setTitle('Choice').setChoiceValues(['x', 'y']);
  form.addCheckboxItem().setTitle('Checkbox').setChoiceValues(['p', 'q']);
  return form;
}

/** The form's item with this title. */
function itemTitled_(form, title) {
  var items = form.getItems();
  for (var i = 0; i < items.length; i++) if (items[i].getTitle() === title) return items[i];
  throw new Error('probe setup: no item ' + title);
}

/** A stored response's item responses as 'title=answer' texts, in the order given. */
function answersOf_(response) {
  return response.getItemResponses().map(function (ir) { return ir.getItem().getTitle() + '=' + JSON.stringify(ir.getResponse()); });
}

// getItemResponses(): "If the form response does not contain a response for a given TextItem, DateItem,
// TimeItem, or ParagraphTextItem, the ItemResponse returned for that item will have an empty string as
// the response."
// https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses()
function probe_forms_unansweredTextItemsReadAsEmptyStrings() {
  var form = responsesForm_();
  var response = form.createResponse().submit();
  assertEqual_(answersOf_(form.getResponse(response.getId())), ['Text=""', 'Paragraph=""'], 'item responses of a response with no answer');
}

// getItemResponses(): "If the form response omits a response for any other item type, this method
// excludes that item from its returned array."
// https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses()
function probe_forms_unansweredChoiceItemsAreLeftOut() {
  var form = responsesForm_();
  var text = itemTitled_(form, 'Text').asTextItem();
  var response = form.createResponse().withItemResponse(text.createResponse('4')).submit();
  assertEqual_(answersOf_(form.getResponse(response.getId())), ['Text="4"', 'Paragraph=""'], 'item responses when only Text is answered');
}

// getItemResponses(): "Gets all item responses contained in a form response, in the same order that
// the items appear in the form." A checkbox answer is a String[].
// https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses()
function probe_forms_itemResponsesComeInFormOrder() {
  var form = responsesForm_();
  var response = form.createResponse()
    .withItemResponse(itemTitled_(form, 'Checkbox').asCheckboxItem().createResponse(['q']))
    .withItemResponse(itemTitled_(form, 'Choice').asMultipleChoiceItem().createResponse('y'))
    .withItemResponse(itemTitled_(form, 'List').asListItem().createResponse('b'))
    .submit();
  assertEqual_(answersOf_(form.getResponse(response.getId())), ['Text=""', 'List="b"', 'Paragraph=""', 'Choice="y"', 'Checkbox=["q"]'], 'item responses in form order');
}

// getId(): "Gets the ID of the form response. This method returns null if the form response has not
// been submitted."
// https://developers.google.com/apps-script/reference/forms/form-response#getId()
function probe_forms_responseIdIsNullUntilSubmitted() {
  var response = responsesForm_().createResponse();
  var before = response.getId();
  response.submit();
  assertEqual_([before, typeof response.getId() === 'string' && response.getId() !== ''], [null, true], '[id before submit, an id after]');
}

// ListItem.createResponse(response): "Throws an exception if the response argument does not match a
// valid choice for this item."
// https://developers.google.com/apps-script/reference/forms/list-item#createResponse(String)
function probe_forms_listResponseOutsideChoicesThrows() {
  var list = itemTitled_(responsesForm_(), 'List').asListItem();
  assertThrows_(function () { list.createResponse('c'); }, 'createResponse("c") on a list of a, b');
}

// CheckboxItem.createResponse(responses): "Throws an exception if any value does not match a valid
// choice for this item, unless showOtherOption(enabled) is set to true."
// https://developers.google.com/apps-script/reference/forms/checkbox-item#createResponse(String)
function probe_forms_checkboxResponseOutsideChoicesThrows() {
  var box = itemTitled_(responsesForm_(), 'Checkbox').asCheckboxItem();
  assertThrows_(function () { box.createResponse(['p', 'z']); }, 'createResponse(["p", "z"]) on a checkbox of p, q');
}
