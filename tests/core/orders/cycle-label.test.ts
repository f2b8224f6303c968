import { frenchTypography } from '../../../src/core/i18n/typography';
import { zonedTime } from '../../../src/core/dates';
import type { Cycle, Locale } from '../../../src/core/model';
import { cycleLabel } from '../../../src/core/orders/cycle-label';

const TZ = 'Europe/Paris';
const at = (y: number, m: number, d: number) => zonedTime(y, m, d, 20, 0, TZ);
const cycle = (opens: number | null, deadline: number): Cycle => ({ id: 'c', opens, deadline, pickup: null, status: 'open', formUrl: '', note: '' });

describe('cycleLabel', () => {
  test.each<{ opens: number | null; deadline: number; locale: Locale; label: string }>([
    { opens: at(2026, 12, 1), deadline: at(2026, 12, 10), locale: 'fr', label: 'commande du 1er au 10 décembre 2026' },
    { opens: at(2026, 12, 1), deadline: at(2026, 12, 10), locale: 'en', label: 'order from 1 to 10 December 2026' },
    { opens: at(2026, 11, 28), deadline: at(2026, 12, 10), locale: 'fr', label: 'commande du 28 novembre au 10 décembre 2026' },
    { opens: at(2026, 12, 28), deadline: at(2027, 1, 8), locale: 'fr', label: 'commande du 28 décembre 2026 au 8 janvier 2027' },
    { opens: null, deadline: at(2026, 8, 1), locale: 'fr', label: "commande jusqu'au 1er août 2026" },
    { opens: at(2026, 8, 1), deadline: at(2026, 8, 1), locale: 'en', label: 'order of 1 August 2026' },
  ])('names the cycle "$label"', ({ opens, deadline, locale, label }) => {
    expect(cycleLabel(cycle(opens, deadline), TZ, locale)).toBe(locale === 'fr' ? frenchTypography(label) : label);
  });

  test('uses the time zone for the day (23:30 UTC is already tomorrow in Paris)', () => {
    const deadline = Date.UTC(2026, 11, 9, 23, 30);
    expect(cycleLabel(cycle(null, deadline), TZ, 'fr')).toBe('commande jusqu’au 10 décembre 2026');
  });
});
