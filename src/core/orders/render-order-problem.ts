// Turns a submission problem into one sentence a member understands, in their language.
import { catalogue, type Catalogue } from '../i18n';
import { formatQuantity } from '../money';
import type { Locale, Problem } from '../model';

type Texts = Catalogue['orders']['problem'];
type OrderCode = Exclude<keyof Texts, 'unknown'>;
/** Each code's text as a function of its own arguments: indexing it by a code keeps the pair together. */
type Renderers = { [C in OrderCode]: (...args: Parameters<Texts[C]>) => string };
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
  const code = problem.code;
  if (!isOrderCode(code)) return t.unknown(code);
  const p = problem.params ?? {};
  return render(t, code, {
    text: (key) => String(p[key] ?? ''),
    number: (key) => {
      const value = p[key];
      return typeof value === 'number' ? value : Number(value ?? 0);
    },
    locale,
  });
}

function isOrderCode(code: string): code is OrderCode {
  return Object.prototype.hasOwnProperty.call(ARGUMENTS, code);
}

function render<C extends OrderCode>(renderers: Renderers, code: C, params: Params): string {
  return renderers[code](...ARGUMENTS[code](params));
}
