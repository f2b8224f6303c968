// One question or layout item of a local Form. Apps Script hands out typed views of an Item
// (`asTextItem()`, `asListItem()`…); here one class holds every kind and the casts check the type.
// https://developers.google.com/apps-script/reference/forms/item
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import { LocalItemResponse } from './item-response';
import { validationOf, type LocalTextValidation, type LocalTextValidationRule } from './text-validation';

type Forms = typeof GoogleAppsScript.Forms;

export type ItemKind = 'TEXT' | 'PARAGRAPH_TEXT' | 'LIST' | 'MULTIPLE_CHOICE' | 'CHECKBOX' | 'PAGE_BREAK' | 'SECTION_HEADER';

/** Items that take an answer (the others only lay the form out). */
export const QUESTION_KINDS: ReadonlySet<ItemKind> = new Set(['TEXT', 'PARAGRAPH_TEXT', 'LIST', 'MULTIPLE_CHOICE', 'CHECKBOX']);

/** What an item no longer in its form answers (see `rpc`). */
export const DELETED_ITEM = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

const CASTS: Record<string, ItemKind> = {
  asTextItem: 'TEXT', asParagraphTextItem: 'PARAGRAPH_TEXT', asListItem: 'LIST',
  asMultipleChoiceItem: 'MULTIPLE_CHOICE', asCheckboxItem: 'CHECKBOX', asPageBreakItem: 'PAGE_BREAK',
  asSectionHeaderItem: 'SECTION_HEADER',
};

export interface ItemOwner {
  indexOf(item: LocalItem): number;
  duplicate(item: LocalItem): LocalItem;
}

// The Apps Script interface of each kind, besides Item's own members.
const KIND_INTERFACE: Record<ItemKind, string> = {
  TEXT: 'Forms.TextItem', PARAGRAPH_TEXT: 'Forms.ParagraphTextItem', LIST: 'Forms.ListItem', MULTIPLE_CHOICE: 'Forms.MultipleChoiceItem',
  CHECKBOX: 'Forms.CheckboxItem', PAGE_BREAK: 'Forms.PageBreakItem', SECTION_HEADER: 'Forms.SectionHeaderItem',
};

type AnyItem = GoogleAppsScript.Forms.Item & GoogleAppsScript.Forms.TextItem & GoogleAppsScript.Forms.ListItem & GoogleAppsScript.Forms.CheckboxItem & GoogleAppsScript.Forms.PageBreakItem;

export class LocalItem implements Surface<AnyItem> {
  /** A script sees Item's members and its kind's (the local item is also its own `asTextItem()`…). */
  get [APPS_SCRIPT_CLASS]() { return ['Forms.Item', KIND_INTERFACE[this.kind]] as const; }
  title = '';
  helpText = '';
  required = false;
  validation: LocalTextValidation | null = null;
  choices: string[] = [];
  goToPage: LocalItem | null = null;

  constructor(private readonly env: RuntimeEnv, private readonly owner: ItemOwner, readonly id: number, readonly kind: ItemKind) {
    for (const [method, kind] of Object.entries(CASTS)) {
      (this as unknown as Record<string, unknown>)[method] = () => this.cast(method, kind);
    }
  }

  private cast(method: string, kind: ItemKind): unknown {
    record(this.env, 'FormApp', `Item.${method}`, 'local');
    // "Throws a scripting exception if the ItemType was not already TEXT" (and so for every cast:
    // https://developers.google.com/apps-script/reference/forms/item#asTextItem(); contract probe
    // probe_forms_castToWrongTypeThrows). The wording is not documented.
    if (kind !== this.kind) throw this.env.realm.error(`Item ${this.id} is a ${this.kind} item, not ${kind}.`);
    return this;
  }

  private local(method: string): void {
    record(this.env, 'FormApp', `Item.${method}`, 'local');
  }

  /**
   * A call that goes to the form: the item must still be in it. After `Form.deleteItem`, the runtime
   * used to let the script go on setting titles and choices of an item no form has. Google's text for
   * an item it cannot find is the one reported for Forms lookups ("No item with the given ID could be
   * found…", github.com/boilermaker-ben/Google-Sheets-NFL-Pick-Ems-and-Survivor-Pool/issues/30);
   * https://developers.google.com/apps-script/reference/forms/form#deleteItem(Item) says nothing of
   * the deleted item's object: refusing is the stricter choice.
   */
  private rpc(method: string): this {
    record(this.env, 'FormApp', `Item.${method}`, 'rpc');
    if (this.owner.indexOf(this) < 0) throw this.env.realm.error(DELETED_ITEM);
    return this;
  }

  getId(): number {
    this.local('getId');
    return this.id;
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    this.local('getType');
    return this.kind as unknown as GoogleAppsScript.Forms.ItemType;
  }
  getIndex(): number {
    this.local('getIndex');
    return this.owner.indexOf(this);
  }
  getTitle(): string {
    this.rpc('getTitle');
    return this.title;
  }
  setTitle(title: string): this {
    this.rpc('setTitle');
    this.title = String(title);
    return this;
  }
  getHelpText(): string {
    this.rpc('getHelpText');
    return this.helpText;
  }
  setHelpText(text: string): this {
    this.rpc('setHelpText');
    this.helpText = String(text);
    return this;
  }
  isRequired(): boolean {
    this.rpc('isRequired');
    return this.required;
  }
  setRequired(enabled: boolean): this {
    this.rpc('setRequired');
    this.required = Boolean(enabled);
    return this;
  }
  setValidation(validation: LocalTextValidationRule): this {
    this.rpc('setValidation');
    const built = validationOf(validation);
    if (!built) throw this.env.realm.error('Invalid argument: validation');
    this.validation = built;
    return this;
  }
  clearValidation(): this {
    this.rpc('clearValidation');
    this.validation = null;
    return this;
  }
  setChoiceValues(values: string[]): this {
    this.rpc('setChoiceValues');
    this.choices = Array.from(values, String);
    return this;
  }
  createChoice(value: string): LocalChoice {
    this.local('createChoice');
    return this.choice(String(value));
  }
  setChoices(choices: LocalChoice[]): this {
    this.rpc('setChoices');
    this.choices = Array.from(choices, (c) => c.getValue());
    return this;
  }
  getChoices(): LocalChoice[] {
    this.rpc('getChoices');
    return this.env.realm.adopt(this.choices.map((v) => this.choice(v)));
  }
  setGoToPage(page: LocalItem | GoogleAppsScript.Forms.PageNavigationType | null): this {
    this.rpc('setGoToPage');
    this.goToPage = (page as LocalItem | null) ?? null;
    return this;
  }
  getGoToPage(): LocalItem | null {
    this.rpc('getGoToPage');
    return this.goToPage;
  }
  /**
   * A new answer to this question, for a response the script builds (Form.createResponse). A choice
   * that is not among the item's choices throws, as the list, multiple-choice and checkbox pages say
   * (https://developers.google.com/apps-script/reference/forms/list-item#createResponse(String),
   * .../multiple-choice-item#createResponse(String), .../checkbox-item#createResponse(String));
   * the local items have no "other" option.
   */
  createResponse(response: string | string[]): LocalItemResponse {
    this.local('createResponse');
    if (!QUESTION_KINDS.has(this.kind)) throw this.env.realm.error(`not implemented: Item.createResponse on a ${this.kind} item`);
    const many = this.kind === 'CHECKBOX';
    if (many !== Array.isArray(response)) throw this.env.realm.error(`Invalid argument: response`);
    const answer = Array.isArray(response) ? Array.from(response, String) : String(response);
    if (this.kind !== 'TEXT' && this.kind !== 'PARAGRAPH_TEXT') {
      const bad = (Array.isArray(answer) ? answer : [answer]).find((v) => !this.choices.includes(v));
      if (bad !== undefined) throw this.env.realm.error(`Invalid response submitted to item "${this.title}": "${bad}" is not a choice.`);
    }
    return new LocalItemResponse(this.env, this, answer);
  }
  duplicate(): LocalItem {
    this.rpc('duplicate');
    return this.owner.duplicate(this);
  }

  private choice(value: string): LocalChoice {
    return new LocalChoice(value);
  }
}

/** One choice of a list, multiple-choice or checkbox item. https://developers.google.com/apps-script/reference/forms/choice */
export class LocalChoice implements Surface<GoogleAppsScript.Forms.Choice> {
  get [APPS_SCRIPT_CLASS]() { return 'Forms.Choice' as const; }
  constructor(private readonly value: string) {}
  getValue(): string {
    return this.value;
  }
}

/** The enum the script reads as `FormApp.ItemType` (values compare as their names). */
export const ITEM_TYPE = Object.fromEntries(
  ['CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'DATETIME', 'DURATION', 'GRID', 'IMAGE', 'LIST', 'MULTIPLE_CHOICE', 'PAGE_BREAK',
    'PARAGRAPH_TEXT', 'SCALE', 'SECTION_HEADER', 'TEXT', 'TIME', 'VIDEO', 'FILE_UPLOAD'].map((n) => [n, n]),
) as unknown as Forms['ItemType'];
