// Builds or updates the group's one persistent Form from a FormPlan. Items are found by the ids
// stored at the last sync, never by title, so a renamed product keeps its question.
import type { FormPlan, FormQuestionPlan } from '../../core/form/plan-form';
import { decodeFormItems, FORM_ITEM, type FormItems } from '../../core/cycle-state';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

const PROPERTY_FORM = 'cabas.formId';
const PROPERTY_ITEMS = 'cabas.formItems';
/** The spreadsheet the stored form belongs to: a copy of the workbook (a template's) has another id. */
const PROPERTY_FORM_SPREADSHEET = 'cabas.formSpreadsheet';

/**
 * The group's form, created the first time. A form stored by another spreadsheet (the template
 * this workbook was copied from, when the bound script came with its properties) is neither used
 * nor deleted: this workbook makes its own. (A form stored before the owner was recorded is this
 * workbook's.)
 */
export function groupForm(title: string): Form {
  const properties = PropertiesService.getScriptProperties();
  const id = properties.getProperty(PROPERTY_FORM);
  const here = SpreadsheetApp.getActiveSpreadsheet().getId();
  const owner = properties.getProperty(PROPERTY_FORM_SPREADSHEET);
  if (id && (owner === null || owner === here)) {
    try {
      const form = FormApp.openById(id);
      if (owner === null) properties.setProperty(PROPERTY_FORM_SPREADSHEET, here);
      return form;
    } catch {
      // Deleted from Drive by hand: make a new one.
    }
  }
  const form = FormApp.create(title);
  properties.setProperty(PROPERTY_FORM, form.getId());
  properties.setProperty(PROPERTY_FORM_SPREADSHEET, here);
  properties.deleteProperty(PROPERTY_ITEMS);
  return form;
}

/** The form the last sync stored for this workbook, without making one; null when there is none or it is gone. */
export function storedForm(): Form | null {
  const properties = PropertiesService.getScriptProperties();
  const id = properties.getProperty(PROPERTY_FORM);
  const owner = properties.getProperty(PROPERTY_FORM_SPREADSHEET);
  if (!id || (owner !== null && owner !== SpreadsheetApp.getActiveSpreadsheet().getId())) return null;
  try {
    return FormApp.openById(id);
  } catch {
    return null; // deleted from Drive
  }
}

/** The item ids the last sync stored with the form (none when missing or damaged). */
export function storedItems(): FormItems {
  return decodeFormItems(PropertiesService.getScriptProperties().getProperty(PROPERTY_ITEMS));
}

function validation(q: FormQuestionPlan): GoogleAppsScript.Forms.TextValidation {
  const builder = FormApp.createTextValidation().setHelpText(q.errorText);
  // Every quantity has a max (the product's, or the group's ceiling). Whole units: whole numbers up
  // to it, in one pattern; else any number from 0 to it (the step is checked by Cabas on submit).
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder
  if (q.pattern !== null) return builder.requireTextMatchesPattern(q.pattern).build();
  return builder.requireNumberBetween(0, q.max).build();
}

/** Syncs the form with the plan; returns the item id of every question. */
export function syncForm(form: Form, plan: FormPlan): FormItems {
  const previous = storedItems();
  const existing = new Map<number, Item>();
  for (const item of form.getItems()) existing.set(item.getId(), item);
  const take = (key: string, type: GoogleAppsScript.Forms.ItemType): Item | null => {
    const id = previous[key];
    const item = id !== undefined ? existing.get(id) : undefined;
    if (!item || item.getType() !== type) return null;
    existing.delete(id);
    return item;
  };
  const items: FormItems = {};
  const order: Item[] = [];
  /** Records the item's id under `key` and its place in the form. */
  const keep = (key: string, item: { getId(): number }) => {
    items[key] = item.getId();
    order.push(item as Item);
  };
  const pageItem = (key: string) => take(key, FormApp.ItemType.PAGE_BREAK)?.asPageBreakItem() ?? form.addPageBreakItem();
  const textItem = (key: string) => take(key, FormApp.ItemType.TEXT)?.asTextItem() ?? form.addTextItem();

  keep(FORM_ITEM.site, (take(FORM_ITEM.site, FormApp.ItemType.LIST)?.asListItem() ?? form.addListItem())
    .setTitle(plan.site.title).setHelpText(plan.site.help).setChoiceValues(plan.site.choices).setRequired(true));
  for (const section of plan.sections) {
    const key = `#section:${section.producer}`;
    keep(key, pageItem(key).setTitle(section.title).setHelpText(section.help));
    for (const q of section.questions) {
      keep(q.ref, textItem(q.ref).setTitle(q.title).setHelpText(q.help).setRequired(false).setValidation(validation(q)));
    }
  }
  keep('#end', pageItem('#end').setTitle(plan.comment.title));
  // No product sold by the case: no tolerance to ask for.
  if (plan.tolerance.max > 0) {
    keep(FORM_ITEM.tolerance, textItem(FORM_ITEM.tolerance).setTitle(plan.tolerance.title).setHelpText(plan.tolerance.help).setRequired(false)
      .setValidation(FormApp.createTextValidation().requireNumberBetween(0, plan.tolerance.max).build()));
  }
  if (plan.help) {
    keep(FORM_ITEM.help, (take(FORM_ITEM.help, FormApp.ItemType.LIST)?.asListItem() ?? form.addListItem())
      .setTitle(plan.help.title).setHelpText(plan.help.help).setChoiceValues(plan.help.choices).setRequired(false));
  }
  keep(FORM_ITEM.comment, (take(FORM_ITEM.comment, FormApp.ItemType.PARAGRAPH_TEXT)?.asParagraphTextItem() ?? form.addParagraphTextItem())
    .setTitle(plan.comment.title).setHelpText(plan.comment.help).setRequired(false));

  // Questions of products no longer available go; everything else keeps its id.
  for (const item of existing.values()) form.deleteItem(item);
  const current = form.getItems().map((i) => i.getId());
  order.forEach((item, index) => {
    if (current[index] !== item.getId()) {
      form.moveItem(item, index);
      current.splice(current.indexOf(item.getId()), 1);
      current.splice(index, 0, item.getId());
    }
  });

  form.setTitle(plan.title).setDescription(plan.description).setConfirmationMessage(plan.confirmationMessage)
    .setCustomClosedFormMessage(plan.closedMessage).setAllowResponseEdits(true).setLimitOneResponsePerUser(false)
    .setShowLinkToRespondAgain(false).setProgressBar(true);
  try {
    form.setEmailCollectionType(FormApp.EmailCollectionType.VERIFIED);
  } catch {
    form.setCollectEmail(true); // older forms API: collect e-mails the classic way
  }
  form.setPublished(true);
  form.setAcceptingResponses(true);
  PropertiesService.getScriptProperties().setProperty(PROPERTY_ITEMS, JSON.stringify(items));
  return items;
}
