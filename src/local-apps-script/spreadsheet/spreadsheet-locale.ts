// What a spreadsheet locale (`fr_FR`, `en_US`) changes in how cells are typed and shown.

export interface LocaleConventions {
  decimal: string;
  grouping: string;
  /** The order of day and month in typed and default dates. */
  dayFirst: boolean;
  booleans: { true: string; false: string };
  /** Name of the first sheet of a new spreadsheet, without its number (`Feuille` 1, `Sheet`1). */
  sheetPrefix: string;
}

const COMMA_DECIMAL = new Set(['fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'tr']);

/** @example conventions('fr_FR').decimal // "," */
export function conventions(locale: string): LocaleConventions {
  const language = locale.split(/[_-]/)[0].toLowerCase();
  const comma = COMMA_DECIMAL.has(language);
  return {
    decimal: comma ? ',' : '.',
    // French groups with a narrow no-break space (CLDR), as Sheets shows it.
    grouping: language === 'fr' ? '\u202f' : comma ? '.' : ',',
    dayFirst: locale !== 'en_US',
    booleans: language === 'fr' ? { true: 'VRAI', false: 'FAUX' } : { true: 'TRUE', false: 'FALSE' },
    sheetPrefix: language === 'fr' ? 'Feuille ' : 'Sheet',
  };
}
