// Orders entered by a coordinator for a household (by phone, on paper, without e-mail): the
// sidebar, its submission and the household's printable slip. The order is a submission like a
// Form response, applied by the submit handler's own path (recordSubmission: same rules, same
// writes, latest wins), with a response id no Form response can have, and journaled with the
// coordinator's address.
import { catalogue } from '../../core/i18n';
import { isNameKey } from '../../core/members/household-key';
import { enteredOrderReply, type EnteredReply } from '../../core/orders/entered-order';
import { orderSidebar, type SidebarHousehold } from '../../core/orders/order-sidebar';
import { slipPage } from '../../core/slips/slip';
import { FORM_ITEM } from '../../core/cycle-state';
import { readMembers } from '../../core/workbook/read-directory';
import { ProblemList } from '../../core/workbook/tab-reader';
import { renderProblem } from '../../core/workbook/render-problem';
import { CabasError } from '../adapters/cabas-error';
import { context, type Context } from '../adapters/context';
import { decodeEnteredOrder, decodeSlipRequest } from '../adapters/entered-order-request';
import { withScriptLock } from '../adapters/script-lock';
import { SlipBook } from '../adapters/slip-book';
import { recordSubmission, type RawSubmission } from './submit';

/** A response id no Form response has (Google's ids hold no `:`), unique per household and instant. */
export { ENTERED_PREFIX } from '../../core/orders/entered-order';
import { ENTERED_PREFIX } from '../../core/orders/entered-order';

/** The open cycle's state, or the coordinator is told there is none. */
function openCycle(ctx: Context) {
  const loaded = ctx.state.load();
  if (!loaded || loaded.cycle.catalog.cycle.status !== 'open') throw new CabasError(catalogue(ctx.locale).ui.sidebar.noCycle);
  return loaded;
}

/** Menu « Saisir une commande »: the sidebar, with the households of `Adhérents` and their current orders. */
export function showOrderSidebar(): void {
  const ctx = context();
  const { cycle, counters } = openCycle(ctx);
  const catalog = cycle.catalog;
  const tab = ctx.workbook.values('members');
  const problems = new ProblemList();
  const members = tab ? readMembers({ tabName: tab.tabName, values: tab.values }, catalog.sites, ctx.locale, problems, catalog.settings.tariffs) : [];
  // A household the list leaves out (a name or an address twice) is said at the top, at its cell.
  const notices = problems.items.filter((p) => p.code === 'members.duplicate-name' || p.code === 'members.duplicate-email').map((p) => renderProblem(p, ctx.locale));
  const orders = new Map(ctx.state.allMembers().flatMap((r) => (r.order ? [[r.order.email, r.order] as const] : [])));
  const households: SidebarHousehold[] = members.filter((m) => m.active).map((m) => {
    const order = orders.get(m.email);
    return {
      key: m.email, name: m.name || m.email, site: m.site, withoutEmail: isNameKey(m.email),
      order: order && order.lines.length > 0
        ? { quantities: Object.fromEntries(order.lines.map((l) => [l.ref, l.quantity])), site: order.site, tolerance: order.tolerance }
        : null,
    };
  }).sort((a, b) => a.name.localeCompare(b.name, ctx.locale));
  const page = HtmlService.createHtmlOutput(orderSidebar(catalog, counters.ordered, households, notices))
    .setTitle(catalogue(ctx.locale).ui.sidebar.title)
    .setWidth(300); // the page is laid out for a narrow sidebar (about 300 px in Sheets; unverified whether Google honours another width)
  SpreadsheetApp.getUi().showSidebar(page);
}

/** google.script.run target: one order entered from the sidebar, applied as a Form submission under the script lock. */
export function submitEnteredOrder(input: unknown): EnteredReply {
  const ctx = context();
  const request = decodeEnteredOrder(input, ctx.locale);
  if (!request.ok) throw new CabasError(request.error);
  const coordinator = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '?';
  return withScriptLock(ctx.locale, () => {
    const { cycle } = openCycle(ctx);
    const { household, quantities, site, tolerance, comment } = request.value;
    const key = household.trim().toLowerCase();
    const submittedAt = Math.floor(Date.now()); // whole milliseconds, as a Form response's timestamp
    const answers: Record<string, string> = {};
    for (const [ref, typed] of Object.entries(quantities)) {
      const id = cycle.items[ref];
      if (id !== undefined) answers[String(id)] = typed;
    }
    const item = (name: string, value: string) => {
      const id = cycle.items[name];
      if (id !== undefined) answers[String(id)] = value;
    };
    item(FORM_ITEM.site, site);
    item(FORM_ITEM.tolerance, tolerance);
    item(FORM_ITEM.comment, comment);
    const raw: RawSubmission = { responseId: `${ENTERED_PREFIX}${submittedAt}:${key}`, submittedAt, email: key, answers, editUrl: '' };
    const { outcome, result } = recordSubmission(raw, ctx);
    const name = memberName(ctx, key) || household;
    ctx.journal.log('info', catalogue(ctx.locale).ui.event.orderEntered, coordinator, catalogue(ctx.locale).ui.journal.entered(name, outcome), submittedAt);
    return enteredOrderReply(outcome, result, { key, name }, ctx.locale);
  });
}

/** google.script.run target: a household's latest slip (its final summary once the cycle is closed), in a dialog to print. */
export function showSlip(input: unknown): { shown: boolean; message: string } {
  const ctx = context();
  const request = decodeSlipRequest(input, ctx.locale);
  if (!request.ok) throw new CabasError(request.error);
  const key = request.value.household.trim().toLowerCase();
  const book = new SlipBook(ctx.workbook);
  // The latest of the two: the final summary once the cycle closed, the order's slip of a newer cycle after.
  const slip = [book.find(key, 'summary'), book.find(key, 'order')].filter((s) => s !== null).sort((a, b) => b.at - a.at)[0];
  const t = catalogue(ctx.locale).ui;
  if (!slip) return { shown: false, message: t.slip.none };
  const name = memberName(ctx, key) || key;
  const page = HtmlService.createHtmlOutput(slipPage(slip, name, ctx.locale)).setWidth(800).setHeight(900);
  SpreadsheetApp.getUi().showModalDialog(page, `${name} — ${t.slip.heading[slip.kind]}`);
  return { shown: true, message: '' };
}

/** The household's name as the cycle's state holds it; '' when there is none (no state kept). */
function memberName(ctx: Context, key: string): string {
  try {
    return ctx.state.findMember(key)?.member?.name ?? '';
  } catch {
    return '';
  }
}
