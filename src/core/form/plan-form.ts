// What the cycle's Form should show, as plain data: the shell applies it to the one persistent Form.
import { formatLongDate, formatLongDateTime } from '../dates';
import { catalogue } from '../i18n';
import { formatMoney, formatQuantity } from '../money';
import type { CycleCatalog, Product } from '../model';
import { cycleLabel } from '../orders/cycle-label';
import { quantityCeiling } from '../orders/quantity-ceiling';
import { toleranceLimit } from '../orders/tolerance-limit';
import { wholeNumberPattern } from './whole-number-pattern';

/** The parts that say something, joined: an absent note or limit leaves no empty line. */
const joined = (parts: string[], separator: string) => parts.filter((p) => p !== '').join(separator);

export interface FormQuestionPlan {
  ref: string;
  title: string;
  help: string;
  /** The product's own max per member, or the ceiling of every quantity when lower or alone. */
  max: number;
  step: number;
  whole: boolean;
  /** Whole units: the one pattern that takes whole numbers up to `max` (a question has one validation). */
  pattern: string | null;
  errorText: string;
}

export interface FormPlan {
  title: string;
  description: string;
  confirmationMessage: string;
  closedMessage: string;
  site: { title: string; help: string; choices: string[] };
  sections: { producer: string; title: string; help: string; questions: FormQuestionPlan[] }[];
  tolerance: { title: string; help: string; max: number };
  comment: { title: string; help: string };
  /** The optional offer to help at the pickup, one choice per site; null without a pickup date. */
  help: { title: string; help: string; choices: string[] } | null;
}

/**
 * Plans the form of a cycle: one page per producer, one numeric question per product;
 * `tariffNote` when some household has a tariff of its own (see tariffs/household-price.ts).
 * @example planForm(catalog).sections[0].questions[0].title // "Tomates anciennes — 4,20 € / kg"
 */
export function planForm(catalog: CycleCatalog, options: { tariffNote?: boolean } = {}): FormPlan {
  const { locale, timeZone, groupName } = catalog.settings;
  const t = catalogue(locale).orders.form;
  const deadline = formatLongDateTime(catalog.cycle.deadline, timeZone, locale);
  const titles = uniqueTitles(catalog);

  const pickup = catalog.cycle.pickup === null ? t.pickupUndated : t.pickup(formatLongDate(catalog.cycle.pickup, timeZone, locale));
  const description = joined([
    [pickup, ...catalog.sites.map((s) => t.site(s.name, s.address, s.pickup))].join('\n'),
    t.deadline(deadline),
    t.edit(deadline),
    // Some households pay another price: the form shows the catalogue's, and says where theirs is.
    options.tariffNote ? catalogue(locale).orders.tariff.formNote : '',
    catalog.cycle.note.trim(),
  ], '\n\n');

  const sections = catalog.producers
    .map((producer) => ({
      producer: producer.name,
      title: producer.name,
      help: joined([producer.note.trim(), producer.minimumCents > 0 ? t.minimum(formatMoney(producer.minimumCents, locale)) : ''], '\n\n'),
      questions: catalog.products.filter((p) => p.producer === producer.name).map((p) => question(catalog, p, titles.get(p.ref) ?? p.name)),
    }))
    .filter((s) => s.questions.length > 0);

  const max = toleranceLimit(catalog);
  return {
    title: t.title(groupName, cycleLabel(catalog.cycle, timeZone, locale)),
    description,
    confirmationMessage: t.confirmation(deadline),
    closedMessage: t.closed,
    site: { title: t.siteTitle, help: t.siteHelp, choices: catalog.sites.map((s) => s.name) },
    sections,
    tolerance: { title: t.toleranceTitle(max), help: t.toleranceHelp, max },
    comment: { title: t.commentTitle, help: t.commentHelp },
    help: catalog.cycle.pickup === null ? null : {
      title: catalogue(locale).orders.volunteer.question(formatLongDate(catalog.cycle.pickup, timeZone, locale)),
      help: catalogue(locale).orders.volunteer.questionHelp,
      choices: catalog.sites.map((s) => s.name),
    },
  };
}

/** "Name — price / unit", with the ref added where two products would otherwise share a title. */
function uniqueTitles(catalog: CycleCatalog): Map<string, string> {
  const t = catalogue(catalog.settings.locale).orders.form;
  const base = new Map(catalog.products.map((p) => [p.ref, t.questionTitle(p.name, formatMoney(p.priceCents, catalog.settings.locale), p.unit)]));
  const counts = new Map<string, number>();
  for (const title of base.values()) counts.set(title.toLowerCase(), (counts.get(title.toLowerCase()) ?? 0) + 1);
  return new Map([...base].map(([ref, title]) => [ref, (counts.get(title.toLowerCase()) ?? 0) > 1 ? t.questionTitleWithRef(title, ref) : title]));
}

function question(catalog: CycleCatalog, product: Product, title: string): FormQuestionPlan {
  const { locale, casePolicy } = catalog.settings;
  const t = catalogue(locale).orders.form;
  const q = (n: number) => formatQuantity(n, locale);
  const whole = Number.isInteger(product.step);
  const caseText = product.caseSize === null ? '' : casePolicy === 'manual' ? t.caseManual(q(product.caseSize)) : t.caseAutomatic(q(product.caseSize));
  const help = joined([
    joined([t.step(q(product.step), product.unit), caseText, product.maxPerMember === null ? '' : t.max(q(product.maxPerMember))], ' '),
    product.description.trim(),
  ], '\n');
  const ceiling = quantityCeiling(catalog.settings);
  const max = product.maxPerMember === null ? ceiling : Math.min(product.maxPerMember, ceiling);
  const errorText = joined([whole && product.step === 1 ? t.errorWhole : t.errorDecimal(q(product.step)), t.errorMax(q(max))], ' ');
  return { ref: product.ref, title, help, max, step: product.step, whole, pattern: whole ? wholeNumberPattern(max) : null, errorText };
}
