// Who a household is, for Cabas: its e-mail address, or, for a household without one, a key made
// from its name. The key stands wherever an address identifies a household (`_cabas`, the
// `E-mail` column of `Commandes`, the payments ledger), and is never an address to write to.
import { stripAccents } from '../workbook/normalize-header';

/** The prefix of a household's key when it has no e-mail address (never part of an address: no `@` after it). */
export const NAME_KEY_PREFIX = 'nom:';

/**
 * The stable key of a household without e-mail: its name in lower case, without accents, its
 * spaces collapsed; the same whatever the group's language.
 * @example householdKeyOfName(' Jeanne  Bousquet-Lacaze ') // "nom:jeanne bousquet-lacaze"
 * @example householdKeyOfName('Élise Carrière')           // "nom:elise carriere"
 */
export function householdKeyOfName(name: string): string {
  return NAME_KEY_PREFIX + stripAccents(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether `key` names a household without e-mail (a name key), not an address. */
export function isNameKey(key: string): boolean {
  return key.trim().toLowerCase().startsWith(NAME_KEY_PREFIX);
}

/**
 * Whether a message can be e-mailed to `to`: something that looks like an address, never blank and
 * never a name key. The outbox asks it of every e-mail before it writes a row of `Envois`.
 * @example isDeliverable('claire@example.org') // true
 * @example isDeliverable('nom:jeanne bousquet') // false
 * @example isDeliverable('') // false
 */
export function isDeliverable(to: string): boolean {
  // Several recipients (the coordination may be two addresses) are each an address.
  const parts = to.split(/[,;]/).map((p) => p.trim());
  return parts.every((p) => p !== '' && !isNameKey(p) && /^[^\s@]+@[^\s@]+$/.test(p));
}
