// One catalogue per locale; no user-facing string is built anywhere else, and every one is finished by its locale's typography.
import type { Locale } from '../model';
import { en } from './en';
import { fr } from './fr';
import { typeset } from './typeset';
import { typography } from './typography';

export type Catalogue = ReturnType<typeof fr>;

const SET: Partial<Record<Locale, Catalogue>> = {};

/**
 * The catalogue of a locale: `catalogue('fr').orders.rejected(...)`. Every string it gives, and
 * every string its functions return, has been through `typography(locale)` (`typeset.ts`): the
 * raw `fr`/`en` objects are never read anywhere else.
 */
export function catalogue(locale: Locale): Catalogue {
  const key: Locale = locale === 'en' ? 'en' : 'fr';
  return (SET[key] ??= typeset<Catalogue>(key === 'en' ? en() : fr(), typography(key)));
}
