// English phrases said the same way at submission and at close (order e-mails, close e-mails): one definition each.

/** `unit` for exactly 1, `units` otherwise (0 units, 2 units). */
export const plural = (n: number, one: string, many: string) => (Math.abs(n) === 1 ? one : many);

export const greeting = (name: string) => (name ? `Hello ${name},` : 'Hello,');
export const signature = (group: string) => `See you soon,\nThe coordinators of ${group}`;
export const unitPrice = (price: string, unit: string) => `${price} / ${unit}`;
export const subtotal = (producer: string) => `Subtotal ${producer}`;

/** A pickup site on one line: `Village hall — place de la Mairie (Friday 5–7 pm)`. */
export const siteLine = (name: string, address: string, hours: string) =>
  `${name}${address ? ` — ${address}` : ''}${hours ? ` (${hours})` : ''}`;

/** An e-mail subject: the group, the cycle, then what it is about: `Cabas Monclar — order of 12/10: your order is recorded`. */
export const subject = (about: string) => (group: string, cycle: string) => `${group} — ${cycle}: ${about}`;
