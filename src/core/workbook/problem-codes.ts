// Every problem code the workbook check can emit; the catalogues have a message for each.
import type { problems } from '../i18n/fr/problems';

export type WorkbookProblemCode = keyof ReturnType<typeof problems>["messages"];

/** Stable codes (`catalog.bad-price`…). A test checks each has a message in fr and en and is emitted by a case. */
export const PROBLEM_CODES: readonly WorkbookProblemCode[] = [
  'workbook.missing-tab', 'workbook.missing-column', 'workbook.duplicate-column', 'workbook.reserved-tab-name',
  'settings.missing-group-name', 'settings.missing-email', 'settings.bad-email', 'settings.bad-language',
  'settings.bad-time-zone', 'settings.bad-reminder', 'settings.bad-case-policy', 'settings.bad-minimum-policy',
  'settings.bad-auto-send', 'settings.bad-max-quantity', 'settings.bad-tariffs', 'settings.bad-solidarity-floor', 'settings.zone-mismatch', 'settings.unknown-key', 'settings.duplicate-key',
  'sites.none', 'sites.missing-name', 'sites.duplicate', 'sites.bad-volunteers',
  'members.missing-email', 'members.bad-email', 'members.duplicate-email', 'members.duplicate-name', 'members.unknown-site', 'members.unknown-tariff',
  'members.bad-former', 'members.former-listed', 'members.former-twice',
  'producers.missing-name', 'producers.duplicate', 'producers.missing-email', 'producers.bad-email', 'producers.bad-minimum',
  'catalog.missing-ref', 'catalog.duplicate-ref', 'catalog.missing-name', 'catalog.missing-producer',
  'catalog.unknown-producer', 'catalog.inactive-producer', 'catalog.missing-unit', 'catalog.missing-price',
  'catalog.bad-price', 'catalog.negative-price', 'catalog.bad-step', 'catalog.bad-case-size', 'catalog.case-not-multiple',
  'catalog.bad-max', 'catalog.max-not-multiple', 'catalog.bad-stock', 'catalog.stock-not-multiple', 'catalog.nothing-to-order',
  'duties.bad-date', 'duties.unknown-site', 'duties.unknown-volunteer', 'duties.inactive-volunteer',
  'cell.bad-yesno',
  'payments.bad-amount', 'payments.duplicate-row',
  'cycles.missing-id', 'cycles.duplicate-id', 'cycles.bad-date', 'cycles.missing-deadline', 'cycles.bad-status',
];
