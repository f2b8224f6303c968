// One question or layout item of a local Form. Apps Script hands out typed views of an Item
// (`asTextItem()`, `asListItem()`…); here one class holds every kind and the casts check the type.
// https://developers.google.com/apps-script/reference/forms/item
import type { RuntimeEnv } from '../env';
import { record, serviceObject } from '../service-object';
import { LocalItemResponse } from './item-response';
import { validationOf, type LocalTextValidation } from './text-validation';

type Item = GoogleAppsScript.Forms.Item;
type Forms = typeof GoogleAppsScript.Forms;

export type ItemKind = 'TEXT' | 'PARAGRAPH_TEXT' | 'LIST' | 'MULTIPLE_CHOICE' | 'CHECKBOX' | 'PAGE_BREAK' | 'SECTION_HEADER';

/** Items that take an answer (the others only lay the form out). */
export const QUESTION_KINDS: ReadonlySet<ItemKind> = new Set(['TEXT', 'PARAGRAPH_TEXT', 'LIST', 'MULTIPLE_CHOICE', 'CHECKBOX']);

const CASTS: Record<string, ItemKind> = {
  asTextItem: 'TEXT', asParagraphTextItem: 'PARAGRAPH_TEXT', asListItem: 'LIST',
  asMultipleChoiceItem: 'MULTIPLE_CHOICE', asCheckboxItem: 'CHECKBOX', asPageBreakItem: 'PAGE_BREAK',
  asSectionHeaderItem: 'SECTION_HEADER',
};

export interface ItemOwner {
  indexOf(item: LocalItem): number;
  duplicate(item: LocalItem): LocalItem;
}

export class LocalItem {
  readonly self: Item;
  title = '';
  helpText = '';
  required = false;
  validation: LocalTextValidation | null = null;
  choices: string[] = [];
  goToPage: LocalItem | null = null;

  constructor(private readonly env: RuntimeEnv, private readonly owner: ItemOwner, readonly id: number, readonly kind: ItemKind) {
    this.self = serviceObject<Item>(env, 'Item', this);
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
    return this.self;
  }

  private local(method: string): void {
    record(this.env, 'FormApp', `Item.${method}`, 'local');
  }

  private rpc(method: string): Item {
    record(this.env, 'FormApp', `Item.${method}`, 'rpc');
    return this.self;
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
    record(this.env, 'FormApp', 'Item.getTitle', 'rpc');
    return this.title;
  }
  setTitle(title: string): Item {
    this.title = String(title);
    return this.rpc('setTitle');
  }
  getHelpText(): string {
    record(this.env, 'FormApp', 'Item.getHelpText', 'rpc');
    return this.helpText;
  }
  setHelpText(text: string): Item {
    this.helpText = String(text);
    return this.rpc('setHelpText');
  }
  isRequired(): boolean {
    record(this.env, 'FormApp', 'Item.isRequired', 'rpc');
    return this.required;
  }
  setRequired(enabled: boolean): Item {
    this.required = Boolean(enabled);
    return this.rpc('setRequired');
  }
  setValidation(validation: GoogleAppsScript.Forms.TextValidation): Item {
    const built = validationOf(validation);
    if (!built) throw this.env.realm.error('Invalid argument: validation');
    this.validation = built;
    return this.rpc('setValidation');
  }
  clearValidation(): Item {
    this.validation = null;
    return this.rpc('clearValidation');
  }
  setChoiceValues(values: string[]): Item {
    this.choices = Array.from(values, String);
    return this.rpc('setChoiceValues');
  }
  createChoice(value: string): GoogleAppsScript.Forms.Choice {
    this.local('createChoice');
    return this.choice(String(value));
  }
  setChoices(choices: GoogleAppsScript.Forms.Choice[]): Item {
    this.choices = Array.from(choices, (c) => c.getValue());
    return this.rpc('setChoices');
  }
  getChoices(): GoogleAppsScript.Forms.Choice[] {
    record(this.env, 'FormApp', 'Item.getChoices', 'rpc');
    return this.env.realm.adopt(this.choices.map((v) => this.choice(v)));
  }
  setGoToPage(page: GoogleAppsScript.Forms.PageBreakItem): Item {
    this.goToPage = (page as unknown as LocalItem) ?? null;
    return this.rpc('setGoToPage');
  }
  getGoToPage(): GoogleAppsScript.Forms.PageBreakItem | null {
    record(this.env, 'FormApp', 'Item.getGoToPage', 'rpc');
    return (this.goToPage?.self ?? null) as GoogleAppsScript.Forms.PageBreakItem | null;
  }
  /**
   * A new answer to this question, for a response the script builds (Form.createResponse). A choice
   * that is not among the item's choices throws, as the list, multiple-choice and checkbox pages say
   * (https://developers.google.com/apps-script/reference/forms/list-item#createResponse(String),
   * .../multiple-choice-item#createResponse(String), .../checkbox-item#createResponse(String));
   * the local items have no "other" option.
   */
  createResponse(response: string | string[]): GoogleAppsScript.Forms.ItemResponse {
    this.local('createResponse');
    if (!QUESTION_KINDS.has(this.kind)) throw this.env.realm.error(`not implemented: Item.createResponse on a ${this.kind} item`);
    const many = this.kind === 'CHECKBOX';
    if (many !== Array.isArray(response)) throw this.env.realm.error(`Invalid argument: response`);
    const answer = Array.isArray(response) ? Array.from(response, String) : String(response);
    if (this.kind !== 'TEXT' && this.kind !== 'PARAGRAPH_TEXT') {
      const bad = (Array.isArray(answer) ? answer : [answer]).find((v) => !this.choices.includes(v));
      if (bad !== undefined) throw this.env.realm.error(`Invalid response submitted to item "${this.title}": "${bad}" is not a choice.`);
    }
    return new LocalItemResponse(this.env, this, answer).self;
  }
  duplicate(): Item {
    record(this.env, 'FormApp', 'Item.duplicate', 'rpc');
    return this.owner.duplicate(this).self;
  }

  private choice(value: string): GoogleAppsScript.Forms.Choice {
    return serviceObject<GoogleAppsScript.Forms.Choice>(this.env, 'Choice', { getValue: () => value });
  }
}

/** The enum the script reads as `FormApp.ItemType` (values compare as their names). */
export const ITEM_TYPE = Object.fromEntries(
  ['CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'DATETIME', 'DURATION', 'GRID', 'IMAGE', 'LIST', 'MULTIPLE_CHOICE', 'PAGE_BREAK',
    'PARAGRAPH_TEXT', 'SCALE', 'SECTION_HEADER', 'TEXT', 'TIME', 'VIDEO', 'FILE_UPLOAD'].map((n) => [n, n]),
) as unknown as Forms['ItemType'];
