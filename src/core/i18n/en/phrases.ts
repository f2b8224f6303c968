// English phrases said the same way at submission and at close (order e-mails, close e-mails): one definition each.

import { formatQuantity } from '../../money';
import { isPlural, quantityWithUnit } from '../grammar';

/** `unit` for exactly 1, `units` otherwise (0 units, 2 units) (`grammar.ts`). */
export const plural = (n: number, one: string, many: string) => (isPlural(n, 'en') ? many : one);
/** `3 pieces`, `2 jars of 500 g`, `1.5 kg`: the unit agrees with the quantity (a number, or already formatted text). */
export const quantity = (n: number | string, unit: string) =>
  typeof n === 'number' ? quantityWithUnit(n, formatQuantity(n, 'en'), unit, 'en') : quantityWithUnit(Number(n), n, unit, 'en');

export const greeting = (name: string) => (name ? `Hello ${name},` : 'Hello,');
export const signature = (group: string) => `See you soon,\n${group}, the coordinators`;
export const unitPrice = (price: string, unit: string) => `${price} / ${unit}`;
export const subtotal = (producer: string) => `Subtotal ${producer}`;

/** A pickup site on one line: `Village hall — place de la Mairie (Friday 5–7 pm)`. */
export const siteLine = (name: string, address: string, hours: string) =>
  `${name}${address ? ` — ${address}` : ''}${hours ? ` (${hours})` : ''}`;

/** An e-mail subject, key words first: `Your order is recorded — order of 12/10 (Cabas Monclar)`. */
export const subject = (about: string) => (group: string, cycle: string) => `${about.charAt(0).toUpperCase()}${about.slice(1)} — ${cycle} (${group})`;
