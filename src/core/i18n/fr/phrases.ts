// French phrases said the same way at submission and at close (order e-mails, close e-mails): one definition each.

import { formatQuantity } from '../../money';
import { agreeUnit, isPlural, quantityWithUnit } from '../grammar';

/** `unité` for 0 or 1, `unités` from 2: French counts 0 and 1 as singular (`grammar.ts`). */
export const plural = (n: number, one: string, many: string) => (isPlural(n, 'fr') ? many : one);
/** `3 pièces`, `2 pots de 500 g`, `1,5 kg`: the unit agrees with the quantity (given as a number, or as already formatted text). */
export const quantity = (n: number | string, unit: string) =>
  typeof n === 'number' ? quantityWithUnit(n, formatQuantity(n, 'fr'), unit, 'fr') : quantityWithUnit(Number(n.replace(',', '.')), n, unit, 'fr');
export { agreeUnit };

export const greeting = (name: string) => (name ? `Bonjour ${name},` : 'Bonjour,');
export const footer = (group: string, coordination: string) => `${group} — une question ? Écrivez à la coordination : ${coordination}`;
export const signature = (group: string) => `À bientôt,\n${group}, la coordination`;
export const unitPrice = (price: string, unit: string) => `${price} / ${unit}`;
export const subtotal = (producer: string) => `Sous-total ${producer}`;

/** A pickup site on one line: `Salle des fêtes — place de la Mairie (vendredi 17 h-19 h)`. */
export const siteLine = (name: string, address: string, hours: string) =>
  `${name}${address ? ` — ${address}` : ''}${hours ? ` (${hours})` : ''}`;

/** An e-mail subject, key words first: `Votre commande est enregistrée — commande du 10/12 (Cabas Monclar)`. */
export const subject = (about: string) => (group: string, cycle: string) => `${about.charAt(0).toUpperCase()}${about.slice(1)} — ${cycle} (${group})`;
