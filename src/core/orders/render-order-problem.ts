// Turns a submission problem into one sentence a member understands, in their language.
import { catalogue, type Catalogue } from '../i18n';
import { formatQuantity } from '../money';
import type { Locale, Problem } from '../model';

type Texts = Catalogue['orders']['problem'];
type OrderCode = Exclude<keyof Texts, 'unknown'>;
interface Params {
  text(key: string): string;
  number(key: string): number;
  locale: Locale;
}

/** What each code's catalogue text takes, read from the problem's params; typed by the catalogue's own signatures. */
const ARGUMENTS: { [C in OrderCode]: (p: Params) => Parameters<Texts[C]> } = {
  'order.no-open-cycle': () => [],
  'order.after-deadline': () => [],
  'order.unknown-member': (p) => [p.text('email')],
  'order.inactive-member': (p) => [p.text('email')],
  'order.not-a-number': (p) => [p.text('value'), p.text('product')],
  'order.negative': (p) => [p.text('value'), p.text('product')],
  'order.off-step': (p) => [p.text('value'), p.text('product'), formatQuantity(p.number('step'), p.locale)],
  'order.too-large': (p) => [p.text('value'), p.text('product'), formatQuantity(p.number('max'), p.locale)],
  'order.unknown-site': (p) => [p.text('site')],
  'order.bad-tolerance': (p) => [p.text('value'), p.number('max')],
};

/**
 * Renders an `order.*` problem from the locale catalogue; an unknown code still gives a sentence.
 * @example renderOrderProblem({ code: 'order.off-step', severity: 'error', params: { value: '2,3', product: 'Miel de châtaignier', step: 0.5 } }, 'fr')
 *   // "« 2,3 » pour Miel de châtaignier : la quantité doit être un multiple de 0,5."
 */
export function renderOrderProblem(problem: Problem, locale: Locale): string {
  const t = catalogue(locale).orders.problem;
  const code = problem.code as OrderCode;
  if (!Object.prototype.hasOwnProperty.call(ARGUMENTS, code)) return t.unknown(problem.code);
  const p = problem.params ?? {};
  const args = ARGUMENTS[code]({
    text: (key) => String(p[key] ?? ''),
    number: (key) => (typeof p[key] === 'number' ? (p[key] as number) : Number(p[key] ?? 0)),
    locale,
  });
  // The code is known only at run time, so TypeScript cannot pair `t[code]` with its arguments:
  // ARGUMENTS above is where each pair is checked.
  return (t[code] as (...a: typeof args) => string)(...args);
}
