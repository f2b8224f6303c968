// French phrases said the same way at submission and at close (order e-mails, close e-mails): one definition each.

/** `unité` for 0 or 1, `unités` from 2: French counts 0 and 1 as singular. */
export const plural = (n: number, one: string, many: string) => (Math.abs(n) < 2 ? one : many);

export const greeting = (name: string) => (name ? `Bonjour ${name},` : 'Bonjour,');
export const footer = (group: string, coordination: string) => `${group} — une question ? Écrivez à la coordination : ${coordination}`;
export const signature = (group: string) => `À bientôt,\nLa coordination de ${group}`;
export const unitPrice = (price: string, unit: string) => `${price} / ${unit}`;
export const subtotal = (producer: string) => `Sous-total ${producer}`;

/** A pickup site on one line: `Salle des fêtes — place de la Mairie (vendredi 17 h-19 h)`. */
export const siteLine = (name: string, address: string, hours: string) =>
  `${name}${address ? ` — ${address}` : ''}${hours ? ` (${hours})` : ''}`;

/** An e-mail subject: the group, the cycle, then what it is about: `Cabas Monclar — commande du 10/12 : votre commande est enregistrée`. */
export const subject = (about: string) => (group: string, cycle: string) => `${group} — ${cycle} : ${about}`;
