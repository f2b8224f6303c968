// The spreadsheet's UI, recorded: menus, alerts, prompts, dialogs, sidebars and toasts, with
// scripted answers queued by the test or driver. https://developers.google.com/apps-script/reference/base/ui
import type { RuntimeEnv } from '../env';
import { Button, ButtonSet, type ButtonName } from './enums';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';

export type MenuEntry = { caption: string; functionName: string } | 'separator' | { caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  caption: string;
  items: MenuEntry[];
}

/** What showModalDialog/showSidebar accept: an HtmlOutput from HtmlService, or anything alike. */
export interface HtmlLike {
  getContent(): string;
  getTitle?(): string;
  getWidth?(): number;
  getHeight?(): number;
}

interface Answer {
  button: ButtonName;
  text: string;
}

/** Host side: what the script showed, and the answers the next alerts and prompts will get. */
export class UiRecorder {
  menus: RecordedMenu[] = [];
  alerts: { title: string; message: string; buttons: string; answer: ButtonName }[] = [];
  prompts: { title: string; message: string; buttons: string; answer: ButtonName; text: string }[] = [];
  dialogs: { title: string; html: string; modal: boolean; width: number; height: number }[] = [];
  sidebars: { title: string; html: string; width: number }[] = [];
  toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  private answers: Answer[] = [];

  /** The next alert (or prompt) is answered with this button. */
  queueButton(button: ButtonName): void {
    this.answers.push({ button, text: '' });
  }

  /** The next prompt (or alert) is answered with this text and button. */
  queuePrompt(text: string, button: ButtonName = 'OK'): void {
    this.answers.push({ button, text });
  }

  /** Host side: the next scripted answer, or undefined when none is queued. */
  takeAnswer(): Answer | undefined {
    return this.answers.shift();
  }

  /** Host side: replaces the menu with the same caption (the latest addToUi wins). */
  putMenu(menu: RecordedMenu): void {
    const i = this.menus.findIndex((m) => m.caption === menu.caption);
    if (i >= 0) this.menus[i] = menu;
    else this.menus.push(menu);
  }

  /** Host side: the function name behind a menu caption (sub-menus searched too). */
  functionFor(menuCaption: string, itemCaption: string): string | undefined {
    const search = (items: MenuEntry[]): string | undefined => {
      for (const item of items) {
        if (item === 'separator') continue;
        if ('functionName' in item && item.caption === itemCaption) return item.functionName;
        if ('items' in item) { const found = search(item.items); if (found) return found; }
      }
      return undefined;
    };
    const menu = this.menus.find((m) => m.caption === menuCaption);
    return menu ? search(menu.items) : undefined;
  }
}

export class LocalMenu implements Surface<GoogleAppsScript.Base.Menu> {
  get [APPS_SCRIPT_CLASS]() { return 'Base.Menu' as const; }
  readonly items: MenuEntry[] = [];

  constructor(readonly env: RuntimeEnv, private readonly recorder: UiRecorder, readonly caption: string) {}

  addItem(caption: string, functionName: string): this {
    this.env.accounting.record('SpreadsheetApp', 'Menu.addItem', 'local');
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): this {
    this.env.accounting.record('SpreadsheetApp', 'Menu.addSeparator', 'local');
    this.items.push('separator');
    return this;
  }

  addSubMenu(subMenu: LocalMenu): this {
    const menu = subMenu;
    this.env.accounting.record('SpreadsheetApp', 'Menu.addSubMenu', 'local');
    this.items.push({ caption: menu.caption, items: menu.items.map((i) => i) });
    return this;
  }

  addToUi(): void {
    this.env.accounting.record('SpreadsheetApp', 'Menu.addToUi', 'rpc');
    this.recorder.putMenu({ caption: this.caption, items: structuredClone(this.items) });
  }
}

export class LocalPromptResponse implements Surface<GoogleAppsScript.Base.PromptResponse> {
  get [APPS_SCRIPT_CLASS]() { return 'Base.PromptResponse' as const; }
  constructor(readonly env: RuntimeEnv, private readonly text: string, private readonly button: ButtonName) {}
  getResponseText(): string { this.env.accounting.record('SpreadsheetApp', 'PromptResponse.getResponseText', 'local'); return this.text; }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    this.env.accounting.record('SpreadsheetApp', 'PromptResponse.getSelectedButton', 'local');
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

/** An HtmlOutput's size as the script set it (HtmlOutput's defaults otherwise). */
function size(ui: HtmlLike): { width: number; height: number } {
  return { width: ui.getWidth?.() ?? 600, height: ui.getHeight?.() ?? 400 };
}

type ButtonSetValue = GoogleAppsScript.Base.ButtonSet | keyof typeof ButtonSet;

// alert(prompt) / alert(prompt, buttons) / alert(title, prompt, buttons): the title is present
// only in the three-argument form.
function dialogArgs(a: unknown, b: unknown, c: unknown): { title: string; message: string; buttons: string } {
  if (c !== undefined) return { title: String(a), message: String(b), buttons: String(c) };
  if (b !== undefined && String(b) in ButtonSet) return { title: '', message: String(a), buttons: String(b) };
  if (b !== undefined) return { title: String(a), message: String(b), buttons: 'OK' };
  return { title: '', message: String(a), buttons: 'OK' };
}

export class LocalUi implements Surface<GoogleAppsScript.Base.Ui> {
  get [APPS_SCRIPT_CLASS]() { return 'Base.Ui' as const; }
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(readonly env: RuntimeEnv, private readonly recorder: UiRecorder) {}

  createMenu(caption: string): LocalMenu {
    this.env.accounting.record('SpreadsheetApp', 'Ui.createMenu', 'local');
    return new LocalMenu(this.env, this.recorder, String(caption));
  }

  /** With no answer queued, an alert is acknowledged with OK. */
  alert(titleOrPrompt: string, promptOrButtons?: string | ButtonSetValue, buttons?: ButtonSetValue): GoogleAppsScript.Base.Button {
    this.env.accounting.record('SpreadsheetApp', 'Ui.alert', 'rpc');
    const args = dialogArgs(titleOrPrompt, promptOrButtons, buttons);
    const answer = this.recorder.takeAnswer()?.button ?? 'OK';
    this.recorder.alerts.push({ ...args, answer });
    return answer as unknown as GoogleAppsScript.Base.Button;
  }

  /** With no answer queued, a prompt is dismissed: CANCEL with ''. */
  prompt(titleOrPrompt: string, promptOrButtons?: string | ButtonSetValue, buttons?: ButtonSetValue): LocalPromptResponse {
    this.env.accounting.record('SpreadsheetApp', 'Ui.prompt', 'rpc');
    const args = dialogArgs(titleOrPrompt, promptOrButtons, buttons);
    const answer = this.recorder.takeAnswer() ?? { button: 'CANCEL', text: '' };
    this.recorder.prompts.push({ ...args, answer: answer.button, text: answer.text });
    return new LocalPromptResponse(this.env, answer.text, answer.button);
  }

  showModalDialog(userInterface: HtmlLike, title: string): void {
    this.env.accounting.record('SpreadsheetApp', 'Ui.showModalDialog', 'rpc');
    this.recorder.dialogs.push({ title: String(title), html: userInterface.getContent(), modal: true, ...size(userInterface) });
  }

  showModelessDialog(userInterface: HtmlLike, title: string): void {
    this.env.accounting.record('SpreadsheetApp', 'Ui.showModelessDialog', 'rpc');
    this.recorder.dialogs.push({ title: String(title), html: userInterface.getContent(), modal: false, ...size(userInterface) });
  }

  showSidebar(userInterface: HtmlLike): void {
    this.env.accounting.record('SpreadsheetApp', 'Ui.showSidebar', 'rpc');
    this.recorder.sidebars.push({ title: userInterface.getTitle?.() ?? '', html: userInterface.getContent(), width: size(userInterface).width });
  }
}
