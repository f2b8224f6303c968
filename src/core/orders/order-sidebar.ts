// The coordinator's order sidebar as one HTML page: the open cycle's catalogue exactly as the Form
// asks it (planForm's titles, steps, maximums and help), the stock left, a household picker
// (households without e-mail included, known by name), site, tolerance and comment. Submitting calls
// `sidebarSubmitOrder` through google.script.run; the order then takes the Form's own path.
import { catalogue } from '../i18n';
import type { CycleCatalog } from '../model';
import { escapeHtml } from '../email/html';
import { planForm } from '../form/plan-form';
import { floorToStep, roundQuantity } from './parse-quantity';

/** A household the coordinator can pick, with its current order to start from. */
export interface SidebarHousehold {
  key: string; // e-mail, or name key (members/household-key.ts)
  name: string;
  site: string;
  withoutEmail: boolean;
  order: { quantities: Record<string, number>; site: string; tolerance: number } | null;
}

/** JSON inside a <script> element: nothing in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * The sidebar's page for the open cycle. `ordered`: the running totals (counters.ordered), for the stock left.
 * @example orderSidebar(catalog, { TOM: { quantity: 8, tolerance: 0 } }, households) // "<!DOCTYPE html>…reste 12 kg…"
 */
export function orderSidebar(catalog: CycleCatalog, ordered: Record<string, { quantity: number }>, households: SidebarHousehold[], notices: string[] = []): string {
  const { locale } = catalog.settings;
  const t = catalogue(locale).ui.sidebar;
  const plan = planForm(catalog);
  const products = new Map(catalog.products.map((p) => [p.ref, p]));
  const left = (ref: string): number | null => {
    const p = products.get(ref);
    if (!p || p.stock === null) return null;
    return floorToStep(Math.max(0, roundQuantity(p.stock - (ordered[ref]?.quantity ?? 0))), p.step);
  };
  const sections = plan.sections.map((section) => {
    const questions = section.questions.map((question) => {
      const stock = left(question.ref);
      const unit = products.get(question.ref)?.unit ?? '';
      const stockText = stock === null ? '' : stock === 0 ? t.soldOut : t.left(catalogue(locale).orders.email.quantity(stock, unit));
      return `<label class="q"><span class="t">${escapeHtml(question.title)}</span>`
        + `<input type="text" inputmode="decimal" autocomplete="off" name="q" data-ref="${escapeHtml(question.ref)}" data-step="${question.step}" data-max="${question.max}"${stock === null ? '' : ` data-left="${stock}"`}>`
        + `<small>${escapeHtml(question.help).replace(/\n/g, '<br>')}${stockText ? ` <b class="left">${escapeHtml(stockText)}</b>` : ''}</small></label>`;
    }).join('');
    return `<fieldset><legend>${escapeHtml(section.title)}</legend>${questions}</fieldset>`;
  }).join('');
  const options = households.map((h) =>
    `<option value="${escapeHtml(h.key)}">${escapeHtml(h.name)}${h.withoutEmail ? ` (${escapeHtml(t.withoutEmail)})` : ''}</option>`).join('');
  const sites = plan.site.choices.map((s) => `<option value="${escapeHtml(s)}">${escapeHtml(s)}</option>`).join('');
  const toleranceField = plan.tolerance.max > 0
    ? `<label class="q"><span class="t">${escapeHtml(t.tolerance(plan.tolerance.max))}</span><input type="text" inputmode="numeric" id="tolerance" value="0"></label>`
    : '';
  const data = {
    households: Object.fromEntries(households.map((h) => [h.key, { name: h.name, site: h.site, withoutEmail: h.withoutEmail, order: h.order }])),
    texts: { saving: t.saving, pickFirst: t.pickFirst, failed: t.failed('{0}'), printSlip: t.printSlip },
  };
  return [
    '<!DOCTYPE html><html><head><base target="_top"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t.title)}</title>`,
    '<style>body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2328;margin:8px}fieldset{border:1px solid #d0d7de;margin:8px 0;padding:6px}',
    'legend{font-weight:bold}.q{display:block;margin:6px 0}.q .t{display:block}.q input,.q select,select,textarea{width:100%;box-sizing:border-box;font-size:14px;padding:4px}',
    '.notice{border:1px solid #cf222e;background:#fff5f5;padding:6px;margin:6px 0}.notice ul{margin:4px 0;padding-left:18px}',
    'small{color:#57606a;display:block}.left{color:#1a7f37}#result{margin-top:8px;white-space:pre-wrap}#result.error{color:#cf222e}button{font-size:14px;padding:6px 12px;margin-top:8px}</style>',
    '</head><body>',
    `<p>${escapeHtml(t.intro)}</p>`,
    // What the Adhérents tab holds that the list cannot show (two households with one name, an address twice).
    ...(notices.length > 0 ? [`<div class="notice" role="alert"><b>${escapeHtml(t.membersNotice)}</b><ul>${notices.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></div>`] : []),
    `<form id="order"><label class="q"><span class="t">${escapeHtml(t.household)}</span><select id="household" required><option value="">${escapeHtml(t.chooseHousehold)}</option>${options}</select></label>`,
    `<label class="q"><span class="t">${escapeHtml(t.site)}</span><select id="site"><option value="">${escapeHtml(t.usualSite)}</option>${sites}</select></label>`,
    sections,
    toleranceField,
    `<label class="q"><span class="t">${escapeHtml(t.comment)}</span><textarea id="comment" rows="2"></textarea></label>`,
    `<button type="submit" id="submit">${escapeHtml(t.submit)}</button></form>`,
    '<div id="result" role="status"></div><button type="button" id="slip" hidden></button>',
    `<script type="application/json" id="cabas-data">${scriptJson(data)}</script>`,
    `<script>${client()}</script>`,
    '</body></html>',
  ].join('');
}

/**
 * The page's script: fills a household's current order when it is picked, sends the entered order
 * (every value as typed: the server applies the Form's rules), shows the outcome, and offers the
 * slip of a household without e-mail. Arguments are plain objects and strings, as google.script.run
 * requires (https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values).
 * A function declaration, not a constant: V8 parses the bundle's top level in full at every
 * execution, where a function's body is only scanned until the sidebar is opened.
 */
function client(): string {
  return `(function(){
var data=JSON.parse(document.getElementById('cabas-data').textContent);
var form=document.getElementById('order'),who=document.getElementById('household'),result=document.getElementById('result'),slip=document.getElementById('slip'),submit=document.getElementById('submit');
var inputs=[].slice.call(document.querySelectorAll('input[name=q]'));
var tolerance=document.getElementById('tolerance');
slip.textContent=data.texts.printSlip;
who.addEventListener('change',function(){
  var h=data.households[who.value],order=h&&h.order;
  inputs.forEach(function(i){var v=order&&order.quantities[i.dataset.ref];i.value=v?String(v).replace('.',','):'';});
  document.getElementById('site').value=order?order.site:'';
  if(tolerance)tolerance.value=order?String(order.tolerance):'0';
  result.textContent='';result.className='';slip.hidden=!(h&&h.withoutEmail);slip.dataset.household=who.value;
});
var show=function(reply){
  result.className=reply.ok?'':'error';
  result.textContent=[reply.message].concat(reply.details||[]).join('\\n');
  submit.disabled=false;
  slip.hidden=!reply.slip;slip.dataset.household=reply.household||'';
};
var fail=function(error){result.className='error';result.textContent=data.texts.failed.replace('{0}',error&&error.message?error.message:String(error));submit.disabled=false;};
form.addEventListener('submit',function(e){
  e.preventDefault();
  if(!who.value){result.className='error';result.textContent=data.texts.pickFirst;return;}
  var quantities={};inputs.forEach(function(i){quantities[i.dataset.ref]=i.value;});
  submit.disabled=true;result.className='';result.textContent=data.texts.saving;
  google.script.run.withSuccessHandler(show).withFailureHandler(fail).sidebarSubmitOrder({household:who.value,quantities:quantities,site:document.getElementById('site').value,tolerance:tolerance?tolerance.value:'',comment:document.getElementById('comment').value});
});
slip.addEventListener('click',function(){google.script.run.withFailureHandler(fail).sidebarShowSlip({household:slip.dataset.household});});
})();`;
}
