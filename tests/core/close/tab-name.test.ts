import fc from 'fast-check';
import { GENERATED_TAB_PREFIX, readsAsCabasTab, safeTabName } from '../../../src/core/close/tab-name';
import { catalogue } from '../../../src/core/i18n';
import { normalizeHeader } from '../../../src/core/workbook/normalize-header';
import { TABLE_ORDER, tableName, tableOfTabName } from '../../../src/core/workbook/tables';

/** Every name of the workbook's contract: each table in both locales, and the hidden state tab. */
const CONTRACT = [...TABLE_ORDER.flatMap((t) => [tableName(t, 'fr'), tableName(t, 'en')]), '_cabas'];

describe('safeTabName', () => {
  test.each([
    { title: 'keeps a plain name, behind the prefix', base: 'Ferme des Tilleuls', taken: [], expected: '▸ Ferme des Tilleuls' },
    { title: 'removes the characters Sheets refuses', base: "L'Atelier: pain/miel? [bio]*!\\", taken: [], expected: '▸ L Atelier pain miel bio' },
    { title: 'truncates to 31 characters, prefix included, without a trailing space', base: 'Distribution Monclar-de-Quercy centre', taken: [], expected: '▸ Distribution Monclar-de-Querc' },
    { title: 'adds " 2" on a clash', base: 'Récap', taken: ['▸ Récap'], expected: '▸ Récap 2' },
    { title: 'compares without case, as Sheets does', base: 'récap', taken: ['▸ Récap'], expected: '▸ récap 2' },
    { title: 'counts on to " 3" when " 2" is taken', base: 'Récap', taken: ['▸ Récap', '▸ Récap 2'], expected: '▸ Récap 3' },
    { title: 'truncates further to make room for the number', base: 'Les Jardins de la Vallée du Lot et Garonne', taken: ['▸ Les Jardins de la Vallée du L'], expected: '▸ Les Jardins de la Vallée du 2' },
    { title: 'gives a name even when nothing usable is left', base: ' :/ ', taken: [], expected: '▸ _' },
    { title: 'counts an emoji as the two units Excel counts', base: '🍯🍯🍯🍯🍯🍯🍯🍯🍯🍯🍯🍯🍯🍯🍯🍯', taken: [], expected: '▸ 🍯🍯🍯🍯🍯🍯🍯🍯🍯🍯🍯🍯🍯🍯' },
    { title: 'keeps a contract tab’s name behind the prefix', base: 'Commandes', taken: [], expected: '▸ Commandes' },
    { title: 'keeps the prefix of a name that already has it', base: '▸ Commandes', taken: [], expected: '▸ ▸ Commandes' },
  ])('$title', ({ base, taken, expected }) => {
    const name = safeTabName(base, new Set(taken));
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/['!:\\/?*[\]]/);
  });

  test('does not change the set of taken names', () => {
    const taken = new Set(['▸ Récap']);
    safeTabName('Récap', taken);
    expect([...taken]).toEqual(['▸ Récap']);
  });

  test('no contract tab’s name starts with the prefix, in either locale, whatever the case and the accents', () => {
    const prefix = normalizeHeader(GENERATED_TAB_PREFIX);
    expect(prefix).not.toBe('');
    expect(CONTRACT.filter((name) => normalizeHeader(name).startsWith(prefix) || name.toLowerCase().startsWith(GENERATED_TAB_PREFIX.trim()))).toEqual([]);
  });

  test('any name gives a generated name that is no contract tab, fits in 31 UTF-16 units and holds no forbidden character', () => {
    const hostile = fc.oneof(
      fc.constantFrom(...CONTRACT, ...CONTRACT.map((n) => n.toUpperCase()), ...CONTRACT.map((n) => ` ${n.normalize('NFD')} `), 'Récap', 'Recap', "'Commandes'", '[Orders]'),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ maxLength: 300 }),
    );
    fc.assert(fc.property(hostile, fc.array(fc.string(), { maxLength: 3 }), (base, taken) => {
      const name = safeTabName(base, new Set(taken.map((t) => safeTabName(t, new Set()))));
      expect(name.startsWith(GENERATED_TAB_PREFIX)).toBe(true);
      expect(tableOfTabName(name)).toBeNull();
      expect(CONTRACT.some((c) => normalizeHeader(c) === normalizeHeader(name) || c.toLowerCase() === name.toLowerCase())).toBe(false);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/['!:\\/?*[\]]/);
    }), { seed: 20261210, numRuns: 500 });
  });
});

describe('readsAsCabasTab', () => {
  test.each([
    { name: 'Commandes', reads: true },
    { name: ' commandes ', reads: true },
    { name: 'ADHÉRENTS', reads: true },
    { name: 'Adherents', reads: true },
    { name: 'Orders', reads: true },
    { name: '_cabas', reads: true },
    { name: 'Cabas', reads: true },
    { name: 'Récap', reads: true },
    { name: 'recap', reads: true },
    { name: '▸ Ferme', reads: true },
    { name: 'Ferme des Tilleuls', reads: false },
    { name: 'Commandes groupées', reads: false },
    { name: '', reads: false },
  ])('$name: $reads', ({ name, reads }) => {
    expect(readsAsCabasTab(name)).toBe(reads);
  });

  test('the recap’s name is the same word in both catalogues that name it', () => {
    for (const locale of ['fr', 'en'] as const) expect(catalogue(locale).orders.recap.tabName).toBe(catalogue(locale).close.recap.tabName);
  });
});
