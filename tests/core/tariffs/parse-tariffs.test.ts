import { parseTariffs, tariffsText } from '../../../src/core/tariffs/parse-tariffs';

describe('parseTariffs', () => {
  test.each([
    { cell: 'solidaire -30 % ; normal 0 % ; soutien +20 %', expected: [['solidaire', -30], ['normal', 0], ['soutien', 20]] },
    { cell: 'solidaire −30\u00a0%\u00a0; soutien 12,5', expected: [['solidaire', -30], ['soutien', 12.5]] },
    { cell: 'tarif A -50%\ntarif B +10%', expected: [['tarif A', -50], ['tarif B', 10]] },
    { cell: '', expected: [] },
  ])('reads $cell', ({ cell, expected }) => {
    const parsed = parseTariffs(cell);
    expect(parsed.ok && parsed.value.map((t) => [t.name, t.percent])).toEqual(expected);
  });

  test.each([
    { cell: 'solidaire moins trente', why: 'no percentage' },
    { cell: '-30 %', why: 'no name' },
    { cell: 'solidaire -30 % ; Solidaire -20 %', why: 'a name twice' },
    { cell: 'gratuit -100 %', why: 'a free tariff' },
    { cell: 'double +150 %', why: 'more than double' },
    { cell: 12, why: 'a number alone' },
  ])('refuses $why', ({ cell }) => {
    expect(parseTariffs(cell).ok).toBe(false);
  });

  test.each(['fr', 'en'] as const)('reads back what it writes in %s', (locale) => {
    const tariffs = [{ name: 'solidaire', percent: -30 }, { name: 'normal', percent: 0 }, { name: 'soutien', percent: 12.5 }];
    expect(parseTariffs(tariffsText(tariffs, locale))).toEqual({ ok: true, value: tariffs });
  });
});
