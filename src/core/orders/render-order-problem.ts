// Turns a submission problem into one sentence a member understands, in their language.
import { catalogue } from '../i18n';
import { formatQuantity } from '../money';
import type { Locale, Problem } from '../model';

/**
 * Renders an `order.*` problem from the locale catalogue; an unknown code still gives a sentence.
 * @example renderOrderProblem({ code: 'order.off-step', severity: 'error', params: { value: '2,3', product: 'Miel de châtaignier', step: 0.5 } }, 'fr')
 *   // "« 2,3 » pour Miel de châtaignier : la quantité doit être un multiple de 0,5."
 */
export function renderOrderProblem(problem: Problem, locale: Locale): string {
  const t = catalogue(locale).orders.problem;
  const p = problem.params ?? {};
  const text = (key: string) => String(p[key] ?? '');
  const number = (key: string) => (typeof p[key] === 'number' ? (p[key] as number) : Number(p[key] ?? 0));
  switch (problem.code) {
    case 'order.no-open-cycle':
      return t['order.no-open-cycle']();
    case 'order.after-deadline':
      return t['order.after-deadline']();
    case 'order.unknown-member':
      return t['order.unknown-member'](text('email'));
    case 'order.inactive-member':
      return t['order.inactive-member'](text('email'));
    case 'order.not-a-number':
      return t['order.not-a-number'](text('value'), text('product'));
    case 'order.negative':
      return t['order.negative'](text('value'), text('product'));
    case 'order.off-step':
      return t['order.off-step'](text('value'), text('product'), formatQuantity(number('step'), locale));
    case 'order.unknown-site':
      return t['order.unknown-site'](text('site'));
    case 'order.bad-tolerance':
      return t['order.bad-tolerance'](text('value'), number('max'));
    default:
      return t.unknown(problem.code);
  }
}
