// The hidden `_cabas` tab: the open cycle's snapshot and the members' current orders, so that a
// submission reads a few cells found by key instead of whole tables (constant cost per submission).
//
// Layout: row 1 header; row 2 `cycle` + the cycle state as JSON split over as many cells as
// needed (a cell holds at most 50,000 characters); row 3 `counters` + JSON; rows 4+ one per
// member: `m:<email>` | member JSON | order JSON. Rows are found with a TextFinder (one call
// whatever the number of members).
import type { CycleCatalog, Member, MemberOrderState, Rejection } from '../../core/model';
import { catalogue } from '../../core/i18n';
import { CabasError } from './cabas-error';
import { ensureGrid, splitText } from './cells';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const STATE_TAB = '_cabas';
const CHUNK = 40000;

/** Form item ids by what they ask: product refs, and `#site`, `#tolerance`, `#comment`. */
export type FormItems = Record<string, number>;

export interface CycleState {
  catalog: CycleCatalog;
  formId: string;
  items: FormItems;
}

export interface Counters {
  nextQueue: number;
  /** Per product ref: firm quantity and tolerance currently ordered, over every member. */
  ordered: Record<string, { quantity: number; tolerance: number }>;
  households: number;
  /** Rejected submissions of the cycle (the latest 200), for the recap and the digest. */
  rejections: Rejection[];
  /** Where an interrupted close stopped ('' = not started). */
  closeStep: string;
  /** What the close in progress has written: the lines' outcome, and the tabs by name. */
  closeDone?: { outcome: boolean; tabs: string[] };
}

/** Where a member's current lines sit in `Commandes`, to mark them replaced without a search. */
export interface StoredOrder extends MemberOrderState {
  rows: { first: number; count: number } | null;
}

export interface MemberRecord {
  row: number;
  member: Member | null;
  order: StoredOrder | null;
}

export function emptyCounters(): Counters {
  return { nextQueue: 1, ordered: {}, households: 0, rejections: [], closeStep: '' };
}

function memberKey(email: string): string {
  return `m:${email.trim().toLowerCase()}`;
}

/** JSON from a cell of `_cabas`: null when empty or not JSON (a hand edit), never an exception. */
function parse<T>(text: unknown): T | null {
  if (typeof text !== 'string' || text === '') return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The shape Cabas relies on, checked once per read: a hand-edited `_cabas` is refused with a repair message. */
function isCycleState(v: unknown): v is CycleState {
  if (!isObject(v) || typeof v.formId !== 'string' || !isObject(v.items) || !isObject(v.catalog)) return false;
  const { cycle, settings, products, producers, sites } = v.catalog as Record<string, unknown>;
  return isObject(cycle) && typeof cycle.id === 'string' && typeof cycle.deadline === 'number' && isObject(settings)
    && Array.isArray(products) && Array.isArray(producers) && Array.isArray(sites);
}

function isCounters(v: unknown): v is Counters {
  return isObject(v) && typeof v.nextQueue === 'number' && isObject(v.ordered) && typeof v.households === 'number';
}

export class StateStore {
  private cached: Sheet | null | undefined;

  constructor(private readonly workbook: Workbook) {}

  sheet(): Sheet | null {
    if (this.cached === undefined) this.cached = this.workbook.sheetNamed(STATE_TAB);
    return this.cached;
  }

  /** The error for a `_cabas` tab that is gone or hand-edited: its message says how to rebuild it. */
  private missing(): CabasError {
    return new CabasError(catalogue(this.workbook.locale).ui.stateMissing);
  }

  private requireSheet(): Sheet {
    const sheet = this.sheet();
    if (!sheet) throw this.missing();
    return sheet;
  }

  /** The open cycle's state and counters: one read. Null when no cycle was ever opened. */
  load(): { cycle: CycleState; counters: Counters } | null {
    const sheet = this.sheet();
    if (!sheet) return null;
    const rows = sheet.getRange('2:3').getValues();
    if (rows[0][0] !== 'cycle' || rows[1][0] !== 'counters') return null;
    const json = rows[0].slice(1).filter((c) => c !== '').join('');
    const cycle = parse<unknown>(json);
    const counters = parse<unknown>(rows[1][1]);
    if (!isCycleState(cycle) || !isCounters(counters)) throw this.missing();
    return { cycle, counters: { ...counters, rejections: counters.rejections ?? [], closeStep: counters.closeStep ?? '' } };
  }

  /** Starts a cycle: replaces the whole tab with the new cycle, fresh counters and one row per member. */
  reset(cycle: CycleState, members: Member[]): void {
    let sheet = this.sheet();
    if (!sheet) {
      sheet = this.workbook.spreadsheet.insertSheet(STATE_TAB);
      sheet.hideSheet();
      sheet.protect().setWarningOnly(true).setDescription('Cabas');
      this.cached = sheet;
      this.workbook.remember(sheet);
    } else {
      sheet.clearContents();
    }
    const chunks = splitText(JSON.stringify(cycle), CHUNK);
    const width = Math.max(3, chunks.length + 1);
    const pad = (row: unknown[]) => [...row, ...new Array(width - row.length).fill('')];
    const headers = catalogue(this.workbook.locale).ui.stateHeaders;
    const rows: unknown[][] = [
      pad(headers),
      pad(['cycle', ...chunks]),
      pad(['counters', JSON.stringify(emptyCounters())]),
      ...members.map((m) => pad([memberKey(m.email), JSON.stringify(m), ''])),
    ];
    const spare = 200; // members who join during the cycle get a row without growing the grid
    ensureGrid(sheet, { rows: rows.length + spare, columns: width });
    sheet.getRange(1, 1, rows.length, width).setValues(rows);
  }

  /** Rewrites the cycle state (status changes at close and archive). */
  saveCycle(cycle: CycleState): void {
    const sheet = this.requireSheet();
    const chunks = splitText(JSON.stringify(cycle), CHUNK);
    const width = Math.max(sheet.getLastColumn(), chunks.length + 1);
    const row = ['cycle', ...chunks, ...new Array(width - chunks.length - 1).fill('')];
    ensureGrid(sheet, { columns: width });
    sheet.getRange(2, 1, 1, width).setValues([row]);
  }

  saveCounters(counters: Counters): void {
    this.requireSheet().getRange(3, 1, 1, 2).setValues([['counters', JSON.stringify(counters)]]);
  }

  /** The member's row, found by e-mail in one search. */
  findMember(email: string): MemberRecord | null {
    const sheet = this.requireSheet();
    const cell = sheet.getRange('A:A').createTextFinder(memberKey(email)).matchCase(true).matchEntireCell(true).findNext();
    if (!cell) return null;
    const row = cell.getRow();
    const [[, member, order]] = sheet.getRange(row, 1, 1, 3).getValues();
    return { row, member: parse<Member>(member), order: parse<StoredOrder>(order) };
  }

  /** Writes a member's row (row 0 = append a new one). Returns the row. */
  writeMember(row: number, email: string, member: Member | null, order: StoredOrder | null): number {
    const sheet = this.requireSheet();
    const target = row > 0 ? row : sheet.getLastRow() + 1;
    sheet.getRange(target, 1, 1, 3).setValues([[memberKey(email), member ? JSON.stringify(member) : '', order ? JSON.stringify(order) : '']]);
    return target;
  }

  /** Every member row (reminder and close): one read. */
  allMembers(): MemberRecord[] {
    const sheet = this.requireSheet();
    const last = sheet.getLastRow();
    if (last < 4) return [];
    return sheet.getRange(4, 1, last - 3, 3).getValues()
      .map((r, i) => ({ row: i + 4, member: parse<Member>(r[1]), order: parse<StoredOrder>(r[2]) }))
      .filter((r) => r.member || r.order);
  }
}
