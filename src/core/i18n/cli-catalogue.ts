// The command line's texts (`cabas run`, `cabas send`), kept out of the Apps Script bundle: only the
// Node CLI imports this file, so `dist/Code.js` does not carry them. Set in the same typography as
// every other catalogue.
import type { Locale } from '../model';
import { cli as en } from './en/cli';
import { cli as fr } from './fr/cli';
import { typeset } from './typeset';
import { typography } from './typography';

export type CliCatalogue = typeof fr;

const SET: Partial<Record<Locale, CliCatalogue>> = {};

/** The CLI's catalogue of a locale: `cliCatalogue('fr').written(3, 'out/workbook.xlsx')`. */
export function cliCatalogue(locale: Locale): CliCatalogue {
  const key: Locale = locale === 'en' ? 'en' : 'fr';
  return (SET[key] ??= typeset<CliCatalogue>(key === 'en' ? en : fr, typography(key)));
}
