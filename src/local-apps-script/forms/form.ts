// A local Google Form: its settings, its items (stable integer ids) and its responses.
// https://developers.google.com/apps-script/reference/forms/form
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import { LocalItem, type ItemKind } from './item';
import { LocalFormResponse } from './form-response';

export type EmailCollection = 'DO_NOT_COLLECT' | 'VERIFIED' | 'RESPONDER_INPUT';

export interface FormIds {
  nextItemId(): number;
  nextResponseId(): string;
}

export class LocalForm implements Surface<GoogleAppsScript.Forms.Form> {
  get [APPS_SCRIPT_CLASS]() { return 'Forms.Form' as const; }
  title: string;
  description = '';
  confirmationMessage = '';
  closedMessage = '';
  accepting = true;
  allowEdits = false;
  emailCollection: EmailCollection = 'DO_NOT_COLLECT';
  // Forms made through the API may start unpublished since 2025 (APPS-SCRIPT.md): the strict case.
  published = false;
  limitOneResponse = false;
  linkToRespondAgain = true;
  progressBar = false;
  destination: { type: string; id: string } | null = null;
  readonly items: LocalItem[] = [];
  readonly responses = new Map<string, LocalFormResponse>();

  constructor(private readonly env: RuntimeEnv, private readonly ids: FormIds, readonly id: string, title: string) {
    this.title = title;
  }

  get publishedUrl(): string {
    return this.env.formAddress ?? `https://docs.google.com/forms/d/e/1FAIpQLSe${this.id}/viewform`;
  }

  private rpc(method: string): this {
    record(this.env, 'FormApp', `Form.${method}`, 'rpc');
    return this;
  }
  private read<T>(method: string, value: T): T {
    record(this.env, 'FormApp', `Form.${method}`, 'rpc');
    return value;
  }

  // Items ------------------------------------------------------------------------------------
  private add(kind: ItemKind, method: string): LocalItem {
    record(this.env, 'FormApp', `Form.${method}`, 'rpc');
    const item = new LocalItem(this.env, this, this.ids.nextItemId(), kind);
    this.items.push(item);
    return item;
  }
  addTextItem() { return this.add('TEXT', 'addTextItem'); }
  addParagraphTextItem() { return this.add('PARAGRAPH_TEXT', 'addParagraphTextItem'); }
  addListItem() { return this.add('LIST', 'addListItem'); }
  addMultipleChoiceItem() { return this.add('MULTIPLE_CHOICE', 'addMultipleChoiceItem'); }
  addCheckboxItem() { return this.add('CHECKBOX', 'addCheckboxItem'); }
  addPageBreakItem() { return this.add('PAGE_BREAK', 'addPageBreakItem'); }
  addSectionHeaderItem() { return this.add('SECTION_HEADER', 'addSectionHeaderItem'); }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): LocalItem[] {
    const kind = itemType === undefined ? null : String(itemType);
    return this.read('getItems', this.env.realm.adopt(this.items.filter((i) => kind === null || i.kind === kind)));
  }
  /** null when no item has this id, as Apps Script returns. */
  getItemById(id: number): LocalItem | null {
    return this.read('getItemById', this.items.find((i) => i.id === Number(id)) ?? null);
  }
  private position(item: LocalItem | number, method: string): number {
    const index = typeof item === 'number' ? item : this.items.findIndex((i) => i.id === item.getId());
    if (!(index >= 0 && index < this.items.length)) throw this.env.realm.error(`Invalid argument: ${method}: no such item`);
    return index;
  }
  deleteItem(item: LocalItem | number): void {
    const index = this.position(item, 'deleteItem');
    this.rpc('deleteItem');
    this.items.splice(index, 1);
  }
  moveItem(from: LocalItem | number, toIndex: number): LocalItem {
    const index = this.position(from, 'moveItem');
    if (!(toIndex >= 0 && toIndex < this.items.length)) throw this.env.realm.error('Invalid argument: moveItem: index out of range');
    this.rpc('moveItem');
    const [item] = this.items.splice(index, 1);
    this.items.splice(toIndex, 0, item);
    return item;
  }
  indexOf(item: LocalItem): number {
    return this.items.findIndex((i) => i.id === item.id);
  }
  duplicate(item: LocalItem): LocalItem {
    const copy = new LocalItem(this.env, this, this.ids.nextItemId(), item.kind);
    Object.assign(copy, { title: item.title, helpText: item.helpText, required: item.required, validation: item.validation, choices: [...item.choices] });
    // "Creates a copy of this item and appends it to the end of the form"
    // (https://developers.google.com/apps-script/reference/forms/text-item#duplicate()).
    this.items.push(copy);
    return copy;
  }
  orderedItems(): LocalItem[] {
    return this.items;
  }

  // Settings ---------------------------------------------------------------------------------
  getId(): string {
    record(this.env, 'FormApp', 'Form.getId', 'local');
    return this.id;
  }
  getTitle() { return this.read('getTitle', this.title); }
  setTitle(title: string) { this.title = String(title); return this.rpc('setTitle'); }
  getDescription() { return this.read('getDescription', this.description); }
  setDescription(text: string) { this.description = String(text); return this.rpc('setDescription'); }
  getConfirmationMessage() { return this.read('getConfirmationMessage', this.confirmationMessage); }
  setConfirmationMessage(text: string) { this.confirmationMessage = String(text); return this.rpc('setConfirmationMessage'); }
  getCustomClosedFormMessage() { return this.read('getCustomClosedFormMessage', this.closedMessage); }
  setCustomClosedFormMessage(text: string) { this.closedMessage = String(text); return this.rpc('setCustomClosedFormMessage'); }
  isAcceptingResponses() { return this.read('isAcceptingResponses', this.accepting); }
  setAcceptingResponses(enabled: boolean) { this.accepting = Boolean(enabled); return this.rpc('setAcceptingResponses'); }
  canEditResponse() { return this.read('canEditResponse', this.allowEdits); }
  setAllowResponseEdits(enabled: boolean) { this.allowEdits = Boolean(enabled); return this.rpc('setAllowResponseEdits'); }
  collectsEmail() { return this.read('collectsEmail', this.emailCollection !== 'DO_NOT_COLLECT'); }
  setCollectEmail(collect: boolean) {
    this.emailCollection = collect ? (this.emailCollection === 'DO_NOT_COLLECT' ? 'VERIFIED' : this.emailCollection) : 'DO_NOT_COLLECT';
    return this.rpc('setCollectEmail');
  }
  getEmailCollectionType() { return this.read('getEmailCollectionType', this.emailCollection as unknown as GoogleAppsScript.Forms.EmailCollectionType); }
  setEmailCollectionType(type: GoogleAppsScript.Forms.EmailCollectionType | EmailCollection) {
    const value = String(type);
    if (!['DO_NOT_COLLECT', 'VERIFIED', 'RESPONDER_INPUT'].includes(value)) throw this.env.realm.error(`Invalid argument: type`);
    this.emailCollection = value as EmailCollection;
    return this.rpc('setEmailCollectionType');
  }
  isPublished() { return this.read('isPublished', this.published); }
  setPublished(enabled: boolean) { this.published = Boolean(enabled); return this.rpc('setPublished'); }
  hasLimitOneResponsePerUser() { return this.read('hasLimitOneResponsePerUser', this.limitOneResponse); }
  setLimitOneResponsePerUser(enabled: boolean) { this.limitOneResponse = Boolean(enabled); return this.rpc('setLimitOneResponsePerUser'); }
  hasRespondAgainLink() { return this.read('hasRespondAgainLink', this.linkToRespondAgain); }
  setShowLinkToRespondAgain(enabled: boolean) { this.linkToRespondAgain = Boolean(enabled); return this.rpc('setShowLinkToRespondAgain'); }
  hasProgressBar() { return this.read('hasProgressBar', this.progressBar); }
  setProgressBar(enabled: boolean) { this.progressBar = Boolean(enabled); return this.rpc('setProgressBar'); }
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string) { this.destination = { type: String(type), id: String(id) }; return this.rpc('setDestination'); }
  getDestinationId() {
    // A form without a destination throws (contract probe probe_forms_destinationIdWithoutDestinationThrows,
    // https://developers.google.com/apps-script/reference/forms/form#getDestinationId()); the wording is not documented.
    if (!this.destination) throw this.env.realm.error('This form does not currently have a response destination.');
    return this.read('getDestinationId', this.destination.id);
  }
  removeDestination() { this.destination = null; return this.rpc('removeDestination'); }
  getPublishedUrl() { return this.read('getPublishedUrl', this.publishedUrl); }
  getEditUrl() { return this.read('getEditUrl', `https://docs.google.com/forms/d/${this.id}/edit`); }
  shortenFormUrl(url: string) {
    let h = 0;
    for (const ch of String(url)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return this.read('shortenFormUrl', `https://forms.gle/${h.toString(36)}${this.id.slice(-4)}`);
  }
  emailCollected(): boolean {
    return this.emailCollection !== 'DO_NOT_COLLECT';
  }
  editUrl(responseId: string): string {
    // The offline mode's own form tool has no edit link per response: a member answers again there, and the latest answer wins.
    return this.env.formAddress ?? `${this.publishedUrl}?edit2=${responseId}`;
  }

  // Responses --------------------------------------------------------------------------------
  /** A new response for the script to fill (withItemResponse) and submit; not stored until then. */
  createResponse(): LocalFormResponse {
    record(this.env, 'FormApp', 'Form.createResponse', 'local');
    const response = new LocalFormResponse(this.env, this, '', this.env.clock.now(), this.env.userEmail, new Map());
    response.draft = true;
    return response;
  }
  store(response: LocalFormResponse): string {
    const id = this.ids.nextResponseId();
    response.timestamp = this.env.clock.now();
    this.responses.set(id, response);
    return id;
  }
  getResponses(timestamp?: Date): LocalFormResponse[] {
    const from = timestamp === undefined ? -Infinity : new Date(timestamp as unknown as number).getTime();
    const list = [...this.responses.values()].filter((r) => r.timestamp >= from).sort((a, b) => a.timestamp - b.timestamp);
    return this.read('getResponses', this.env.realm.adopt(list));
  }
  getResponse(responseId: string): LocalFormResponse {
    const found = this.responses.get(String(responseId));
    if (!found) throw this.env.realm.error(`No response with ID ${responseId} exists for this form.`);
    return this.read('getResponse', found);
  }
  deleteResponse(responseId: string) {
    if (!this.responses.delete(String(responseId))) throw this.env.realm.error(`No response with ID ${responseId} exists for this form.`);
    return this.rpc('deleteResponse');
  }
  deleteAllResponses() {
    this.responses.clear();
    return this.rpc('deleteAllResponses');
  }
}
