// English texts: configuration problems (the workbook check), one message per stable code.
import { formatQuantity } from '../../money';
import type { problems as fr } from '../fr/problems';

type Params = Record<string, string | number>;

const q = (value: string | number | undefined) => `"${value ?? ''}"`;
const n = (value: string | number | undefined) => formatQuantity(Number(value), 'en');
/** `"2.5x" is not <what>`: the message of a cell that is not what its column takes. */
const valueIsNot = (what: string) => (p: Params) => `${q(p.value)} is not ${what}`;
/** `is already on row 4`: where a value that must be unique was first seen. */
const alreadyOnRow = (p: Params) => `is already on row ${p.firstRow}`;

export const problems: typeof fr = () => ({
  placed: (place: string, message: string) => `${place}: ${message}`,

  messages: {
    'workbook.missing-tab': (p: Params) => `the tab ${q(p.tab)} is missing. Cabas menu > “Install or update” creates it again.`,
    'workbook.missing-column': (p: Params) => `the column ${q(p.column)} is missing. Add it (the header is enough) or run Cabas menu > “Install or update”.`,
    'workbook.duplicate-column': (p: Params) => `the column ${q(p.column)} appears twice; only the first one is read.`,
    'workbook.reserved-tab-name': (p: Params) => `${q(p.name)} reads as the name of a Cabas tab; the tab the close makes for it will be called ${q(p.tab)}. Another name avoids mixing them up.`,

    'settings.missing-group-name': () => 'enter the group name.',
    'settings.missing-email': () => 'enter the coordination email.',
    'settings.bad-email': valueIsNot('a valid email address.'),
    'settings.bad-language': valueIsNot('a known language: enter fr or en.'),
    'settings.bad-time-zone': valueIsNot('a known time zone: enter for example Europe/Paris.'),
    'settings.zone-mismatch': (p: Params) => `the spreadsheet's time zone (File > Settings) is ${p.sheetZone}, the Time zone setting ${p.zone}: a date typed in Cycles or Duties would be read in one and told to members in the other. Give both the same zone, then open the cycle.`,
    'settings.bad-reminder': valueIsNot('a number of hours: enter for example 24 (0 = no reminder).'),
    'settings.bad-case-policy': valueIsNot('a possible choice: enter automatic or manual.'),
    'settings.bad-minimum-policy': valueIsNot('a possible choice: enter cancel or hold.'),
    'settings.bad-auto-send': valueIsNot('a possible choice: enter yes or no.'),
    'settings.bad-max-quantity': valueIsNot('a possible quantity: enter a number above 0, up to 1,000,000 (for example 999).'),
    'settings.bad-tariffs': valueIsNot('a list of tariffs: give a name then a percentage, separated by semicolons, for example solidarity -30%; normal 0%; support +20%.'),
    'settings.bad-solidarity-floor': valueIsNot('an amount: give for example -50 (the solidarity balance may go down to -€50) or 0.'),
    'settings.unknown-key': (p: Params) => `the setting ${q(p.key)} is unknown; it is ignored.`,
    'settings.duplicate-key': (p: Params) => `the setting ${q(p.key)} ${alreadyOnRow(p)}; this row is ignored.`,

    'sites.none': () => 'no pickup site. Add at least one site.',
    'sites.missing-name': () => 'this row has no site name.',
    'sites.duplicate': (p: Params) => `the site ${q(p.name)} ${alreadyOnRow(p)}.`,
    'sites.bad-volunteers': valueIsNot('a number of volunteers: give for example 3 (empty = no alert).'),

    'members.missing-email': () => 'this household has neither an email address nor a name: type at least its name (a household without email is known by its name).',
    'members.duplicate-name': (p: Params) => `the household ${q(p.name)} ${alreadyOnRow(p)}: two households without email cannot have the same name (add a first name or an initial).`,
    'members.bad-email': valueIsNot('a valid email address.'),
    'members.duplicate-email': (p: Params) => `the address ${p.email} ${alreadyOnRow(p)}: one row per household.`,
    'members.unknown-site': (p: Params) => `the site ${q(p.site)} is not in the Sites tab.`,
    'members.unknown-tariff': (p: Params) => `the tariff ${q(p.tariff)} is not in the Tariffs setting: give ${p.tariffs || 'a tariff defined in Settings'}, or leave it empty for the catalogue price.`,

    'members.bad-former': (p: Params) => `${q(p.value)} is not a valid email address: this household is not linked to that former address. Write the exact address, or a name without ${q('@')}.`,
    'members.former-listed': (p: Params) => `${q(p.value)} is still the household of row ${p.firstRow}: its orders and payments stay its own. If it is the same household, delete one of the two rows; otherwise, remove this name from Formerly.`,
    'members.former-twice': (p: Params) => `${q(p.value)} is already the former address or name of the household on row ${p.firstRow}: a former household counts for one household only. Neither is linked to it while it is written twice.`,

    'producers.missing-name': () => 'this row has no producer name.',
    'producers.duplicate': (p: Params) => `the producer ${q(p.name)} ${alreadyOnRow(p)}.`,
    'producers.missing-email': (p: Params) => `${q(p.name)} has no email address: their order sheet cannot be sent.`,
    'producers.bad-email': valueIsNot('a valid email address.'),
    'producers.bad-minimum': valueIsNot('an amount: enter for example 80 (empty = no minimum).'),

    'catalog.missing-ref': (p: Params) => `${p.name ? `the product ${q(p.name)}` : 'this product'} has no reference.`,
    'catalog.duplicate-ref': (p: Params) => `the reference ${q(p.ref)} ${alreadyOnRow(p)}: each product has its own.`,
    'catalog.missing-name': (p: Params) => `the product ${q(p.ref)} has no name.`,
    'catalog.missing-producer': (p: Params) => `the product ${q(p.ref)} has no producer.`,
    'catalog.unknown-producer': (p: Params) => `the producer ${q(p.producer)} is not in the Producers tab.`,
    'catalog.inactive-producer': (p: Params) => `the producer ${q(p.producer)} is not active: this product will not be offered.`,
    'catalog.missing-unit': (p: Params) => `the product ${q(p.ref)} has no unit (kg, piece…).`,
    'catalog.missing-price': (p: Params) => `the product ${q(p.ref)} has no price.`,
    'catalog.bad-price': valueIsNot('a price'),
    'catalog.negative-price': (p: Params) => `${q(p.value)}: a price cannot be negative.`,
    'catalog.bad-step': valueIsNot('a valid step: enter a number above 0 (empty = 1).'),
    'catalog.bad-case-size': valueIsNot('a case size: enter a number above 0 (empty = sold by the unit).'),
    'catalog.case-not-multiple': (p: Params) => `a case of ${n(p.caseSize)} cannot be made in steps of ${n(p.step)}.`,
    'catalog.bad-max': valueIsNot('a valid maximum: enter a positive number (empty = no limit).'),
    'catalog.max-not-multiple': (p: Params) => `the maximum ${n(p.max)} is not a multiple of the step ${n(p.step)}.`,
    'catalog.bad-stock': valueIsNot('a valid stock: enter a positive number (empty = no limit).'),
    'catalog.stock-not-multiple': (p: Params) => `the stock ${n(p.stock)} is not a multiple of the step ${n(p.step)}.`,
    'catalog.nothing-to-order': () => 'no active producer has an available product: the form would be empty.',

    'duties.bad-date': valueIsNot('a duty date: type for example 11/12/2026, or empty the cell. Until it is fixed, no cycle can open.'),
    'duties.unknown-site': (p: Params) => `the site ${q(p.site)} is not in the Sites tab.`,
    'duties.unknown-volunteer': (p: Params) => `${q(p.volunteer)} is neither the address nor the name of a household in Members.`,
    'duties.inactive-volunteer': (p: Params) => `${q(p.volunteer)} is no longer active in Members: no reminder goes to it and it does not count for this duty.`,

    'cell.bad-yesno': (p: Params) => `${q(p.value)}: enter yes or no.`,
    'payments.duplicate-row': (p: Params) => `this row repeats the cycle and household of row ${p.firstRow}: it does not count in Balances, and the household is not reminded. Copy what it says onto row ${p.firstRow}, then delete it.`,
    'payments.bad-amount': valueIsNot('an amount: type it in figures, for example 8.40 (the means of payment has its column, a remark goes in Note). Until then it counts as 0 and the household is not reminded.'),

    'cycles.missing-id': () => 'this cycle has no identifier.',
    'cycles.duplicate-id': (p: Params) => `the cycle ${q(p.id)} ${alreadyOnRow(p)}.`,
    'cycles.bad-date': valueIsNot('a date: enter for example 08/12/2026 20:00.'),
    'cycles.missing-deadline': (p: Params) => `the cycle ${q(p.id)} has no deadline.`,
    'cycles.bad-status': valueIsNot('a status: draft, open, closed, sent or archived.'),
  },
});
