// Rejection reason codes as short words for the coordinators (Récap, digest).
import { catalogue } from '../i18n';
import type { Locale } from '../model';

/**
 * The reasons of a rejected submission, joined; an unknown code is shown as it is, never dropped.
 * @example rejectionReasons(['order.unknown-member'], 'fr') // "adresse inconnue"
 */
export function rejectionReasons(codes: string[], locale: Locale): string {
  const words = catalogue(locale).close.reason;
  return codes.map((code) => words[code] ?? code).join(', ');
}
