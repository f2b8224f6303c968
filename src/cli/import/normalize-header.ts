// Header and key matching for files people made: case, accents and extra spaces do not matter.
// Unlike the workbook's normalizeHeader (core), word boundaries are kept: answer columns are
// matched against whole question titles word for word, as a person reads them.

/**
 * @example normalizeHeader('  Adresse  E-mail ') // "adresse e-mail"
 * @example normalizeHeader('Tolérance') // "tolerance"
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}
