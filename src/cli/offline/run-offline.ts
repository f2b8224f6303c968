// The offline mode: a workbook file and a CSV of answers in, the resulting workbook, e-mails and
// index.html out. It replays the answers as form submissions on the shipped bundle in the local
// runtime: the very code that runs in Google, not a second implementation.
//
// Two kinds of "bad": a file that cannot be read is refused whole, before anything is opened or
// written (CliError, non-zero exit); an answer Cabas's rules refuse is a normal outcome, told by
// e-mail and journaled by the script, and counted by reason in the result.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { planForm } from '../../core/form/plan-form';
import { catalogue } from '../../core/i18n';
import type { CycleCatalog, Locale } from '../../core/model';
import { parseDateTime } from '../../core/workbook/parse-cell';
import { formatLongDateTime } from '../../core/dates';
import { restoreProject } from '../../local-apps-script/project-snapshot';
import { decodeProject } from '../project-state';
import { readConfiguration, readCycles, CONFIGURATION_TABLES } from '../../core/workbook/read-configuration';
import { parseStatus, tableOfTabName, type TableKey } from '../../core/workbook/tables';
import type { SpreadsheetSnapshot } from '../../local-apps-script/spreadsheet/snapshot';
import { CabasDriver, TRIGGER_LATENESS_MS } from '../cabas-driver';
import { CliError } from '../cli-error';
import { decodeAnswersFile, readAnswersCsv, type AnswerRow } from '../import/read-answers-csv';
import { readXlsx, type KeptFormula } from '../import/read-xlsx';
import { renderProblem } from '../../core/workbook/render-problem';
import { snapshotTable } from '../read-snapshot-table';
import { writeOutputs } from '../write-outputs';
import { foreignEntries, markOutDir, removeOldBilans } from './check-out-dir';
import { HeapPacer } from './heap-pacer';
import { MailSpool } from './mail-spool';
import { outboxTally, startSmtp, type SmtpRelay } from './smtp-relay';
import { cliCatalogue, type CliCatalogue } from '../../core/i18n/cli-catalogue';
import { decodeOrder, STATE_TAB, type Counters } from '../../core/cycle-state';

export interface OfflineOptions {
  workbook: string;
  answers: string;
  out: string;
  closeAt?: string;
  /** "Today" for deciding whether the deadline has passed (default: the machine's clock). */
  now?: string;
  /** Write into `out` even when it holds files an earlier run did not write. */
  force?: boolean;
  /** `smtp://user:pass@host:port`: the e-mails leave through this server (otherwise they are only written as .eml). */
  smtp?: string;
  /** The sender address for --smtp (default: the coordination e-mail of the settings). */
  smtpFrom?: string;
  /**
   * Where the group's members answer (its own form tool): the link the e-mails give to order and
   * to change an order. None by default: no Google Form exists offline, and a link to one would be dead.
   */
  formUrl?: string;
  /** The worker thread's script that talks to the SMTP server (default: dist/smtp-worker.js, beside the built CLI). */
  workerScript?: string;
  bundle: string;
  log: (line: string) => void;
}

/** What became of the file's rows, counted once each. */
export interface ReplayCounts {
  read: number;
  /** Orders taken (first ones and replacements), capped ones included. */
  accepted: number;
  /** Accepted with at least one quantity lowered (max per member or stock); the member was told. */
  capped: number;
  /** All quantities 0: the member's order withdrawn. */
  cancelled: number;
  /** Refused by Cabas's rules, by reason code (a row with two reasons counts under each). */
  rejected: Record<string, number>;
  rejectedRows: number;
  /** Arrived once the form was closed. */
  late: number;
  /** What the replay cost: it must grow with the answers, and no faster. */
  work: ReplayWork;
}

/** The replay's cost, for the bench and for the test that it stays linear. */
export interface ReplayWork {
  /** Form-submit executions: one per answer (no Google delivers them twice offline). */
  submitExecutions: number;
  /** Service calls and cells read or written by those executions, in all. */
  calls: number;
  cells: number;
  /** Cells the host copied out of the workbook during the replay (CabasDriver.hostCells). */
  hostCells: number;
  /** Full collections the heap pacer asked for during the replay, and the milliseconds they took. */
  collections: number;
  collectionMs: number;
}

export interface OfflineResult extends ReplayCounts {
  locale: Locale;
  status: 'open' | 'closed' | 'sent';
  closed: boolean;
  emails: number;
  outputs: { workbook: string; index: string; mailDir: string };
}

function tab(snapshot: SpreadsheetSnapshot, table: TableKey) {
  const sheet = snapshot.sheets.find((s) => tableOfTabName(s.name) === table);
  return sheet ? { tabName: sheet.name, values: sheet.values.map((r) => r.map((v) => (v === null ? '' : v))) as unknown[][] } : undefined;
}

/** The form's questions as the cycle will show them, planned from the workbook before anything opens. */
function plannedQuestions(snapshot: SpreadsheetSnapshot, deadline: number, pickup: number | null, note: string) {
  const tabs = Object.fromEntries(CONFIGURATION_TABLES.map((t) => [t, tab(snapshot, t)]).filter(([, v]) => v !== undefined));
  const { config } = readConfiguration(tabs);
  if (!config) return null; // the opening refuses it, with the configuration's own messages
  const producers = config.producers.filter((p) => p.active && config.products.some((x) => x.available && x.producer === p.name));
  const catalog: CycleCatalog = {
    cycle: { id: 'offline', opens: deadline, deadline, pickup, status: 'open', formUrl: '', note },
    settings: config.settings, sites: config.sites, producers,
    products: config.products.filter((x) => x.available && producers.some((p) => p.name === x.producer)),
    formUrl: '',
  };
  return planForm(catalog);
}

export async function runOffline(o: OfflineOptions): Promise<OfflineResult> {
  for (const f of [o.workbook, o.answers]) if (!existsSync(f)) throw new CliError(`${cliCatalogue('fr').fileNotFound(f)} / ${cliCatalogue('en').fileNotFound(f)}`);
  let snapshot: Awaited<ReturnType<typeof readXlsx>>;
  try {
    snapshot = await readXlsx(o.workbook);
  } catch (error) {
    throw new CliError(cliCatalogue('fr').notAWorkbook(o.workbook, (error as Error).message));
  }
  const { config, readable, locale } = readConfiguration({ settings: tab(snapshot, 'settings') });
  // Whom the runtime runs as (offlineUser): the coordination's address, even where another setting is wrong.
  const coordination = readable?.settings.coordinationEmail ?? '';
  const t = cliCatalogue(locale);
  // The folder of the workbook a step continues from holds the e-mails that step wrote (their text
  // is nowhere else): not replaced without --force. Found by probing: « --out r » on « r/workbook.xlsx » lost them.
  if (!o.force && resolve(dirname(o.workbook)) === resolve(o.out)) throw new CliError(t.outIsInput(o.out, o.workbook));
  const foreign = o.force ? [] : foreignEntries(o.out);
  if (foreign.length > 0) throw new CliError(t.outNotOurs(o.out, foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? ', …' : '')));
  const timeZone = config?.settings.timeZone ?? 'Europe/Paris';
  const when = (text: string, what: string): number => {
    const parsed = parseDateTime(text, timeZone);
    if (!parsed.ok || parsed.value === null) throw new CliError(t.badDate(what, text));
    return parsed.value;
  };
  if (o.formUrl !== undefined && !/^https?:\/\/[^\s/]+\S*$/i.test(o.formUrl)) throw new CliError(t.badFormUrl(o.formUrl));
  const closeAt = o.closeAt ? when(o.closeAt, '--close-at') : null;
  const today = o.now ? when(o.now, '--now') : Date.now();

  const cyclesTab = tab(snapshot, 'cycles');
  const readCyclesTab = cyclesTab ? readCycles(cyclesTab, timeZone) : { cycles: [], problems: [] };
  const { cycles } = readCyclesTab;
  // An open cycle goes on from the project an earlier run kept in the workbook (its form, triggers
  // and properties); without it, its form lived in that run's memory and there is nothing to submit to.
  const stillOpen = cycles.find((c) => c.status === 'open');
  const kept = stillOpen ? decodeProject(snapshot.project) : null;
  if (stillOpen && !kept) throw new CliError(t.stillOpen(o.workbook, stillOpen.id));
  const draft = kept ? undefined : cycles.find((c) => c.status === 'draft');
  const deadline = stillOpen?.deadline ?? draft?.deadline ?? closeAt;
  // A cycle taken up keeps the address it opened with, unless another is given.
  const formAddress = o.formUrl ?? stillOpen?.formUrl ?? '';
  // A row of Cycles that could not be read is named with its cell (found by probing: a draft's
  // deadline « bientôt » was told as no deadline at all).
  if (deadline === null || deadline === undefined) throw new CliError([t.noDeadline(o.workbook), ...readCyclesTab.problems.map((p) => `  ${renderProblem(p, locale)}`)].join('\n'));
  // --close-at closes sooner, never later: the deadline's trigger closes the cycle at its time
  // (found by probing: a later --close-at was ignored without a word).
  const row = stillOpen ?? draft;
  if (row && closeAt !== null && closeAt > deadline) throw new CliError(t.closeAtAfterDeadline(o.closeAt!, row.id, formatLongDateTime(deadline, timeZone, locale)));

  // The whole answers file is read and checked before the cycle opens: a file that cannot be
  // read changes nothing.
  const decoded = decodeAnswersFile(readFileSync(o.answers), o.answers, locale);
  if (!decoded.ok) throw new CliError(decoded.error.message);
  const plan = plannedQuestions(snapshot, deadline, draft?.pickup ?? null, draft?.note ?? '');
  // Every ref of Produits, offered this cycle or not: a column for one not offered is told as such.
  const allRefs = (snapshotTable(snapshot, 'products')?.rows ?? []).map((r) => String(r.cells.ref ?? '').trim()).filter((ref) => ref !== '');
  const readAnswers = (p: NonNullable<typeof plan>) => readAnswersCsv(decoded.text, {
    file: o.answers, timeZone, locale,
    products: p.sections.flatMap((s) => s.questions.map((q) => ({ ref: q.ref, title: q.title }))),
    titles: { site: p.site.title, tolerance: p.tolerance.title, comment: p.comment.title, ...(p.help ? { help: p.help.title } : {}) },
    sites: p.site.choices, ...(p.help ? { helpSites: p.help.choices } : {}),
    unavailable: allRefs.filter((ref) => !p.sections.some((s) => s.questions.some((q) => q.ref === ref))),
  });
  let continued: { driver: CabasDriver; rows: AnswerRow[] } | null = null;
  /** The earliest answer of the file read against the planned form (none when it could not be planned). */
  let earliestAnswer = Infinity;
  if (kept && stillOpen) {
    // The cycle's own form, as kept: the answers are read against it, and none may predate what
    // the workbook already holds (the same file replayed twice would otherwise count twice).
    const driver = offlineDriver(kept.clock, o.bundle, snapshot, coordination, formAddress);
    restoreProject(driver.gas, kept);
    const answers = readAnswers(planForm(driver.state().catalog));
    if (!answers.ok) throw new CliError(answers.error.message);
    // To the minute: a file's times are to the minute, and the kept clock is a moment after the last
    // answer; another member's answer of that minute is not « earlier » (found by probing: it was
    // refused as earlier than itself). One from a member who answered in that minute is the same
    // answer again.
    const minute = (at: number) => Math.floor(at / 60_000) * 60_000;
    const since = minute(kept.clock);
    const lastMinute = new Set(answeredSince(snapshot, driver.counters(), since));
    const early = answers.rows.find((r) => r.at < since || (minute(r.at) === since && lastMinute.has(r.email.trim().toLowerCase())));
    if (early) throw new CliError(t.answerBeforeRun(o.answers, early.line, formatLongDateTime(since, timeZone, locale)));
    continued = { driver, rows: answers.rows };
  } else {
    const checked = plan ? readAnswers(plan) : null;
    if (checked && !checked.ok) throw new CliError(checked.error.message);
    // Only the earliest instant is kept: the rows are read again against the form once it is made.
    for (const r of checked?.ok ? checked.rows : []) earliestAnswer = Math.min(earliestAnswer, r.at);
  }

  const smtp = await startSmtp(o, config?.settings.coordinationEmail ?? '', t);
  // Every check has passed: from here on, the e-mails are written as they leave.
  const spool = new MailSpool(join(o.out, 'mail'));
  try {
    const base = { o, t, locale, deadline, draft, closeAt, today, readAnswers, smtp, formulas: snapshot.formulas };
    const run = { ...base, spool };
    if (continued) {
      sendThrough(continued.driver, spool, smtp);
      o.log(t.continued(stillOpen!.id));
      if (smtp) dropPastReminder(continued.driver, today, run);
      const { driver: resumed, rows } = continued;
      continued = null; // the rows go once replayed: the close and the files need the memory
      return await closeAndWrite(resumed, replay(resumed, rows, o, t, catalogue(locale).close.reason), run);
    }
    const earliest = Math.min(deadline, earliestAnswer);
    const driver = offlineDriver(earliest - 24 * 3600 * 1000, o.bundle, snapshot, coordination, formAddress);
    sendThrough(driver, spool, smtp);
    return await runCycle(driver, run);
  } finally {
    await spool.close();
    await smtp?.close();
  }
}

/**
 * The runtime for a file's answers. No Google delivers them, so none of Google's extra form-submit
 * firings (a duplicate, a blank one) is played: one execution per answer, as many as the file has.
 * Thousands of executions in a row run in one realm reset between them, on warm code. No Google
 * Form exists either: its address, in the e-mails, is the group's own (`formAddress`), or none
 * (found by probing: the e-mails linked to a Google Form that did not exist).
 */
export function offlineDriver(now: number, bundle: string, spreadsheet: SpreadsheetSnapshot, coordinationEmail = '', formAddress = ''): CabasDriver {
  return new CabasDriver({ now, bundle, spreadsheet, mailQuota: 100000, submitFirings: false, warmRealm: true, userEmail: offlineUser(coordinationEmail), formAddress });
}

/**
 * Whom the offline runtime runs as: the group's coordination address (the first, when there are
 * several), as the Google account that installs Cabas does; found by probing: the .eml files were
 * « From » the runtime's own example address. A group without one keeps that example.
 */
export function offlineUser(coordinationEmail: string): string | undefined {
  const first = coordinationEmail.split(/[,;]/)[0].trim();
  return /^[^\s@]+@[^\s@]+$/.test(first) ? first : undefined;
}

/** The script's e-mails go to the SMTP server when there is one, then to their .eml file; none is kept in memory. */
export function sendThrough(driver: CabasDriver, spool: MailSpool, smtp: SmtpRelay | null): void {
  driver.gas.mail.relay = spool.through(smtp?.relay ?? null);
  driver.gas.mail.retain = false;
}

interface CycleRun {
  o: OfflineOptions;
  t: CliCatalogue;
  locale: Locale;
  deadline: number;
  draft: { pickup: number | null; note: string } | undefined;
  closeAt: number | null;
  today: number;
  readAnswers: (p: ReturnType<typeof planForm>) => ReturnType<typeof readAnswersCsv>;
  smtp: SmtpRelay | null;
  /** The person's formulas read from the workbook, put back in the written one. */
  formulas: KeptFormula[];
  spool: MailSpool;
}

async function runCycle(driver: CabasDriver, run: CycleRun): Promise<OfflineResult> {
  const { o, t, deadline, draft, readAnswers } = run;
  driver.install(false);
  const opened = driver.open({ deadline, pickup: draft?.pickup ?? undefined, note: draft?.note });
  if (!opened.ok) throw new CliError(`${t.openRefused(o.workbook)}\n  ${(opened.messages ?? []).join('\n  ')}`);
  if (run.smtp) dropPastReminder(driver, run.today, run);
  // The form as it was really made: the same questions as planned (read again to be sure), once
  // what the first reading left is collected.
  new HeapPacer().collect();
  let answers: ReturnType<typeof readAnswers> | null = readAnswers(planForm(driver.state().catalog));
  if (!answers.ok) throw new CliError(answers.error.message);
  o.log(t.opened(String(opened.cycleId)));
  for (const w of answers.warnings) o.log(w);
  const { rows } = answers;
  answers = null;
  // The parsed rows (some 1.7 KB each) are not kept past the replay: the close and the files need the memory.
  return closeAndWrite(driver, replay(driver, rows, o, t, catalogue(run.locale).close.reason), run);
}

/** After the replay: the close at the deadline or --close-at, the outbox's rounds, the files. */
async function closeAndWrite(driver: CabasDriver, counts: ReplayCounts, { o, t, locale, deadline, closeAt, today, smtp, formulas, spool }: CycleRun): Promise<OfflineResult> {
  if (closeAt !== null && closeAt < deadline && driver.state().catalog.cycle.status === 'open') {
    driver.gas.advanceTo(closeAt);
    driver.run('closeCycleNow');
  } else if (closeAt !== null || deadline <= today) {
    driver.gas.advanceTo(Math.max(deadline, closeAt ?? deadline) + TRIGGER_LATENESS_MS + 60 * 1000);
  }
  // What the script says, not what was asked: a row after the deadline closes the cycle too.
  const closed = driver.state().catalog.cycle.status !== 'open';
  if (closed) driver.gas.advanceBy(2 * 3600 * 1000); // the outbox's retries
  const final = driver.state().catalog.cycle.status as OfflineResult['status'];
  const held = final === 'sent' ? pendingEmails(driver) : 0;
  o.log(held > 0 ? t.heldInOutbox(held) : t.status[final]);
  o.log(t.summary(counts.read, counts.accepted, counts.capped, counts.cancelled, counts.rejectedRows, counts.late));
  const reasons = catalogue(locale).close.reason;
  for (const [code, n] of Object.entries(counts.rejected)) o.log(t.rejectedBecause(reasons[code] ?? code, n));
  const bilan = exportBilan(driver, final);
  // The close and the files make as much garbage as thousands of answers: paced as the replay.
  const pacer = new HeapPacer(undefined, 1);
  pacer.collect();
  const outputs = await writeOutputs(driver.gas, o.out, { title: 'Cabas', workbookName: 'workbook.xlsx', summary: [], formulas, spool, pace: () => pacer.tick() });
  writeBilan(o.out, bilan, t, o.log, () => o.log(t.written(outputs.emails, outputs.workbook)));
  reportSending(driver, smtp, outputs.mailDir, t, o.log);
  return { ...counts, locale, status: final, closed, emails: outputs.emails, outputs };
}

/**
 * A cycle replayed after the fact with real sending: the reminder's time is already past, and it
 * would reach members now, asking them to order for a deadline gone by (found by probing:
 * « les commandes ferment jeudi » received on Friday). Its trigger is removed, as its owner may
 * delete one in Google, and the run says so; without --smtp nothing leaves, and the .eml files keep
 * what Google would have sent.
 */
function dropPastReminder(driver: CabasDriver, today: number, { o, t, locale }: Pick<CycleRun, 'o' | 't' | 'locale'>): void {
  const at = driver.nextFiring('onReminderTrigger');
  if (at === null || at >= today) return;
  for (const trigger of driver.gas.triggers.list().filter((x) => x.handler === 'onReminderTrigger')) driver.gas.triggers.remove(trigger.uid);
  o.log(t.reminderPast(formatLongDateTime(at, driver.state().catalog.settings.timeZone, locale)));
}

/**
 * « Exporter le bilan », offline: once a cycle is sent, the season's bilan (every cycle the workbook
 * holds) for `cabas bilan`; the ▸ Bilan CSV tab holds the same table. Not while a close waits for
 * `Attribué` to be reviewed (found by probing: the bilan then kept the quantities before the review,
 * and `cabas send` wrote none): `cabas send` exports it once the order is sent.
 */
export function exportBilan(driver: CabasDriver, status: string): { cycles: number; file: string; csv: string } | null {
  return status === 'sent' ? driver.run<{ cycles: number; file: string; csv: string }>('exportReviewNow', {}) : null;
}

/**
 * Writes the run's bilan file, after the outputs: a bilan an earlier run left in the folder goes
 * (it would no longer match the workbook beside it), the folder is marked as a run's, and `written`
 * says what was written before the bilan's own line.
 */
export function writeBilan(out: string, bilan: { cycles: number; file: string; csv: string } | null, t: CliCatalogue, log: (line: string) => void, written: () => void): void {
  removeOldBilans(out);
  if (bilan && bilan.cycles > 0) writeFileSync(join(out, bilan.file), bilan.csv);
  markOutDir(out);
  written();
  if (bilan && bilan.cycles > 0) log(t.territory.bilanWritten(join(out, bilan.file)));
}

/**
 * Replays the rows in time order as answers that never saw the Form's page (its input checks do
 * not apply), and learns each one's fate: late when the form was closed, rejected when Cabas
 * added a rejection to its counters, capped when the lines it wrote hold less than was asked.
 */
function replay(driver: CabasDriver, rows: AnswerRow[], o: OfflineOptions, t: CliCatalogue, reasons: Record<string, string>): ReplayCounts {
  const counts: ReplayCounts = {
    read: rows.length, accepted: 0, capped: 0, cancelled: 0, rejected: {}, rejectedRows: 0, late: 0,
    work: { submitExecutions: 0, calls: 0, cells: 0, hostCells: 0, collections: 0, collectionMs: 0 },
  };
  const firstExecution = driver.gas.executions.length;
  const hostCellsBefore = driver.hostCells;
  const replayed: { row: AnswerRow; responseId: string }[] = [];
  let lastRejection = JSON.stringify(driver.counters().rejections.at(-1) ?? null);
  const pacer = new HeapPacer();
  // What reading the file left (a parse of 100,000 rows makes hundreds of MB) goes before the replay.
  pacer.collect();
  for (const row of [...rows].sort((a, b) => a.at - b.at)) {
    pacer.tick();
    driver.gas.advanceTo(row.at);
    // After the deadline the answer still reaches Cabas, as a file's answers never saw the Form's
    // closed page: its rule refuses it (after the deadline, or no open cycle once the deadline's
    // trigger closed it), tells the member and journals it. Counted apart, by the row's time: the
    // trigger may run up to a quarter of an hour after the deadline (found by probing: answers of
    // those minutes were counted as refused for another reason, and not named).
    const late = !cycleOpenAt(driver, row.at);
    const responseId = driver.submit(row.email, row.quantities, {
      at: row.at, site: row.site || undefined, tolerance: row.tolerance || undefined, comment: row.comment || undefined, help: row.help || undefined, formChecks: false,
    });
    if (late) {
      counts.late += 1;
      o.log(t.late(o.answers, row.line, row.email));
      // A refusal the open cycle's counters kept is this row's, not the next one's.
      lastRejection = lastRejectionOf(driver) ?? lastRejection;
      continue;
    }
    const counters = driver.counters();
    const last = JSON.stringify(counters.rejections.at(-1) ?? null);
    if (last !== lastRejection) {
      lastRejection = last;
      counts.rejectedRows += 1;
      const { codes } = counters.rejections.at(-1)!;
      for (const code of codes) counts.rejected[code] = (counts.rejected[code] ?? 0) + 1;
      // Each refused row named, as a late one (found by probing: only counts by reason were said).
      o.log(t.refusedRow(o.answers, row.line, row.email.trim(), codes.map((code) => reasons[code] ?? code).join(', ')));
      continue;
    }
    replayed.push({ row, responseId });
  }
  // What each taken answer was granted, from the Orders lines it wrote (read once, at the end).
  const granted = new Map<string, Map<string, number>>();
  for (const line of snapshotTable({ name: '', timeZone: '', locale: '', sheets: [driver.sheet(ordersTabName(driver))] }, 'orders')?.rows ?? []) {
    const byRef = granted.get(String(line.cells.responseId)) ?? new Map<string, number>();
    byRef.set(String(line.cells.ref), (byRef.get(String(line.cells.ref)) ?? 0) + Number(line.cells.quantity));
    granted.set(String(line.cells.responseId), byRef);
  }
  for (const { row, responseId } of replayed) {
    const asked = Object.entries(row.quantities).map(([ref, text]) => [ref, Number(text.replace(',', '.') || '0')] as const).filter(([, q]) => q > 0);
    if (asked.length === 0) {
      counts.cancelled += 1;
      continue;
    }
    counts.accepted += 1;
    const got = granted.get(responseId);
    if (asked.some(([ref, q]) => (got?.get(ref) ?? 0) < q - 1e-9)) counts.capped += 1;
  }
  for (const e of driver.gas.executions.slice(firstExecution)) {
    if (e.trigger !== 'form-submit') continue;
    counts.work.submitExecutions += 1;
    counts.work.calls += e.counts.calls;
    counts.work.cells += e.counts.cellsRead + e.counts.cellsWritten;
  }
  counts.work.hostCells = driver.hostCells - hostCellsBefore;
  counts.work.collections = pacer.collections;
  counts.work.collectionMs = Math.round(pacer.collectionMs);
  return counts;
}

/** Whether `_cabas` holds a cycle still open for an answer of `at`: open, and `at` not past its deadline (no state is no open cycle). */
function cycleOpenAt(driver: CabasDriver, at: number): boolean {
  try {
    const { cycle } = driver.state().catalog;
    return cycle.status === 'open' && at <= cycle.deadline;
  } catch {
    return false;
  }
}

/** The counters' latest refusal as text, or null when the counters cannot be read (no open cycle's state). */
function lastRejectionOf(driver: CabasDriver): string | null {
  try {
    return JSON.stringify(driver.counters().rejections.at(-1) ?? null);
  } catch {
    return null;
  }
}

function tabNameOf(driver: CabasDriver, table: TableKey, fallback: string): string {
  const names = driver.gas.spreadsheet().sheets.map((s) => s.name);
  return names.find((n) => tableOfTabName(n) === table) ?? fallback;
}

function ordersTabName(driver: CabasDriver): string {
  return tabNameOf(driver, 'orders', 'Commandes');
}

/** Says where the e-mails went: through the SMTP server (and what `Envois` holds failed or waiting), or only into files. */
export function reportSending(driver: CabasDriver, smtp: SmtpRelay | null, mailDir: string, t: CliCatalogue, log: (line: string) => void): void {
  if (!smtp) {
    log(t.noSmtp(mailDir));
    return;
  }
  const name = tabNameOf(driver, 'outbox', '');
  const rows = name ? snapshotTable({ name: '', timeZone: '', locale: '', sheets: [driver.sheet(name)] }, 'outbox')?.rows ?? [] : [];
  const tally = outboxTally(rows.map((r) => r.cells));
  log(t.smtpReport(smtp.server, smtp.delivered, tally.failed, tally.pending));
}

/** E-mails still pending in the outbox (automatic sending off holds them for « cabas send »). */
export function pendingEmails(driver: CabasDriver): number {
  // `Envois` alone: a snapshot of the whole workbook, at 10,000 answers, was the run's peak memory.
  const outbox = snapshotTable({ name: '', timeZone: '', locale: '', sheets: [driver.sheet(tabNameOf(driver, 'outbox', 'Envois'))] }, 'outbox');
  return outbox ? outbox.rows.filter((r) => parseStatus('outboxStatus', String(r.cells.status ?? '')) === 'pending').length : 0;
}

/**
 * Who the workbook says answered at `since` or after: the members whose order was submitted then
 * (`_cabas`), and the refused answers of then (the counters' rejections). Lower-case addresses.
 */
function answeredSince(snapshot: SpreadsheetSnapshot, counters: Counters, since: number): string[] {
  const state = snapshot.sheets.find((s) => s.name === STATE_TAB);
  const orders = (state?.values ?? []).filter((r) => String(r[0]).startsWith('m:')).map((r) => decodeOrder(r[2]));
  return [
    ...orders.filter((o) => o !== null && o.submittedAt >= since).map((o) => o!.email),
    ...counters.rejections.filter((r) => r.at >= since).map((r) => r.email),
  ].map((e) => e.trim().toLowerCase());
}
