import { safeTabName } from '../../../src/core/close/tab-name';

describe('safeTabName', () => {
  test.each([
    { title: 'keeps a plain name', base: 'Ferme des Tilleuls', taken: [], expected: 'Ferme des Tilleuls' },
    { title: 'removes the characters Sheets refuses', base: "L'Atelier: pain/miel? [bio]*!\\", taken: [], expected: 'L Atelier pain miel bio' },
    { title: 'truncates to 31 characters without a trailing space', base: 'Distribution Monclar-de-Quercy centre', taken: [], expected: 'Distribution Monclar-de-Quercy' },
    { title: 'adds " 2" on a clash', base: 'Récap', taken: ['Récap'], expected: 'Récap 2' },
    { title: 'compares without case, as Sheets does', base: 'récap', taken: ['Récap'], expected: 'récap 2' },
    { title: 'counts on to " 3" when " 2" is taken', base: 'Récap', taken: ['Récap', 'Récap 2'], expected: 'Récap 3' },
    { title: 'truncates further to make room for the number', base: 'Les Jardins de la Vallée du Lot et Garonne', taken: ['Les Jardins de la Vallée du Lot'], expected: 'Les Jardins de la Vallée du L 2' },
    { title: 'gives a name even when nothing usable is left', base: ' :/ ', taken: [], expected: '_' },
  ])('$title', ({ base, taken, expected }) => {
    const name = safeTabName(base, new Set(taken));
    expect(name).toBe(expected);
    expect(Array.from(name).length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/['!:\\/?*[\]]/);
  });

  test('does not change the set of taken names', () => {
    const taken = new Set(['Récap']);
    safeTabName('Récap', taken);
    expect([...taken]).toEqual(['Récap']);
  });
});
