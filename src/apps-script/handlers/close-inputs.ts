// What a close reads again before it allocates, besides `Commandes`: the settings and contact
// details a coordinator changed since the opening, and the confirmed lines `Commandes` lost. Each
// rule is in the core (review-settings.ts, close-contacts.ts, missing-lines.ts); this applies
// them to the cycle's state and the tab, and journals what changed.
import { closeContacts } from '../../core/close/close-contacts';
import { missingLines } from '../../core/close/missing-lines';
import { reviewSettings } from '../../core/close/review-settings';
import type { CycleState } from '../../core/cycle-state';
import { catalogue } from '../../core/i18n';
import type { Configuration, Member, MemberOrderState } from '../../core/model';
import { settingCell } from '../../core/workbook/settings-rows';
import type { Context } from '../adapters/context';
import type { StoredLine } from '../adapters/order-book';

/**
 * The review settings (sending `non`, cases `manuel`, minimum `suspendre`) and the contact details
 * (producers' e-mail, phone, payment; the coordination's e-mail) as they stand in the tabs, into
 * the cycle's state (saved: the close's resumes and the sending follow them), each change journaled.
 */
export function refreshSettingsAndContacts(ctx: Context, state: CycleState, config: Configuration | null): void {
  const catalog = state.catalog;
  const locale = catalog.settings.locale;
  const t = catalogue(locale).ui;
  const review = reviewSettings(catalog.settings, config?.settings ?? null);
  if (review.changed.length > 0) catalog.settings = review.settings;
  const contacts = closeContacts(catalog, config ? { settings: config.settings, producers: config.producers, products: config.products } : null);
  for (const p of contacts.unmatched) ctx.journal.log('warning', t.event.producerNotFound, p.name, t.journal.producerNotFound(p.name, p.email));
  if (contacts.changes.length > 0) {
    catalog.producers = contacts.catalog.producers;
    catalog.settings = contacts.catalog.settings;
  }
  if (review.changed.length === 0 && contacts.changes.length === 0) return;
  ctx.state.saveCycle(state);
  if (review.changed.length > 0) {
    const labels = catalogue(locale).workbook.settings;
    ctx.journal.log('info', t.event.reviewSettings, '', t.journal.reviewSettings(review.changed.map((key) => ({ label: labels[key].label, value: settingCell(key, catalog.settings, locale) }))));
  }
  if (contacts.changes.length > 0) ctx.journal.log('info', t.event.contactsUpdated, '', t.journal.contactsUpdated(contacts.changes));
}

/**
 * Appends the confirmed lines `Commandes` lost (rows deleted or cleared by hand while the cycle was
 * open), as the members' recorded orders say, with a Journal warning per household. Returns
 * whether it wrote any (the caller reads the lines again).
 */
export function restoreMissingLines(ctx: Context, state: CycleState, orders: MemberOrderState[], members: Member[], live: StoredLine[]): boolean {
  const catalog = state.catalog;
  const t = catalogue(catalog.settings.locale).ui;
  const missing = missingLines({ catalog, orders, members, lines: live });
  if (missing.lines.length === 0) return false;
  ctx.orders.append(missing.lines);
  const names = (refs: string[]) => refs.map((ref) => catalog.products.find((p) => p.ref === ref)?.name ?? ref).join(', ');
  for (const h of missing.households) ctx.journal.log('warning', t.event.linesRestored, h.email, t.journal.linesRestored(h.member, names(h.refs)));
  return true;
}
