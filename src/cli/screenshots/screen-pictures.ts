// The guides' pictures of every screen Cabas draws in the spreadsheet: its menu (before and after
// installing), each alert and prompt, each HtmlService dialog, and a preview of the form as a
// member sees it. A scripted session of the sample group runs dist/Code.js in the local runtime;
// each picture is the page drawn from what the runtime recorded (UiRecorder, the form's items).
import { escapeHtml } from '../../core/email/html';
import { cliCatalogue } from '../../core/i18n/cli-catalogue';
import { renderFormPreview } from '../../local-apps-script/forms/form-preview';
import type { MenuEntry, RecordedMenu, UiRecorder } from '../../local-apps-script/spreadsheet/ui';
import { CabasDriver } from '../cabas-driver';
import { standalonePage } from '../export/write-index-html';

/** Every screen picture, and what it shows (the guides reference each one). */
export const SCREEN_PICTURES = [
  { file: 'screen-menu-copy.png', shows: 'the Cabas menu of a copy not installed yet' },
  { file: 'screen-installed.png', shows: 'the alert after « Installer avec le groupe d’exemple »' },
  { file: 'screen-menu.png', shows: 'the whole Cabas menu once installed' },
  { file: 'screen-check-configuration.png', shows: 'the dialog of « Vérifier la configuration », with problems' },
  { file: 'screen-open-cycle-prompt.png', shows: 'the first question of « Ouvrir un cycle »' },
  { file: 'screen-bad-date.png', shows: 'the alert for an unreadable date' },
  { file: 'screen-cycle-opened.png', shows: 'the alert once the cycle is open, with the form link' },
  { file: 'screen-form-preview.png', shows: 'a preview of the form as a member sees it' },
  { file: 'screen-enter-order.png', shows: 'the sidebar of « Saisir une commande », beside the sheet' },
  { file: 'screen-slip.png', shows: 'the printable slip of a household without e-mail' },
  { file: 'screen-check-installation.png', shows: 'the dialog of « Vérifier l’installation »' },
  { file: 'screen-close-now.png', shows: 'the alert of « Clôturer maintenant »' },
  { file: 'screen-send-now.png', shows: 'the alert of « Envoyer les e-mails en attente »' },
  { file: 'screen-archive-confirm.png', shows: 'the question of « Archiver le cycle »' },
  { file: 'screen-about.png', shows: 'the alert of « À propos »' },
] as const;

export type ScreenFile = (typeof SCREEN_PICTURES)[number]['file'];

const OPEN_AT = Date.parse('2026-12-01T09:00:00+01:00');
const SCREEN_CSS = `
body{background:#fff}main{padding:0}#picture{display:inline-block;padding:12px;background:#e8eaed;font-family:Arial,sans-serif}
.menubar{background:#f9fbfd;padding:6px 8px;font-size:14px;color:#1f1f1f;border-bottom:1px solid #dadce0;width:680px}
.menubar span{margin-right:14px}.menubar .open{background:#d3e3fd;border-radius:4px;padding:2px 6px}
.dropdown{margin-left:470px;display:inline-block;white-space:nowrap;background:#fff;box-shadow:0 2px 6px rgba(60,64,67,.35);border-radius:4px;padding:6px 0;font-size:14px}
.dropdown p{margin:0;padding:6px 16px}.dropdown hr{border:none;border-top:1px solid #dadce0;margin:4px 0}
.dialog{background:#fff;border-radius:8px;box-shadow:0 4px 12px rgba(60,64,67,.35);padding:22px 24px 16px;width:520px}
.dialog.html{width:640px;padding:16px 20px}
.dialog h3{font-size:18px;font-weight:400;margin:0 0 14px;color:#1f1f1f}.dialog .close{float:right;color:#5f6368}
.dialog .message{font-size:14px;line-height:1.45;white-space:pre-wrap;margin:0 0 16px;color:#3c4043}
.dialog .input{border:1px solid #80868b;border-radius:4px;padding:7px 8px;font-size:14px;min-height:18px;margin:0 0 16px}
.dialog .buttons{text-align:right}.dialog .buttons span{display:inline-block;margin-left:8px;padding:7px 18px;border-radius:4px;font-size:14px;color:#0b57d0;border:1px solid #dadce0}
.dialog .buttons span.primary{background:#0b57d0;color:#fff;border-color:#0b57d0}
.dialog iframe{width:100%;border:none;height:auto}
.sheet-and-sidebar{display:flex;gap:0;align-items:stretch}.sheet-and-sidebar .grid{width:300px;background:repeating-linear-gradient(#fff 0 20px,#dadce0 20px 21px);border-right:1px solid #dadce0}
.sidebar{background:#fff;box-shadow:-2px 0 6px rgba(60,64,67,.25)}.sidebar h3{font-size:16px;font-weight:400;margin:0;padding:12px 16px;border-bottom:1px solid #dadce0;color:#1f1f1f}
.sidebar iframe{border:none;height:auto}`;

function page(title: string, body: string): string {
  return standalonePage(title, `<style>${SCREEN_CSS}</style><div id="picture">${body}</div>`, 'fr_FR');
}

/** The Sheets menu bar with the Cabas menu opened under it. */
export function menuPage(menu: RecordedMenu): string {
  const t = cliCatalogue('fr').screens;
  const item = (e: MenuEntry) => (e === 'separator' ? '<hr>' : `<p>${escapeHtml(e.caption)}</p>`);
  const bar = [...t.menuBar.map((m) => `<span>${escapeHtml(m)}</span>`), `<span class="open">${escapeHtml(menu.caption)}</span>`].join('');
  return page(menu.caption, `<div class="menubar">${bar}</div><div class="dropdown">${menu.items.map(item).join('')}</div>`);
}

const BUTTONS: Record<string, string[]> = { OK: ['OK'], OK_CANCEL: ['CANCEL', 'OK'], YES_NO: ['NO', 'YES'], YES_NO_CANCEL: ['CANCEL', 'NO', 'YES'] };

function buttons(set: string): string {
  const labels = cliCatalogue('fr').screens.buttons;
  const names = BUTTONS[set] ?? ['OK'];
  return `<div class="buttons">${names.map((n, i) => `<span${i === names.length - 1 ? ' class="primary"' : ''}>${escapeHtml(labels[n] ?? n)}</span>`).join('')}</div>`;
}

/** An alert (`Ui.alert`) or, with `typed`, a prompt (`Ui.prompt`) as Sheets draws it: title, message, answer, buttons. */
export function alertPage(shown: { title: string; message: string; buttons: string }, typed?: string): string {
  const title = shown.title ? `<h3>${escapeHtml(shown.title)}</h3>` : '';
  const input = typed === undefined ? '' : `<div class="input">${escapeHtml(typed)}</div>`;
  return page(shown.title || shown.message.slice(0, 40), `<div class="dialog">${title}<p class="message">${escapeHtml(shown.message)}</p>${input}${buttons(shown.buttons)}</div>`);
}

/** An HtmlService dialog: its title and the script's HTML in a frame that may be measured but runs no script. */
export function dialogPage(dialog: { title: string; html: string }): string {
  const frame = `<iframe sandbox="allow-same-origin" srcdoc="${escapeHtml(dialog.html)}"></iframe>`;
  return page(dialog.title, `<div class="dialog html"><h3>${escapeHtml(dialog.title)}<span class="close">✕</span></h3>${frame}</div>`);
}

/** An HtmlService sidebar (`Ui.showSidebar`) as Sheets draws it: on the right of the sheet, at its width, the script's HTML in a frame that runs no script. */
export function sidebarPage(sidebar: { title: string; html: string; width: number }): string {
  const frame = `<iframe sandbox="allow-same-origin" style="width:${sidebar.width}px" srcdoc="${escapeHtml(sidebar.html)}"></iframe>`;
  return page(sidebar.title, `<div class="sheet-and-sidebar"><div class="grid"></div><div class="sidebar"><h3>${escapeHtml(sidebar.title)}<span class="close">✕</span></h3>${frame}</div></div>`);
}

/** What a step of the session left on screen: the last alert, prompt or dialog it recorded. */
type Shown = { kind: 'alert' | 'prompt' | 'dialog'; index: number };

function lastShown(ui: UiRecorder, before: { alerts: number; prompts: number; dialogs: number }, kind: Shown['kind']): Shown {
  const list = kind === 'alert' ? ui.alerts : kind === 'prompt' ? ui.prompts : ui.dialogs;
  const start = kind === 'alert' ? before.alerts : kind === 'prompt' ? before.prompts : before.dialogs;
  if (list.length <= start) throw new Error(`The screens session expected a ${kind} and none was shown.`);
  return { kind, index: kind === 'prompt' ? start : list.length - 1 };
}

/**
 * Plays the session (a copy of the sample group's workbook, in French) and returns one page per
 * picture of SCREEN_PICTURES. Throws when a step does not show what its picture needs.
 */
export function screenPages(bundle = 'dist/Code.js'): { file: ScreenFile; html: string }[] {
  const driver = new CabasDriver({
    now: OPEN_AT, bundle, submitFirings: false, userEmail: 'gac.monclar@example.org',
    spreadsheet: { name: "Groupement d'achats — Monclar", locale: 'fr_FR', timeZone: 'Europe/Paris' },
  });
  const ui = driver.gas.ui;
  const pages: { file: ScreenFile; html: string }[] = [];
  const menu = () => ui.menus.find((m) => m.caption === 'Cabas')!;
  const step = (file: ScreenFile, kind: Shown['kind'], act: () => void) => {
    const before = { alerts: ui.alerts.length, prompts: ui.prompts.length, dialogs: ui.dialogs.length };
    act();
    const shown = lastShown(ui, before, kind);
    if (shown.kind === 'alert') pages.push({ file, html: alertPage(ui.alerts[shown.index]) });
    else if (shown.kind === 'prompt') pages.push({ file, html: alertPage(ui.prompts[shown.index], ui.prompts[shown.index].text) });
    else pages.push({ file, html: dialogPage(ui.dialogs[shown.index]) });
  };

  driver.openSpreadsheet();
  pages.push({ file: 'screen-menu-copy.png', html: menuPage(menu()) });
  step('screen-installed.png', 'alert', () => driver.gas.runMenu('menuInstallSample'));
  driver.openSpreadsheet();
  pages.push({ file: 'screen-menu.png', html: menuPage(menu()) });
  // Two mistakes a coordinator makes, so that the dialog shows what it is for.
  const price = driver.gas.spreadsheet().sheets.find((s) => s.name === 'Produits')!.grid.at(3, 6);
  const kept = price.value;
  price.value = '3,5O';
  step('screen-check-configuration.png', 'dialog', () => driver.gas.runMenu('menuCheckConfiguration'));
  price.value = kept;
  for (const answer of ['demain soir', '12/12/2026', '']) ui.queuePrompt(answer);
  step('screen-bad-date.png', 'alert', () => driver.gas.runMenu('menuOpenCycle'));
  for (const answer of ['10/12/2026 20:00', '12/12/2026', 'Pensez à vos sacs et à vos boîtes à œufs.']) ui.queuePrompt(answer);
  step('screen-open-cycle-prompt.png', 'prompt', () => driver.gas.runMenu('menuOpenCycle'));
  const opened = ui.alerts[ui.alerts.length - 1];
  pages.push({ file: 'screen-cycle-opened.png', html: alertPage(opened) });
  const form = driver.gas.forms.form(driver.state().formId);
  // The site question and the first two producers, then the last section: the rest is alike.
  const breaks = form.items.flatMap((item, i) => (item.kind === 'PAGE_BREAK' ? [i] : []));
  const items = breaks.length > 3 ? [...form.items.slice(0, breaks[2]), null, ...form.items.slice(breaks[breaks.length - 1])] : form.items;
  pages.push({ file: 'screen-form-preview.png', html: page(form.title, renderFormPreview({ title: form.title, description: form.description, items: items as typeof form.items }, cliCatalogue('fr').screens.formPreview)) });
  // « Saisir une commande »: the sidebar, then an order entered for a household without e-mail and its slip.
  driver.gas.runMenu('menuEnterOrder');
  const sidebar = ui.sidebars[ui.sidebars.length - 1];
  if (!sidebar) throw new Error('The screens session expected the order sidebar and none was shown.');
  pages.push({ file: 'screen-enter-order.png', html: sidebarPage(sidebar) });
  const members = driver.gas.spreadsheet().getSheetByName('Adhérents')!;
  const header = members.getRange(1, 1, 1, members.getLastColumn()).getValues()[0].map(String);
  members.appendRow(header.map((h) => ({ Nom: 'Jeanne Bousquet', Lieu: 'Septfonds', Actif: 'oui' } as Record<string, string>)[h] ?? ''));
  const product = driver.state().catalog.products.find((p) => p.caseSize === null && p.stock === null)!;
  driver.enterOrder('Jeanne Bousquet', { [product.ref]: 2 }, { site: 'Septfonds' });
  const slip = driver.slip('Jeanne Bousquet');
  if (!slip) throw new Error('The screens session expected a slip for Jeanne Bousquet and none was shown.');
  pages.push({ file: 'screen-slip.png', html: dialogPage(ui.dialogs[ui.dialogs.length - 1]) });
  step('screen-check-installation.png', 'dialog', () => driver.gas.runMenu('menuCheckInstallation'));
  step('screen-close-now.png', 'alert', () => driver.gas.runMenu('menuCloseNow'));
  step('screen-send-now.png', 'alert', () => driver.gas.runMenu('menuSendNow'));
  ui.queueButton('NO');
  step('screen-archive-confirm.png', 'alert', () => driver.gas.runMenu('menuArchiveCycle'));
  step('screen-about.png', 'alert', () => driver.gas.runMenu('menuAbout'));

  const missing = SCREEN_PICTURES.filter((p) => !pages.some((q) => q.file === p.file));
  if (missing.length) throw new Error(`The screens session drew no page for ${missing.map((p) => p.file).join(', ')}.`);
  return SCREEN_PICTURES.map((p) => pages.find((q) => q.file === p.file)!);
}
