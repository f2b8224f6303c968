// The recorded UI: menus, alerts, prompts, dialogs, with scripted answers.
// https://developers.google.com/apps-script/reference/base/ui
import { freshSpreadsheet } from './local-env';

const html = (content: string, title = '') => ({ getContent: () => content, getTitle: () => title });

describe('menus', () => {
  test('records the items and separators of a menu added to the UI', () => {
    const { app, service } = freshSpreadsheet();
    app.getUi().createMenu('Cabas').addItem('Ouvrir un cycle', 'openCycle').addSeparator().addItem('Clôturer', 'closeCycle').addToUi();
    expect(service.ui.menus).toEqual([{ caption: 'Cabas', items: [{ caption: 'Ouvrir un cycle', functionName: 'openCycle' }, 'separator', { caption: 'Clôturer', functionName: 'closeCycle' }] }]);
    expect(service.ui.functionFor('Cabas', 'Clôturer')).toBe('closeCycle');
  });

  test('the latest addToUi for a caption replaces the earlier menu', () => {
    const { app, service } = freshSpreadsheet();
    app.getUi().createMenu('Cabas').addItem('Ancien', 'old').addToUi();
    app.getUi().createMenu('Cabas').addItem('Nouveau', 'fresh').addToUi();
    expect(service.ui.menus.map((m) => m.items)).toEqual([[{ caption: 'Nouveau', functionName: 'fresh' }]]);
  });

  test('a menu not added to the UI is not shown; sub-menus are kept', () => {
    const { app, service } = freshSpreadsheet();
    const ui = app.getUi();
    ui.createMenu('Brouillon').addItem('x', 'x');
    ui.createMenu('Cabas').addSubMenu(ui.createMenu('Outils').addItem('Vérifier', 'check')).addToUi();
    expect(service.ui.menus.map((m) => m.caption)).toEqual(['Cabas']);
    expect(service.ui.functionFor('Cabas', 'Vérifier')).toBe('check');
  });
});

describe('alerts and prompts', () => {
  test('an alert without a queued answer is acknowledged with OK', () => {
    const { app, service } = freshSpreadsheet();
    const ui = app.getUi();
    expect(ui.alert('Cycle ouvert')).toBe(ui.Button.OK);
    expect(service.ui.alerts).toEqual([expect.objectContaining({ title: '', message: 'Cycle ouvert' })]);
  });

  test.each([
    { queued: 'YES' as const, answer: 'YES' },
    { queued: 'NO' as const, answer: 'NO' },
    { queued: 'CANCEL' as const, answer: 'CANCEL' },
  ])('an alert answered $queued returns Button.$answer with its title', ({ queued, answer }) => {
    const { app, service } = freshSpreadsheet();
    const ui = app.getUi();
    service.ui.queueButton(queued);
    expect(ui.alert('Clôturer ?', 'Le cycle sera fermé.', ui.ButtonSet.YES_NO)).toBe(ui.Button[answer as 'YES']);
    expect(service.ui.alerts[0]).toEqual(expect.objectContaining({ title: 'Clôturer ?', message: 'Le cycle sera fermé.', buttons: 'YES_NO' }));
  });

  test('alert(message, buttons) has no title', () => {
    const { app, service } = freshSpreadsheet();
    const ui = app.getUi();
    ui.alert('Continuer ?', ui.ButtonSet.OK_CANCEL);
    expect(service.ui.alerts[0]).toEqual(expect.objectContaining({ title: '', message: 'Continuer ?', buttons: 'OK_CANCEL' }));
  });

  test('a prompt without a queued answer is dismissed: CANCEL with empty text', () => {
    const { app } = freshSpreadsheet();
    const ui = app.getUi();
    const response = ui.prompt('Date de clôture ?');
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual([ui.Button.CANCEL, '']);
  });

  test('queued answers are used in order', () => {
    const { app, service } = freshSpreadsheet();
    const ui = app.getUi();
    service.ui.queuePrompt('10/12/2026 20:00');
    service.ui.queueButton('NO');
    const response = ui.prompt('Ouvrir', 'Date de clôture ?', ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual(['OK', '10/12/2026 20:00']);
    expect(ui.alert('Sûr ?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(service.ui.prompts[0]).toEqual(expect.objectContaining({ title: 'Ouvrir', message: 'Date de clôture ?', text: '10/12/2026 20:00' }));
  });
});

describe('dialogs, sidebars and accounting', () => {
  test('records modal dialogs and sidebars with their html', () => {
    const { app, service } = freshSpreadsheet();
    app.getUi().showModalDialog(html('<p>Bonjour</p>') as unknown as GoogleAppsScript.HTML.HtmlOutput, 'Ouvrir un cycle');
    app.getUi().showSidebar(html('<p>Aide</p>', 'Aide') as unknown as GoogleAppsScript.HTML.HtmlOutput);
    expect(service.ui.dialogs).toEqual([{ title: 'Ouvrir un cycle', html: '<p>Bonjour</p>', modal: true, width: 600, height: 400 }]);
    expect(service.ui.sidebars).toEqual([{ title: 'Aide', html: '<p>Aide</p>', width: 600 }]);
  });

  test('building a menu is local; adding it and alerting are round trips', () => {
    const { app, env } = freshSpreadsheet();
    const ui = app.getUi();
    env.accounting.beginExecution();
    ui.createMenu('Cabas').addItem('a', 'a').addToUi();
    ui.alert('x');
    expect(env.accounting.execution().byMethod).toEqual({ 'Menu.addToUi': 1, 'Ui.alert': 1 });
  });
});
