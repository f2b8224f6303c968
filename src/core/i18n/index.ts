// One catalogue per locale; no user-facing string is built anywhere else.
import type { Locale } from '../model';
import { en } from './en';
import { fr } from './fr';

export type Catalogue = typeof fr;

/** The catalogue of a locale: `catalogue('fr').orders.rejected(...)`. */
export function catalogue(locale: Locale): Catalogue {
  return locale === 'en' ? en : fr;
}
