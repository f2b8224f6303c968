import { catalogue } from '../../../src/core/i18n';
import { cliCatalogue } from '../../../src/core/i18n/cli-catalogue';
import { en } from '../../../src/core/i18n/en';
import { fr } from '../../../src/core/i18n/fr';
import { englishTypography, frenchTypography } from '../../../src/core/i18n/typography';

const NB = '\u00a0';
const NN = '\u202f';

describe('frenchTypography', () => {
  test.each`
    text                                                      | set
    ${'Retrait : Monclar.'}                                   | ${`Retrait${NB}: Monclar.`}
    ${'Merci !'}                                              | ${`Merci${NN}!`}
    ${'Une question ?'}                                       | ${`Une question${NN}?`}
    ${'les unités ; le reste'}                                | ${`les unités${NN}; le reste`}
    ${'« 3,5O » n’est pas un prix'}                          | ${`«${NB}3,5O${NB}» n’est pas un prix`}
    ${"l'onglet d'aujourd'hui"}                               | ${'l’onglet d’aujourd’hui'}
    ${'jeudi 10 décembre 2026 à 20 h 00'}                     | ${`jeudi 10 décembre 2026 à 20${NB}h`}
    ${'à 9 h 30'}                                             | ${`à 9${NB}h${NB}30`}
    ${'le samedi 12 décembre (samedi 9 h – 10 h 30)'}         | ${`le samedi 12 décembre (9${NB}h – 10${NB}h${NB}30)`}
    ${'le samedi 12 décembre (dimanche 9 h)'}                 | ${`le samedi 12 décembre (dimanche 9${NB}h)`}
    ${'https://forms.example/edit?id=1 et 10/12/2026 20:00'}  | ${'https://forms.example/edit?id=1 et 10/12/2026 20:00'}
  `('sets "$text"', ({ text, set }) => {
    expect(frenchTypography(text)).toBe(set);
    expect(frenchTypography(set)).toBe(set);
  });

  test('English keeps its spacing and says a weekday once', () => {
    expect(englishTypography('Pickup: Saturday 12 December (Saturday 9–10:30 am)!')).toBe('Pickup: Saturday 12 December (9–10:30 am)!');
  });
});

/** Every string a catalogue holds or builds, with sample arguments for its functions. */
function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    // Sample arguments of each shape a catalogue function takes: names and figures, counts, lists.
    const length = Math.max(value.length, 3);
    const samples: unknown[][] = [
      Array.from({ length }, (_, i) => (i % 2 === 0 ? `Valeur ${i}` : '2')),
      Array.from({ length }, () => 1),
      Array.from({ length }, () => 0),
      Array.from({ length }, () => ['Tomates', 'Miel']),
    ];
    samples.forEach((args, i) => {
      let result: unknown;
      try {
        result = (value as (...a: unknown[]) => unknown)(...args);
      } catch {
        return;
      }
      strings(result, `${path}(#${i})`, out);
    });
  } else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

describe('every catalogue entry goes through its locale’s typography', () => {
  const french = [...strings(catalogue('fr'), 'fr', []), ...strings(cliCatalogue('fr'), 'fr.cli', [])];
  const english = [...strings(catalogue('en'), 'en', []), ...strings(cliCatalogue('en'), 'en.cli', [])];

  test('the walk reaches the whole catalogue', () => {
    expect(french.length).toBeGreaterThan(300);
    expect(english.length).toBeGreaterThan(300);
  });

  test('every French string is set in French typography (the list names the ones that are not)', () => {
    const unset = french.filter(([, text]) => text !== frenchTypography(text) || /[ ][:;!?»]|«[ ]|\p{L}'\p{L}|\d h 00\b/u.test(text));
    expect(unset).toEqual([]);
  });

  test('every English string is finished', () => {
    expect(english.filter(([, text]) => text !== englishTypography(text))).toEqual([]);
  });

  test('the raw catalogues still have typed spaces, so the wrapper is what sets them', () => {
    expect(fr().orders.email.reminderSkip).toContain(' ?');
    expect(catalogue('fr').orders.email.reminderSkip).toContain(`${NN}?`);
    expect(catalogue('en').orders.email.reminderSkip).toBe(en().orders.email.reminderSkip);
  });
});
