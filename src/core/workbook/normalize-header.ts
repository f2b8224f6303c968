// Header and key matching for what people type: case, accents, spaces and dashes do not matter.

/**
 * A comparable form of a header, tab name or setting label: lower case, accents removed, and
 * every space, underscore, hyphen, apostrophe or dot dropped, so that `E-mail`, `Email` and
 * ` e mail ` are one header.
 * @example normalizeHeader(' Max par  adhérent ') // "maxparadherent"
 * @example normalizeHeader('max-par-adherent')    // "maxparadherent"
 */
export function normalizeHeader(text: unknown): string {
  if (text === null || text === undefined) return '';
  return stripAccents(String(text))
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[\s_\-\u2010-\u2015'’`´.]+/g, '');
}

/** The text without its accents: `Élodie Carrière` -> `Elodie Carriere` (decomposed, then the marks dropped). */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
