// Shared helpers of the reliability suite: a small group opened on the built bundle, and host-side
// reads of its tabs (no service call is counted: these are the test looking, not the script).
import { CabasDriver, TRIGGER_LATENESS_MS } from '../../../src/cli/cabas-driver';
import type { CellValue, SpreadsheetSnapshot } from '../../../src/local-apps-script/spreadsheet/snapshot';
import { OPEN_AT, PICKUP, twoSitesSmallGroup } from '../../e2e/fixtures/two-sites-small-group';

export { OPEN_AT, PICKUP, twoSitesSmallGroup };

/**
 * The suite's cycle: open on 1 December at 9:00, closed the next day at 20:00 (the reminder, 24 hours
 * before, still ahead of the opening). Short on purpose: while a cycle is open, Cabas's hourly retry
 * trigger runs every hour, as in Google, and a nine-day cycle made some 230 executions of every
 * scenario that only had to pass the deadline.
 */
export const DEADLINE = '02/12/2026 20:00';
export const DEADLINE_MS = Date.parse('2026-12-02T20:00:00+01:00');

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const MONCLAR = 'Monclar-de-Quercy';
export const SEPTFONDS = 'Septfonds';
export const ACTIVE_MEMBERS = ['alice', 'bruno', 'chloe', 'david', 'emma'].map((n) => `${n}@example.org`);

export interface GroupOptions {
  snapshot?: SpreadsheetSnapshot;
  mailQuota?: number;
  scriptTimeZone?: string;
  deadline?: string;
  pickup?: string;
  note?: string;
  now?: number;
}

/** The two-sites group, installed, with its cycle open (fails the test if it does not open). */
export function openGroup(options: GroupOptions = {}): CabasDriver {
  const driver = new CabasDriver({
    now: options.now ?? OPEN_AT, spreadsheet: options.snapshot ?? twoSitesSmallGroup(),
    mailQuota: options.mailQuota ?? 10_000, scriptTimeZone: options.scriptTimeZone,
  });
  driver.install(false);
  const opened = driver.open({ deadline: options.deadline ?? DEADLINE, pickup: options.pickup ?? PICKUP, note: options.note });
  if (!opened.ok) throw new Error(`the cycle did not open: ${JSON.stringify(opened)}`);
  return driver;
}

/** A tab's cells as the host sees them, without a whole-workbook snapshot. */
export function tabValues(driver: CabasDriver, name: string): CellValue[][] {
  const sheet = driver.gas.spreadsheet().sheets.find((s) => s.name === name);
  return sheet ? sheet.snapshot().values : [];
}

/** A tab's rows keyed by its header row. */
export function tabRows(driver: CabasDriver, name: string): Record<string, CellValue>[] {
  const [header, ...rows] = tabValues(driver, name);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? null])));
}

/** Every cell of the workbook that holds a formula, as `Tab!R1C1: formula`. */
export function formulasIn(snapshot: SpreadsheetSnapshot): string[] {
  return snapshot.sheets.flatMap((s) => (s.formulas ?? []).flatMap((row, r) =>
    row.flatMap((f, c) => (f ? [`${s.name}!R${r + 1}C${c + 1}: ${f}`] : []))));
}

/** The executions that ended in an error, with their message. */
export function failedExecutions(driver: CabasDriver): string[] {
  return driver.gas.executions.filter((e) => e.error !== undefined).map((e) => `${e.name}: ${e.error}`);
}

/** Every text cell of the workbook, for "reads back as it was" checks. */
export function allTexts(snapshot: SpreadsheetSnapshot): string[] {
  return snapshot.sheets.flatMap((s) => s.values.flat().filter((v): v is string => typeof v === 'string'));
}

/** The settings tab of a fixture snapshot, to change one value before the group opens. */
export function setSetting(snapshot: SpreadsheetSnapshot, key: string, value: CellValue): void {
  const settings = snapshot.sheets.find((s) => s.name === 'Paramètres')!;
  const row = settings.values.find((r) => r[0] === key);
  if (row) row[1] = value;
  else settings.values.push([key, value, '']);
}

/** Sets one cell of a fixture tab by row index (0 = header) and header name. */
export function setCell(snapshot: SpreadsheetSnapshot, tab: string, row: number, header: string, value: CellValue): void {
  const sheet = snapshot.sheets.find((s) => s.name === tab)!;
  const column = sheet.values[0].indexOf(header);
  if (column < 0) throw new Error(`no column ${header} in ${tab}`);
  sheet.values[row][column] = value;
}

/** Lines that count after the close: every line but those a later submission replaced. */
export function liveLines(driver: CabasDriver): Record<string, CellValue>[] {
  return tabRows(driver, 'Commandes').filter((r) => r['Statut'] !== 'remplacé');
}

/** Runs the clock past the deadline and far enough for every queued e-mail to leave. */
export function closeAndDeliver(driver: CabasDriver, deadlineMs = DEADLINE_MS): void {
  // The close runs up to 15 minutes late, its sending a minute after and up to 15 minutes late too.
  driver.gas.advanceTo(deadlineMs + 2 * TRIGGER_LATENESS_MS + 2 * 60 * 1000);
  driver.gas.advanceTo(deadlineMs + 3 * DAY);
}
