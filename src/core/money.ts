// Money is integer cents; this renders it for people (`12,50 €`, `€12.50`).
import type { Locale } from './model';

/**
 * Formats cents for display.
 * @example formatMoney(1250, 'fr') // "12,50 €" (narrow no-break space before €, as French typography wants)
 * @example formatMoney(1250, 'en') // "€12.50"
 */
export function formatMoney(cents: number, locale: Locale): string {
  // A close formats the same few hundred amounts a hundred thousand times: remember them.
  const cache = MONEY[locale];
  let text = cache.get(cents);
  if (text === undefined) {
    text = moneyText(cents, locale);
    if (cache.size < 10_000) cache.set(cents, text);
  }
  return text;
}

const MONEY: Record<Locale, Map<number, string>> = { fr: new Map(), en: new Map() };

function moneyText(cents: number, locale: Locale): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  const grouped = euros < 1000 ? String(euros) : String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'fr' ? '\u202f' : ',');
  const sign = negative ? '-' : '';
  return locale === 'fr' ? `${sign}${grouped},${rest}\u00a0€` : `${sign}€${grouped}.${rest}`;
}

/** Cents as euros for a spreadsheet cell formatted as currency: 1250 -> 12.5. */
export function centsToEuros(cents: number): number {
  return Math.round(cents) / 100;
}

/** Price × quantity in cents, rounded half away from zero to the cent: (420, 1.5) -> 630. */
export function lineAmount(priceCents: number, quantity: number): number {
  return Math.round(priceCents * quantity + Number.EPSILON * Math.sign(priceCents * quantity));
}

/**
 * Formats a quantity with the locale's decimal separator, at most 3 decimals.
 * @example formatQuantity(2.5, 'fr') // "2,5"
 */
export function formatQuantity(quantity: number, locale: Locale): string {
  const text = String(Math.round(quantity * 1000) / 1000);
  return locale === 'fr' ? text.replace('.', ',') : text;
}
