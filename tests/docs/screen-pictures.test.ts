// The pictures of Cabas's screens: the session draws one page per picture, each page shows what
// the runtime recorded (menu items, alert text and buttons, the dialog's HTML in a frame that runs
// no script), and the form preview is labelled as a preview.
import { alertPage, dialogPage, menuPage, SCREEN_PICTURES, screenPages } from '../../src/cli/screenshots/screen-pictures';

describe('the screens session', () => {
  let pages: ReturnType<typeof screenPages>;
  beforeAll(() => {
    pages = screenPages();
  });
  const html = (file: string) => pages.find((p) => p.file === file)!.html;

  test('draws every picture, once, in the listed order', () => {
    expect(pages.map((p) => p.file)).toEqual(SCREEN_PICTURES.map((p) => p.file));
  });

  test.each([
    { file: 'screen-menu-copy.png', shows: 'Installer avec le groupe d’exemple', hides: 'Ouvrir un cycle' },
    { file: 'screen-menu.png', shows: 'Ouvrir un cycle', hides: undefined },
    { file: 'screen-check-configuration.png', shows: 'n’est pas un prix', hides: undefined },
    { file: 'screen-bad-date.png', shows: 'demain soir\u00a0» n’est pas une date lisible', hides: undefined },
    { file: 'screen-open-cycle-prompt.png', shows: '<div class="input">10/12/2026 20:00</div>', hides: undefined },
    { file: 'screen-cycle-opened.png', shows: 'viewform', hides: undefined },
    { file: 'screen-enter-order.png', shows: 'class="sidebar"', hides: undefined },
    { file: 'screen-slip.png', shows: 'Jeanne Bousquet', hides: undefined },
    { file: 'screen-archive-confirm.png', shows: '<span>Non</span><span class="primary">Oui</span>', hides: undefined },
  ])('$file shows what its step showed', ({ file, shows, hides }) => {
    expect(html(file)).toContain(shows);
    if (hides) expect(html(file)).not.toContain(hides);
  });

  test('the form preview is labelled as a preview and shows the form’s questions', () => {
    expect(html('screen-form-preview.png')).toContain('Aperçu dessiné par Cabas');
    expect(html('screen-form-preview.png')).toMatch(/class="title">[^<]*€/);
  });
});

describe('picture pages', () => {
  test.each([
    { buttons: 'OK', expected: ['OK'] },
    { buttons: 'OK_CANCEL', expected: ['Annuler', 'OK'] },
    { buttons: 'YES_NO', expected: ['Non', 'Oui'] },
  ])('an alert with $buttons shows the buttons Sheets draws', ({ buttons, expected }) => {
    const page = alertPage({ title: 'T', message: 'M', buttons });
    expect([...page.matchAll(/<span(?: class="primary")?>([^<]+)<\/span>/g)].map((m) => m[1])).toEqual(expected);
  });

  test('escapes what the script wrote', () => {
    expect(alertPage({ title: '<b>', message: '<script>x</script>', buttons: 'OK' })).not.toContain('<script>x');
    expect(menuPage({ caption: 'Cabas', items: [{ caption: 'A & B', functionName: 'f' }, 'separator'] })).toContain('A &amp; B</p><hr>');
  });

  test('a dialog’s HTML sits in a frame that runs no script', () => {
    const page = dialogPage({ title: 'Vérification', html: '<p onclick="x()">ok</p>' });
    expect(page).toContain('sandbox="allow-same-origin"');
    expect(page).not.toContain('allow-scripts');
    expect(page).toContain('srcdoc="&lt;p onclick=&quot;x()&quot;&gt;ok&lt;/p&gt;"');
  });
});
