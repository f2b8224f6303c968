// The domain's shared types: what the workbook holds once parsed, and what the cycle produces.
//
// Money is integer cents. Quantities are plain numbers in the product's unit (kg, pièce…),
// always multiples of the product's step. Instants are epoch milliseconds (number); calendar
// rendering happens with an explicit time zone. Nothing here knows about Apps Script.

export type Locale = 'fr' | 'en';

/** Where a problem or a value sits in the workbook: tab name as shown, 1-based row and column. */
export interface Place {
  tab: string;
  row?: number;
  column?: number;
}

export type Severity = 'error' | 'warning';

/**
 * One problem found in the configuration or in a submission. `code` is stable
 * (`catalog.bad-price`); `params` fill the message rendered from the locale catalogue.
 */
export interface Problem {
  code: string;
  severity: Severity;
  place?: Place;
  params?: Record<string, string | number>;
}

export type CasePolicy = 'automatic' | 'manual';
export type MinimumPolicy = 'cancel' | 'hold';

export interface Settings {
  groupName: string;
  coordinationEmail: string;
  locale: Locale;
  timeZone: string;
  reminderHours: number;
  casePolicy: CasePolicy;
  minimumPolicy: MinimumPolicy;
  autoSend: boolean;
  /** The most a member may order of one product in one answer (any unit): a guard against typing slips. */
  maxQuantity: number;
  /**
   * A trial workbook (the sample group): no e-mail leaves for a member or a producer; each goes to
   * the coordination address instead, marked as a trial (`route-email.ts`). Absent = false.
   */
  trial?: boolean;
  /** The tariffs a household may have (`Tarif` in `Adhérents`); absent or empty = everyone pays the catalogue price. */
  tariffs?: Tariff[];
  /** Below this solidarity balance (cents, may be negative), `Récap` warns; absent = 0. */
  solidarityFloorCents?: number;
}

/** A price tariff: `{ name: 'solidaire', percent: -30 }` pays 30 % less than the catalogue. */
export interface Tariff {
  name: string;
  percent: number;
}

export interface Site {
  name: string;
  address: string;
  pickup: string; // free text: "vendredi 17 h – 19 h"
  contact: string;
  /** Volunteers each distribution needs (absent or 0 = no coverage alert). */
  volunteers?: number;
  /** What volunteers bring, said in their reminder (absent = nothing said). */
  bring?: string;
  row: number;
}

export interface Member {
  email: string; // trimmed, lower case
  name: string;
  phone: string;
  site: string; // a Site.name, or '' when the member has none
  active: boolean;
  notes: string;
  /** The household's tariff as named in the settings ('' or absent = the catalogue price). */
  tariff?: string;
  /**
   * The keys this household had before (`Anciennement`: former addresses, or name keys of former
   * names): what Cabas recorded under them counts for this household (members/former-keys.ts).
   */
  formerly?: string[];
  row: number;
}

export interface Producer {
  name: string;
  email: string;
  phone: string;
  minimumCents: number; // 0 = none
  payment: string; // payment instructions shown to members
  shareNames: boolean;
  note: string; // note for members, shown in the form section
  active: boolean;
  row: number;
}

export interface Product {
  ref: string;
  producer: string; // a Producer.name
  name: string;
  description: string;
  unit: string; // "kg", "pièce", "pot de 500 g"
  priceCents: number; // per unit
  step: number; // 1, 0.5, 0.25…
  caseSize: number | null; // in units; null = sold by the unit
  maxPerMember: number | null;
  stock: number | null; // for the cycle; null = no limit
  available: boolean;
  row: number;
}

export interface Duty {
  date: number | null; // epoch ms of the day (00:00 in the group's time zone)
  site: string;
  role: string;
  volunteer: string; // e-mail
  row: number;
}

export interface Configuration {
  settings: Settings;
  sites: Site[];
  members: Member[];
  producers: Producer[];
  products: Product[];
  duties: Duty[];
}

export type CycleStatus = 'draft' | 'open' | 'closed' | 'sent' | 'archived';

export interface Cycle {
  id: string; // "2026-12-10" style or coordinator-chosen
  opens: number | null;
  deadline: number;
  pickup: number | null;
  status: CycleStatus;
  formUrl: string;
  note: string;
  row?: number;
}

/** What a member asked for in one submission, as read from the form. Raw text per product ref. */
export interface Submission {
  responseId: string;
  submittedAt: number;
  email: string; // as given by the form (verified); normalised by the core
  answers: Record<string, string>; // product ref -> raw answer ('' = not answered)
  site: string; // raw answer of the site question ('' = not answered)
  tolerance: string; // raw answer of the tolerance question
  comment: string;
  editUrl: string;
  /** Raw answer of the optional "I can help at the pickup" question: a site name, '' or absent = no. */
  help?: string;
}

export type LineStatus = 'active' | 'replaced' | 'cancelled' | 'allocated' | 'held';

/** One order line as kept in `Commandes`. */
export interface OrderLine {
  cycle: string;
  submittedAt: number; // of the submission that wrote it
  email: string;
  member: string;
  site: string;
  producer: string;
  ref: string;
  product: string;
  quantity: number; // firm quantity ordered
  tolerance: number; // extra units accepted to complete a case
  allocated: number | null; // set at close
  priceCents: number;
  amountCents: number; // allocated (or, before close, ordered) × price
  responseId: string;
  status: LineStatus;
  comment: string;
  queue: number; // queue place: of the member's first submission in the cycle (where each unit waits: `close/queue-units.ts`)
}

/** A rendered e-mail, ready for the outbox. */
export interface Email {
  key: string; // idempotency key: the outbox never sends the same key twice
  kind: EmailKind;
  to: string;
  replyTo?: string;
  name?: string; // sender display name
  subject: string;
  text: string;
  html: string;
  attachments?: Attachment[];
}

export type EmailKind =
  | 'confirmation'
  | 'rejection'
  | 'cancellation'
  | 'reminder'
  | 'producer-order'
  | 'member-summary'
  | 'digest'
  | 'close-held'
  | 'balance-reminder'
  | 'duty-reminder'
  | 'duty-alert';

export interface Attachment {
  fileName: string;
  mimeType: string;
  content: string; // text content (CSV), UTF-8
}

/** A generated tab as pure data: the shell writes it in one batch. */
export interface TabLayout {
  name: string; // <= 31 characters, safe characters only
  rows: (string | number | boolean | null)[][]; // rectangular
  frozenRows: number;
  /** Column formats by 0-based column: 'money' (cents already converted to euros), 'date', 'quantity', 'checkbox', 'text'. */
  columnFormats: Record<number, CellFormat>;
  /** Rows (0-based) to show in bold: headings and totals. */
  boldRows: number[];
  /**
   * The widest (px) a column may grow for its content, by 0-based column; its text wraps beyond.
   * Every column is as wide as its content otherwise (`workbook/tab-presentation.ts`).
   */
  columnWidths?: Record<number, number>;
}

export type CellFormat = 'money' | 'date' | 'datetime' | 'quantity' | 'checkbox' | 'text' | 'percent';

/**
 * What a cycle was opened with: a snapshot of the configuration taken at open, so that a
 * submission never has to read the whole workbook. Stored by the shell as JSON.
 */
export interface CycleCatalog {
  cycle: Cycle;
  settings: Settings;
  sites: Site[];
  producers: Producer[]; // active producers with at least one available product
  products: Product[]; // available products of those producers, in form order
  formUrl: string;
}

/** A member's current order in the open cycle, kept by the shell between submissions. */
export interface MemberOrderState {
  email: string;
  queue: number; // queue place: of the first submission, kept across edits and resubmissions
  firstSubmittedAt: number;
  responseId: string; // of the latest submission taken into account
  submittedAt: number; // of the latest submission taken into account
  site: string;
  tolerance: number;
  /** Current firm quantities (empty = cancelled); `queued`: where the line's units wait (`close/queue-units.ts`), absent in states written before that rule. */
  lines: { ref: string; quantity: number; queued?: QueuedUnits[] }[];
  /** The site where the household offered to help at this cycle's pickup (absent = no offer). */
  helps?: string;
}

/**
 * Units of one product a member asked for at one queue place (a submission's place in the cycle).
 * A line's units are a list of these, earliest first: what a member had keeps its place, what an
 * edit adds waits at that edit's place.
 */
export interface QueuedUnits {
  queue: number;
  quantity: number; // firm
  tolerance: number;
}

/** A rejected submission, as the close and the digest report it. */
export interface Rejection {
  at: number;
  email: string;
  codes: string[];
}
