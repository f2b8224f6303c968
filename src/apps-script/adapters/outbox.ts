// The `Envois` tab as an outbox: every e-mail is a row (kept after sending), sent within the
// daily quota, recorded before the next one. This file owns the never-twice rule: a row is marked
// `en cours` before its send and `envoyé` after; Sheets errors around a send are retried on the
// marking, never on the send; a row found `en cours` is never sent again on a guess but goes to
// the coordinator. A row whose content cannot be read fails alone.
import type { Email, Locale } from '../../core/model';
import { isDeliverable } from '../../core/members/household-key';
import { slipKindOf, type Slip } from '../../core/slips/slip';
import type { SlipBook } from './slip-book';
import { catalogue } from '../../core/i18n';
import { parseStatus, statusWord } from '../../core/workbook/tables';
import { cellOut, formatRow, writeRows } from './cells';
import type { Journal } from './journal';
import { encodePayload, payloadOf, PayloadIndex, type Payload } from './outbox-payload';
import { HANDLER, hourly, type Triggers } from './triggers';
import { rowByColumns, type Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const COLUMNS = ['key', 'kind', 'to', 'subject', 'status', 'attempts', 'error', 'sentAt', 'content'];
export const MAX_ATTEMPTS = 3;
/** A write marking a row around a send is tried this many times (a transient Sheets error), a second apart. */
const MARK_ATTEMPTS = 3;
/** Stop sending past this much of the 6-minute execution limit; the hourly trigger goes on. */
const SOFT_LIMIT_MS = 4.5 * 60 * 1000;

type Status = 'pending' | 'sending' | 'sent' | 'failed';

export interface SendReport {
  sent: number; pending: number; failed: number; quotaReached: boolean;
  /** Pending rows an automatic run left for the menu (`Envoi automatique = non`). */
  held?: number;
}

/** What an automatic sending run leaves in `Envois`, by the row's `Type` (see core/email/sending-policy.ts). */
export interface SendOptions {
  hold?: (kind: string) => boolean;
  /**
   * The address a row sent again goes to (a row set back to pending after a failure, `Tentatives`
   * above 0): the recipient's current one (core/email/current-address.ts). Asked only for such rows.
   */
  readdress?: (to: string) => string;
}

/** The marks of a row: what the outbox writes around a send. */
interface Marks { status: Status; attempts: number; error: string; sentAt: Date | '' }

/**
 * The daily quota ("Service invoked too many times for one day: email."): the e-mail waits for
 * tomorrow. Every other refusal, "Limit Exceeded: Email Body Size." among them, is this e-mail's
 * own: it counts an attempt and must not hold back the e-mails behind it.
 */
function isQuotaError(error: unknown): boolean {
  return /too many times for one day|quota/i.test(String((error as Error)?.message ?? error));
}

/**
 * A mail server's permanent refusal, as the offline mode's SMTP relay reports it (its answer, a
 * 5yz reply: "permanent negative completion", RFC 5321 §4.2.1): trying again cannot help, so
 * the e-mail fails at once. Google's MailApp errors never start with a reply code.
 */
function isPermanentError(error: unknown): boolean {
  return /^5\d\d[ -]/.test(String((error as Error)?.message ?? error));
}

const messageOf = (error: unknown): string => String((error as Error)?.message ?? error);

/**
 * A write that marks a row, tried again on a transient Sheets error. Only marks are retried: a
 * send is never repeated. When the marks cannot be written, the error ends the execution and the
 * row keeps its last mark (`en cours` after a send: the next run flags it, never resends it).
 */
function marked(write: () => void): void {
  for (let attempt = 1; ; attempt += 1) {
    try {
      write();
      return;
    } catch (e) {
      if (attempt >= MARK_ATTEMPTS) throw e;
      Utilities.sleep(1000);
    }
  }
}

export class Outbox {
  /** `route`: where each queued e-mail really goes (the trial mode's redirection, core/email/route-email.ts). */
  constructor(
    private readonly workbook: Workbook, private readonly journal: Journal, private readonly triggers: Triggers,
    private readonly route: (email: Email) => Email = (email) => email,
    private readonly slips: SlipBook | null = null,
  ) {}

  private get locale(): Locale {
    return this.workbook.locale;
  }

  /** A new row: its marks, and the content while it waits (tagged with its key, continued right of the table). */
  private rowOf(email: Email, columns: Record<string, number>, width: number, marks: Marks): unknown[] {
    const chunks = encodePayload(email);
    const row = rowByColumns(columns, {
      key: cellOut(email.key), kind: statusWord('emailKind', email.kind, this.locale), to: cellOut(email.to), subject: cellOut(email.subject),
      status: statusWord('outboxStatus', marks.status, this.locale), attempts: marks.attempts,
      error: cellOut(marks.error), sentAt: marks.sentAt, content: chunks[0],
    }, width);
    return [...row, ...chunks.slice(1)];
  }

  /**
   * Writes a row's marks in one call, blanking `clear` (its content's columns in that row, once
   * sent: `Envois` records what left and when, not every message). `current` is the row as read
   * (from column 1), updated in place.
   */
  private mark(sheet: Sheet, row: number, columns: Record<string, number>, current: unknown[], marks: Marks, clear: number[] = []): void {
    const at = [columns.status, columns.attempts, columns.error, columns.sentAt];
    const first = Math.min(...at, ...clear);
    const last = Math.max(...at, ...clear);
    const cells = Array.from({ length: last - first + 1 }, (_, i) => current[first - 1 + i] ?? '');
    for (const c of clear) cells[c - first] = '';
    cells[columns.status - first] = statusWord('outboxStatus', marks.status, this.locale);
    cells[columns.attempts - first] = marks.attempts;
    cells[columns.error - first] = cellOut(marks.error);
    cells[columns.sentAt - first] = marks.sentAt;
    marked(() => sheet.getRange(row, first, 1, cells.length).setValues([cells]));
    cells.forEach((v, i) => { current[first - 1 + i] = v; });
  }

  /**
   * Queues e-mails (skipping keys already in the outbox when `dedupe`), in one write. Each e-mail
   * becomes its row as it is read, so a lazily composed close holds rows, not rendered e-mails.
   * With `sendNow`, a single e-mail is sent at once when the quota allows: its row is written
   * `en cours` first, then marked `envoyé`.
   */
  queue(input: Iterable<Email>, options: { dedupe?: boolean; sendNow?: boolean; now: number }): { queued: number; sentNow: number } {
    // Only an address gets a row: an e-mail to a household without one (its name key) becomes its
    // printable slip, or nothing (a reminder); one to '' is never written (core/members/household-key.ts).
    const slips: Slip[] = [];
    const route = this.route;
    const sort = (email: Email): Email | null => {
      if (isDeliverable(email.to)) return route(email);
      const kind = slipKindOf(email.kind);
      if (kind && email.to.trim() !== '') slips.push({ household: email.to.trim().toLowerCase(), kind, subject: email.subject, html: email.html, at: options.now });
      return null;
    };
    const emails: Iterable<Email> = Array.isArray(input)
      ? (input as Email[]).map(sort).filter((e): e is Email => e !== null)
      : { *[Symbol.iterator]() { for (const email of input) { const sorted = sort(email); if (sorted) yield sorted; } } };
    const result = this.queueAddressed(emails, options);
    if (slips.length > 0) this.slips?.keep(slips);
    return result;
  }

  private queueAddressed(emails: Iterable<Email>, options: { dedupe?: boolean; sendNow?: boolean; now: number }): { queued: number; sentNow: number } {
    const none = { queued: 0, sentNow: 0 };
    const list = Array.isArray(emails) ? (emails as Email[]) : null;
    if (list?.length === 0) return none;
    const single = list?.length === 1 ? list[0] : null;
    const { sheet, columns, width } = this.workbook.headerColumns('outbox', COLUMNS);
    let known = new Set<string>();
    if (options.dedupe) {
      const last = sheet.getLastRow();
      if (single) {
        // One e-mail (a refusal): a search, whatever the size of the outbox.
        const found = last < 2 ? null : sheet.getRange(2, columns.key, last - 1, 1).createTextFinder(single.key).matchCase(true).matchEntireCell(true).findNext();
        if (found) return none;
      } else if (last >= 2) {
        known = new Set(sheet.getRange(2, columns.key, last - 1, 1).getValues().map((r) => String(r[0])));
      }
    }
    const formats = formatRow('outbox', columns, width);
    const pending: Marks = { status: 'pending', attempts: 0, error: '', sentAt: '' };
    if (options.sendNow && single) {
      // Sent without asking for the quota first (one call less per submission): a send refused
      // for the day's quota throws before anything leaves, and the row waits for the hourly run.
      const row = sheet.getLastRow() + 1;
      const current = this.rowOf(single, columns, width, { status: 'sending', attempts: 1, error: '', sentAt: '' });
      marked(() => writeRows(sheet, row, [current], formats));
      try {
        this.deliver(single.to, single.subject, payloadOf(single));
      } catch (e) {
        const quota = isQuotaError(e);
        if (isPermanentError(e)) {
          this.mark(sheet, row, columns, current, { status: 'failed', attempts: 1, error: messageOf(e), sentAt: '' });
          this.journal.log('error', catalogue(this.locale).ui.event.mailFailed, single.to, catalogue(this.locale).ui.journal.mail(single.subject, messageOf(e)));
          return { queued: 1, sentNow: 0 };
        }
        this.mark(sheet, row, columns, current, { ...pending, attempts: quota ? 0 : 1, error: quota ? '' : messageOf(e) });
        this.triggers.ensure(HANDLER.outbox, hourly);
        return { queued: 1, sentNow: 0 };
      }
      const content = current.flatMap((_, i) => (i + 1 === columns.content || i + 1 > width ? [i + 1] : []));
      this.mark(sheet, row, columns, current, { status: 'sent', attempts: 1, error: '', sentAt: new Date() }, content);
      return { queued: 1, sentNow: 1 };
    }
    const rows: unknown[][] = [];
    for (const email of emails) if (!known.has(email.key)) rows.push(this.rowOf(email, columns, width, pending));
    if (rows.length === 0) return none;
    // A trigger exists before anything waits: an execution killed right after this write
    // leaves no e-mail without a way out.
    this.triggers.ensure(HANDLER.outbox, hourly);
    writeRows(sheet, sheet.getLastRow() + 1, rows, formats);
    return { queued: rows.length, sentNow: 0 };
  }

  private deliver(to: string, subject: string, p: Payload): void {
    const attachments = (p.attachments ?? []).map((a) => Utilities.newBlob(a.content, a.mimeType, a.fileName));
    MailApp.sendEmail({
      to, subject, body: p.text, htmlBody: p.html,
      ...(p.replyTo ? { replyTo: p.replyTo } : {}),
      ...(p.name ? { name: p.name } : {}),
      ...(attachments.length ? { attachments } : {}),
    });
  }

  /** Sends what is pending, oldest first, within the quota and the time budget. */
  send(startedAt: number, options: SendOptions = {}): SendReport {
    const texts = catalogue(this.locale).ui;
    const { sheet, columns, width } = this.workbook.headerColumns('outbox', COLUMNS);
    const values = sheet.getDataRange().getValues();
    // Each row's content is found by its key wherever its cells are (a hand sort moves the
    // visible columns, not the hidden ones).
    const contents = new PayloadIndex(values);
    const report: SendReport = { sent: 0, pending: 0, failed: 0, quotaReached: false };
    let quota = MailApp.getRemainingDailyQuota();
    let recurring = false;
    const col = (name: string) => columns[name] - 1;
    /** Blanks `key`'s content: in its own row with the marks, elsewhere cell by cell. */
    const sentMarks = (row: number, key: string) => {
      const cells = contents.cellsOf(key);
      // A legacy row: its content where it was written.
      if (cells.length === 0) return values[row - 1].flatMap((_, c) => (c + 1 === columns.content || c + 1 > width ? [c + 1] : []));
      for (const c of cells.filter((x) => x.row !== row)) {
        marked(() => sheet.getRange(c.row, c.column).setValue(''));
        values[c.row - 1][c.column - 1] = '';
      }
      return cells.filter((x) => x.row === row).map((x) => x.column);
    };
    for (let i = 1; i < values.length; i += 1) {
      const r = values[i];
      const row = i + 1;
      const key = String(r[col('key')]);
      if (!key) continue;
      let to = String(r[col('to')]);
      const status = parseStatus('outboxStatus', String(r[col('status')]));
      const attempts = Number(r[col('attempts')]) || 0;
      if (status === 'pending' && attempts > 0 && options.readdress) {
        // Sent again after a failure: to the address corrected in Adhérents or Producteurs, shown in Envois.
        const now = options.readdress(to);
        if (now !== to) {
          marked(() => sheet.getRange(row, columns.to).setValue(cellOut(now)));
          r[col('to')] = now;
          to = now;
        }
      }
      if (status === 'sending') {
        // An execution died, or could not record the send, between marking and recording: it may
        // have left. Never resend on a guess: flag it for the coordinator, who can set it back to pending.
        this.mark(sheet, row, columns, r, { status: 'failed', attempts, error: texts.event.mailUncertain, sentAt: '' });
        this.journal.log('warning', texts.event.mailUncertain, to, texts.journal.mail(String(r[col('subject')]), texts.event.mailUncertain));
        report.failed += 1;
        continue;
      }
      if (status !== 'pending') continue;
      // The Type cell is in the group's language (rappel, refus…): the policy is asked about the kind.
      const kindCell = String(r[col('kind')]);
      if (options.hold?.(parseStatus('emailKind', kindCell) ?? kindCell)) {
        report.held = (report.held ?? 0) + 1;
        continue;
      }
      if (report.quotaReached || quota < 1 || Date.now() - startedAt > SOFT_LIMIT_MS) {
        report.quotaReached = report.quotaReached || quota < 1;
        report.pending += 1;
        continue;
      }
      const content = contents.decode(key, legacyContent(r, col('content'), width));
      if (!content.ok) {
        // This e-mail alone: every other one still leaves, and the hourly run does not fail on it.
        this.mark(sheet, row, columns, r, { status: 'failed', attempts, error: content.reason, sentAt: '' });
        this.journal.log('error', texts.event.mailUnreadable, to, texts.journal.mail(String(r[col('subject')]), content.reason));
        report.failed += 1;
        continue;
      }
      if (!recurring) {
        // An hourly trigger exists before the first delivery, so a run that dies here leaves the
        // rest with a trigger.
        this.triggers.ensure(HANDLER.outbox, hourly);
        recurring = true;
      }
      this.mark(sheet, row, columns, r, { status: 'sending', attempts: attempts + 1, error: '', sentAt: '' });
      try {
        this.deliver(to, String(r[col('subject')]), content.payload);
      } catch (e) {
        const message = messageOf(e);
        if (isQuotaError(e)) {
          this.mark(sheet, row, columns, r, { status: 'pending', attempts, error: '', sentAt: '' });
          report.quotaReached = true;
          report.pending += 1;
          continue;
        }
        const failed = attempts + 1 >= MAX_ATTEMPTS || isPermanentError(e);
        this.mark(sheet, row, columns, r, { status: failed ? 'failed' : 'pending', attempts: attempts + 1, error: message, sentAt: '' });
        this.journal.log(failed ? 'error' : 'warning', texts.event.mailFailed, to, texts.journal.mail(String(r[col('subject')]), message));
        if (failed) report.failed += 1;
        else report.pending += 1;
        continue;
      }
      // It left: from here on, nothing may put the row back to pending.
      quota -= 1;
      report.sent += 1;
      this.mark(sheet, row, columns, r, { status: 'sent', attempts: attempts + 1, error: '', sentAt: new Date() }, sentMarks(row, key));
    }
    if (report.quotaReached) {
      this.journal.log('warning', texts.event.quotaReached, '', texts.quotaWait(report.pending));
    }
    if (report.pending > 0) this.triggers.ensure(HANDLER.outbox, hourly);
    else {
      this.triggers.remove(HANDLER.outbox);
      this.triggers.remove(HANDLER.sendSoon);
    }
    return report;
  }

  /** Pending and failed rows, in one read (« Vérifier l'installation »). */
  counts(): { pending: number; failed: number } {
    const { sheet, columns } = this.workbook.headerColumns('outbox', COLUMNS);
    const last = sheet.getLastRow();
    const statuses = last < 2 ? [] : sheet.getRange(2, columns.status, last - 1, 1).getValues().map((r) => parseStatus('outboxStatus', String(r[0])));
    return { pending: statuses.filter((s) => s === 'pending').length, failed: statuses.filter((s) => s === 'failed').length };
  }

  /** How many e-mails wait (for the digest). */
  /** Every key of the outbox, in one read of its key column (what was sent, and when, is in the key of a dated e-mail). */
  keys(): string[] {
    const { sheet, columns } = this.workbook.headerColumns('outbox', COLUMNS);
    const last = sheet.getLastRow();
    return last < 2 ? [] : sheet.getRange(2, columns.key, last - 1, 1).getValues().map((r) => String(r[0]));
  }

  /**
   * The tab's key, status and `Envoyé le` columns with their header (one call), for the season's
   * review: not the content columns, which hold every waiting e-mail whole (a close of 2,000
   * households leaves megabytes there). Other columns left of them come along; [] without the tab.
   */
  record(): unknown[][] {
    const sheet = this.workbook.sheet('outbox');
    if (!sheet) return [];
    const { columns } = this.workbook.headerColumns('outbox', COLUMNS);
    const last = sheet.getLastRow();
    const width = Math.max(columns.key ?? 1, columns.status ?? 1, columns.sentAt ?? 1);
    return last < 1 ? [] : sheet.getRange(1, 1, last, width).getValues();
  }

  pendingCount(): number {
    const { sheet, columns } = this.workbook.headerColumns('outbox', COLUMNS);
    const last = sheet.getLastRow();
    if (last < 2) return 0;
    return sheet.getRange(2, columns.status, last - 1, 1).getValues().filter((r) => parseStatus('outboxStatus', String(r[0])) === 'pending').length;
  }
}

/**
 * A row queued before contents were tagged by key: its JSON in `Contenu`, continued right of the
 * table, read by position as it was written ('' when the row holds no such content).
 */
function legacyContent(row: unknown[], content: number, width: number): string {
  const first = String(row[content] ?? '');
  if (!first.startsWith('{')) return '';
  return [first, ...row.slice(width)].filter((c) => c !== '' && !String(c).startsWith('cabas:mail ')).join('');
}
