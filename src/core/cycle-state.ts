// The hidden `_cabas` state of the open cycle: its types and their encode/decode, in one place.
//
// Layout of the tab: row 1 header; row 2 `cycle` + the cycle snapshot as JSON split over as many
// cells as needed; row 3 `counters` + JSON; rows 4+ one per member: `m:<email>` | member JSON |
// order JSON. Nobody else parses these cells: the shell's store and the CLI both decode them here.
import * as z from 'zod/mini';
import { decodeJson, type Decoded } from './boundary-json';
import type { CycleCatalog, Locale, Member, MemberOrderState, Rejection } from './model';

/** The form items that are not products, by the key they have in `FormItems`. */
export const FORM_ITEM = { site: '#site', tolerance: '#tolerance', comment: '#comment', help: '#help' } as const;

/** Form item ids by what they ask: product refs, and the `FORM_ITEM` keys. */
export type FormItems = Record<string, number>;

/** Row 2: what the cycle was opened with, and its form. */
export interface CycleState {
  catalog: CycleCatalog;
  formId: string;
  items: FormItems;
}

/** Row 3: the running totals of the cycle. */
export interface Counters {
  /** The queue place the next submission takes (each submission taken takes one). */
  nextQueue: number;
  /** Per product ref: firm quantity and tolerance currently ordered, over every member. */
  ordered: Record<string, { quantity: number; tolerance: number }>;
  households: number;
  /** Rejected submissions of the cycle (the latest 200), for the recap and the digest. */
  rejections: Rejection[];
  /**
   * What the close in progress has written: the lines' outcome, and the tabs by name; `replaces`:
   * the tabs the run before it made (« Envoyer la commande »), those it no longer makes to be deleted.
   */
  closeDone?: { outcome: boolean; tabs: string[]; replaces?: string[] };
  /**
   * The submission the latest run applied, written with the totals before that run's other
   * writes: while the member's row records another order, that run stopped half-way.
   */
  inFlight?: InFlight;
  /**
   * The sheet id of the live `▸ Récap` Cabas made (ids stay when a tab is renamed): a submission
   * refreshes that tab only, never another tab someone gave its name.
   */
  recapSheetId?: number;
}

/** Which member's submission a run is applying. */
export interface InFlight {
  email: string;
  responseId: string;
  submittedAt: number;
}

/** A member's current order, and where its lines sit in `Commandes` (to mark them replaced without a search). */
export interface StoredOrder extends MemberOrderState {
  rows: { first: number; count: number } | null;
}

/** The hidden tab that holds the state. */
export const STATE_TAB = '_cabas';

/** The first cell of the rows of `_cabas`. */
export const STATE_ROW = { cycle: 'cycle', counters: 'counters' } as const;

/** Characters per cell of the cycle snapshot (a cell holds at most 50,000). */
export const STATE_CHUNK = 40000;

export function emptyCounters(): Counters {
  return { nextQueue: 1, ordered: {}, households: 0, rejections: [] };
}

/** The key of a member's row: `m:` and the e-mail, trimmed and in lower case. */
export function memberKey(email: string): string {
  return `m:${email.trim().toLowerCase()}`;
}

/** The cycle state with another status: a new value, the input is left as it was. */
export function withStatus(state: CycleState, status: CycleCatalog['cycle']['status']): CycleState {
  return { ...state, catalog: { ...state.catalog, cycle: { ...state.catalog.cycle, status } } };
}

// Built on first use, not when the bundle loads: an execution that reads no state (the menu's
// `onOpen`) does not pay for them.
function buildSchemas() {
  // Each schema is made once and shared wherever it recurs: every execution that reads the state
  // builds these again (Apps Script keeps nothing between executions), and a schema made twice costs twice.
  const text = z.string();
  const count = z.number();
  const row = count;
  const bool = z.boolean();
  const optionalText = z.optional(text);
  const optionalCount = z.optional(count);
  const nullableCount = z.nullable(count);

  const settings = z.object({
    groupName: text, coordinationEmail: text, locale: z.enum(['fr', 'en']), timeZone: text, reminderHours: count,
    casePolicy: z.enum(['automatic', 'manual']), minimumPolicy: z.enum(['cancel', 'hold']), autoSend: bool,
    maxQuantity: count, trial: z.optional(bool),
    tariffs: z.optional(z.array(z.object({ name: text, percent: count }))),
    solidarityFloorCents: optionalCount,
  });
  const site = z.object({ name: text, address: text, pickup: text, contact: text, volunteers: optionalCount, bring: optionalText, row });
  const member = z.object({ email: text, name: text, phone: text, site: text, active: bool, notes: text, tariff: optionalText, formerly: z.optional(z.array(text)), row });
  const producer = z.object({
    name: text, email: text, phone: text, minimumCents: count, payment: text, shareNames: bool, note: text,
    active: bool, row,
  });
  const product = z.object({
    ref: text, producer: text, name: text, description: text, unit: text, priceCents: count, step: count,
    caseSize: nullableCount, maxPerMember: nullableCount, stock: nullableCount, available: bool, row,
  });
  const cycle = z.object({
    id: text, opens: nullableCount, deadline: count, pickup: nullableCount,
    status: z.enum(['draft', 'open', 'closed', 'sent', 'archived']), formUrl: text, note: text, row: optionalCount,
  });
  const formItems = z.record(text, count);
  const cycleState = z.object({
    catalog: z.object({
      cycle, settings, sites: z.array(site), producers: z.array(producer), products: z.array(product), formUrl: text,
    }),
    formId: text,
    items: formItems,
  });
  const rejection = z.object({ at: count, email: text, codes: z.array(text) });
  const counters = z.object({
    nextQueue: count,
    ordered: z.record(text, z.object({ quantity: count, tolerance: count })),
    households: count,
    rejections: z._default(z.array(rejection), () => []),
    closeDone: z.optional(z.object({ outcome: bool, tabs: z.array(text), replaces: z.optional(z.array(text)) })),
    inFlight: z.optional(z.object({ email: text, responseId: text, submittedAt: count })),
    recapSheetId: optionalCount,
  });
  const storedOrder = z.object({
    email: text, queue: count, firstSubmittedAt: count, responseId: text, submittedAt: count, site: text, tolerance: count,
    // `queued` came with the queue rule (close/queue-units.ts): a state written before it has none, and its units all wait at the member's place.
    lines: z.array(z.object({ ref: text, quantity: count, queued: z.optional(z.array(z.object({ queue: count, quantity: count, tolerance: count }))) })),
    helps: optionalText,
    rows: z.nullable(z.object({ first: row, count })),
  });
  return { cycleState, counters, member, storedOrder, formItems };
}
let built: ReturnType<typeof buildSchemas> | null = null;
const schemas = () => (built ??= buildSchemas());

export function encodeCycle(state: CycleState): string {
  return JSON.stringify(state);
}

/** Row 2's cells (after `cycle`) joined and decoded. */
export function decodeCycle(chunks: unknown[], locale?: Locale): Decoded<CycleState> {
  return decodeJson(schemas().cycleState, chunks.filter((c) => c !== '' && c !== null && c !== undefined).join(''), locale);
}

export function encodeCounters(value: Counters): string {
  return JSON.stringify(value);
}

export function decodeCounters(cell: unknown, locale?: Locale): Decoded<Counters> {
  return decodeJson(schemas().counters, cell, locale);
}

export function encodeMember(value: Member | null): string {
  return value ? JSON.stringify(value) : '';
}

/** A member cell: null when empty or damaged (the member is then looked up in `Adhérents` again). */
export function decodeMember(cell: unknown): Member | null {
  const decoded = decodeJson(schemas().member, cell);
  return decoded.ok ? decoded.value : null;
}

export function encodeOrder(value: StoredOrder | null): string {
  return value ? JSON.stringify(value) : '';
}

/** An order cell: null when empty or damaged. */
export function decodeOrder(cell: unknown): StoredOrder | null {
  const decoded = decodeJson(schemas().storedOrder, cell);
  return decoded.ok ? decoded.value : null;
}

/** The form's item ids as kept between two syncs of the form: none when missing or damaged (the items are then made again). */
export function decodeFormItems(text: unknown): FormItems {
  const decoded = decodeJson(schemas().formItems, text);
  return decoded.ok ? decoded.value : {};
}
