import { readConfiguration } from '../../../src/core/workbook/read-configuration';
import { settingKeys, settingsRows } from '../../../src/core/workbook/settings-rows';
import { smallGroup } from './fixtures/small-group';

describe('settingsRows', () => {
  test.each([
    { locale: 'fr' as const, expected: [
      ['Nom du groupement', ''], ['E-mail de coordination', ''], ['Langue', 'fr'], ['Fuseau horaire', 'Europe/Paris'],
      ['Rappel avant clôture (heures)', '24'], ['Colis', 'automatique'], ['Minimum producteur', 'annuler'], ['Envoi automatique', 'oui'],
      ['Quantité maximale par ligne', '999'], ['Mode essai', 'non'], ['Tarifs', 'solidaire -30\u00a0%\u00a0; normal 0\u00a0%\u00a0; soutien +20\u00a0%'], ['Seuil du solde solidaire (€)', '0'],
    ] },
    { locale: 'en' as const, expected: [
      ['Group name', ''], ['Coordination email', ''], ['Language', 'en'], ['Time zone', 'Europe/Paris'],
      ['Reminder before deadline (hours)', '24'], ['Cases', 'automatic'], ['Producer minimum', 'cancel'], ['Automatic sending', 'yes'],
      ['Maximum quantity per line', '999'], ['Trial mode', 'no'], ['Tariffs', 'solidarity -30%; normal 0%; support +20%'], ['Solidarity balance threshold (€)', '0'],
    ] },
  ])('lists the settings with their defaults in $locale', ({ locale, expected }) => {
    const rows = settingsRows(locale);
    expect(rows.map(([label, value]) => [label, value])).toEqual(expected);
    expect(rows.every(([, , help]) => help.length > 10)).toBe(true);
  });

  test('reads back, once named and addressed, as the default settings', () => {
    const rows = settingsRows('fr').map((r) => [...r]);
    rows[0][1] = 'GAC';
    rows[1][1] = 'coordination@example.org';
    const tabs = { ...smallGroup(), settings: { tabName: 'Paramètres', values: [['Paramètre', 'Valeur', 'Aide'], ...rows] } };
    const { config, problems } = readConfiguration(tabs);
    expect(problems).toEqual([]);
    expect(config?.settings).toEqual({
      groupName: 'GAC', coordinationEmail: 'coordination@example.org', locale: 'fr', timeZone: 'Europe/Paris',
      reminderHours: 24, casePolicy: 'automatic', minimumPolicy: 'cancel', autoSend: true, maxQuantity: 999, trial: false,
      tariffs: [{ name: 'solidaire', percent: -30 }, { name: 'normal', percent: 0 }, { name: 'soutien', percent: 20 }], solidarityFloorCents: 0,
    });
  });

  test('reads missing settings as their defaults and the group name and e-mail as errors', () => {
    const tabs = { ...smallGroup(), settings: { tabName: 'Paramètres', values: [['Paramètre', 'Valeur', 'Aide']] } };
    expect(readConfiguration(tabs).problems.map((p) => [p.code, p.place])).toEqual([
      ['settings.missing-group-name', { tab: 'Paramètres' }],
      ['settings.missing-email', { tab: 'Paramètres' }],
    ]);
  });
});

describe('settingKeys', () => {
  test.each([
    { locale: 'fr' as const, key: 'casePolicy', label: 'Colis', values: ['automatique', 'manuel'] },
    { locale: 'fr' as const, key: 'minimumPolicy', label: 'Minimum producteur', values: ['annuler', 'suspendre'] },
    { locale: 'en' as const, key: 'autoSend', label: 'Automatic sending', values: ['yes', 'no'] },
    { locale: 'en' as const, key: 'locale', label: 'Language', values: ['fr', 'en'] },
    { locale: 'fr' as const, key: 'timeZone', label: 'Fuseau horaire', values: [] },
  ])('offers $values for $key in $locale', ({ locale, key, label, values }) => {
    expect(settingKeys(locale).find((s) => s.key === key)).toEqual({ key, label, values });
  });
});
