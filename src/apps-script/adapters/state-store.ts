// The hidden `_cabas` tab: the open cycle's snapshot and the members' current orders, so that a
// submission reads a few cells found by key instead of whole tables (constant cost per submission).
//
// Layout: row 1 header; row 2 `cycle` + the cycle state as JSON split over as many cells as
// needed (a cell holds at most 50,000 characters); row 3 `counters` + JSON; rows 4+ one per
// member: `m:<email>` | member JSON | order JSON. Rows are found with a TextFinder (one call
// whatever the number of members).
//
// The snapshot's cells are written as plain text (`writeRows`): a cut can fall anywhere in the JSON,
// and a cell starting with `=`, `+` or `-` would otherwise become a formula, one starting with `'`
// would lose it. Counters and member cells are JSON objects: they start with `{`.
import {
  decodeCounters, decodeCycle, decodeMember, decodeOrder, emptyCounters, encodeCounters, encodeCycle, encodeMember,
  encodeOrder, memberKey, STATE_CHUNK, STATE_ROW, STATE_TAB, type Counters, type CycleState, type StoredOrder,
} from '../../core/cycle-state';
import type { Member } from '../../core/model';
import { catalogue } from '../../core/i18n';
import type { CabasError } from './cabas-error';
import { ensureGrid, splitText, writeRows } from './cells';
import { runningCycle } from './running-cycle';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface MemberRecord {
  row: number;
  member: Member | null;
  order: StoredOrder | null;
}

/** What the store calls when the state of a running cycle is lost: reports it, gives the error to throw. */
export type OnLost = (cycleId: string, detail: string) => CabasError;

export class StateStore {
  private cached: Sheet | null | undefined;

  constructor(private readonly workbook: Workbook, private readonly onLost: OnLost) {}

  sheet(): Sheet | null {
    if (this.cached === undefined) this.cached = this.workbook.sheetNamed(STATE_TAB);
    return this.cached;
  }

  /** The error for a `_cabas` tab that is gone, sorted or hand-edited: reported, and its message says the orders are kept. */
  private lost(detail: string): CabasError {
    return this.onLost(runningCycle(this.workbook) ?? '?', detail);
  }

  private requireSheet(): Sheet {
    const sheet = this.sheet();
    if (!sheet) throw this.lost('');
    return sheet;
  }

  /**
   * The open cycle's state and counters: one read. Null when there is no state and `Cycles` shows
   * no cycle running (none was ever opened, or the last one is done); a state gone, sorted or
   * damaged while one runs throws, reported.
   */
  load(): { cycle: CycleState; counters: Counters } | null {
    const sheet = this.sheet();
    const rows = sheet ? sheet.getRange('2:3').getValues() : null;
    if (!rows || rows[0][0] !== STATE_ROW.cycle || rows[1][0] !== STATE_ROW.counters) {
      if (runningCycle(this.workbook) === null) return null;
      throw this.lost('');
    }
    const cycle = decodeCycle(rows[0].slice(1), this.workbook.locale);
    const counters = decodeCounters(rows[1][1], this.workbook.locale);
    if (!cycle.ok) throw this.lost(cycle.error);
    if (!counters.ok) throw this.lost(counters.error);
    return { cycle: cycle.value, counters: counters.value };
  }

  /**
   * Starts a cycle: replaces the whole tab with the new cycle, fresh counters and one row per member.
   * `restored` (« Réparer »): the counters and the members' orders rebuilt from `Commandes` instead;
   * an order whose member is no longer in `Adhérents` keeps a row of its own.
   */
  reset(cycle: CycleState, members: Member[], restored?: { counters: Counters; orders: StoredOrder[] }): void {
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
    const chunks = splitText(encodeCycle(cycle), STATE_CHUNK);
    const width = Math.max(3, chunks.length + 1);
    const pad = (row: unknown[]) => [...row, ...new Array(width - row.length).fill('')];
    const headers = catalogue(this.workbook.locale).ui.stateHeaders;
    const rows: unknown[][] = [
      pad(headers),
      pad([STATE_ROW.cycle, ...chunks]),
      pad([STATE_ROW.counters, encodeCounters(restored?.counters ?? emptyCounters())]),
      ...memberRows(members, restored?.orders ?? []).map(([key, member, order]) => pad([key, member, order])),
    ];
    const spare = 200; // members who join during the cycle get a row without growing the grid
    ensureGrid(sheet, { rows: rows.length + spare, columns: width });
    writeRows(sheet, 1, rows, []);
  }

  /** Rewrites the cycle state (status changes at close and archive). */
  saveCycle(cycle: CycleState): void {
    const sheet = this.requireSheet();
    const chunks = splitText(encodeCycle(cycle), STATE_CHUNK);
    const width = Math.max(sheet.getLastColumn(), chunks.length + 1);
    const row = [STATE_ROW.cycle, ...chunks, ...new Array(width - chunks.length - 1).fill('')];
    ensureGrid(sheet, { columns: width });
    writeRows(sheet, 2, [row], []);
  }

  saveCounters(counters: Counters): void {
    this.requireSheet().getRange(3, 1, 1, 2).setValues([[STATE_ROW.counters, encodeCounters(counters)]]);
  }

  /** The member's row, found by e-mail in one search. */
  findMember(email: string): MemberRecord | null {
    const sheet = this.requireSheet();
    const cell = sheet.getRange('A:A').createTextFinder(memberKey(email)).matchCase(true).matchEntireCell(true).findNext();
    if (!cell) return null;
    const row = cell.getRow();
    const [[, member, order]] = sheet.getRange(row, 1, 1, 3).getValues();
    return { row, member: decodeMember(member), order: decodeOrder(order) };
  }

  /** Writes a member's row (row 0 = append a new one). Returns the row. */
  writeMember(row: number, email: string, member: Member | null, order: StoredOrder | null): number {
    const sheet = this.requireSheet();
    const target = row > 0 ? row : sheet.getLastRow() + 1;
    sheet.getRange(target, 1, 1, 3).setValues([[memberKey(email), encodeMember(member), encodeOrder(order)]]);
    return target;
  }

  /** Every member row (reminder and close): one read. */
  allMembers(): MemberRecord[] {
    const sheet = this.requireSheet();
    const last = sheet.getLastRow();
    if (last < 4) return [];
    return sheet.getRange(4, 1, last - 3, 3).getValues()
      .map((r, i) => ({ row: i + 4, member: decodeMember(r[1]), order: decodeOrder(r[2]) }))
      .filter((r) => r.member || r.order);
  }
}

/** One row per member, with their order; an order without a member in the list gets its own row. */
function memberRows(members: Member[], orders: StoredOrder[]): string[][] {
  const byKey = new Map(orders.map((o) => [memberKey(o.email), o]));
  const rows = members.map((m) => {
    const key = memberKey(m.email);
    const order = byKey.get(key) ?? null;
    byKey.delete(key);
    return [key, encodeMember(m), encodeOrder(order)];
  });
  for (const [key, order] of byKey) rows.push([key, '', encodeOrder(order)]);
  return rows;
}
