// The `Envois` tab as an outbox: every e-mail is a row (kept after sending), sent within the
// daily quota, recorded before the next one, and never sent twice under the same key.
import type { Email, Locale } from '../../core/model';
import { catalogue } from '../../core/i18n';
import { parseStatus, statusWord, type ListValue } from '../../core/workbook/tables';
import { cellOut, formatRow, splitText, writeRows } from './cells';
import type { Journal } from './journal';
import { HANDLER, hourly, type Triggers } from './triggers';
import { rowByColumns, type Workbook } from './workbook';

const COLUMNS = ['key', 'kind', 'to', 'subject', 'status', 'attempts', 'error', 'sentAt', 'content'];
const CHUNK = 45000;
export const MAX_ATTEMPTS = 3;
/** Stop sending past this much of the 6-minute execution limit; the hourly trigger goes on. */
const SOFT_LIMIT_MS = 4.5 * 60 * 1000;

interface Payload { replyTo?: string; name?: string; text: string; html: string; attachments?: Email['attachments'] }

export interface SendReport { sent: number; pending: number; failed: number; quotaReached: boolean }

const payloadOf = (email: Email): Payload => ({ replyTo: email.replyTo, name: email.name, text: email.text, html: email.html, attachments: email.attachments });

/**
 * The daily quota ("Service invoked too many times for one day: email."): the e-mail waits for
 * tomorrow. Every other refusal, "Limit Exceeded: Email Body Size." among them, is this e-mail's
 * own: it counts an attempt and must not hold back the e-mails behind it.
 */
function isQuotaError(error: unknown): boolean {
  return /too many times for one day|quota/i.test(String((error as Error)?.message ?? error));
}

export class Outbox {
  constructor(private readonly workbook: Workbook, private readonly journal: Journal, private readonly triggers: Triggers) {}

  private get locale(): Locale {
    return this.workbook.locale;
  }

  private rowOf(email: Email, columns: Record<string, number>, width: number, status: 'pending' | 'sent', sentAt: number | null, error = ''): unknown[] {
    // Only what waits keeps its content: `Envois` records what left and when, not every message
    // (megabytes a cycle for a large group, and the hourly run reads the whole tab).
    const chunks = status === 'sent' ? [] : splitText(JSON.stringify(payloadOf(email)), CHUNK);
    const row = rowByColumns(columns, {
      key: cellOut(email.key), kind: email.kind, to: cellOut(email.to), subject: cellOut(email.subject),
      status: statusWord('outboxStatus', status, this.locale), attempts: status === 'sent' ? 1 : 0,
      error: cellOut(error), sentAt: sentAt === null ? '' : new Date(sentAt), content: chunks[0] ?? '',
    }, width);
    // Long payloads continue in the cells right of the table (hidden with it, moved with the row by a sort).
    return [...row, ...chunks.slice(1)];
  }

  /**
   * Queues e-mails (skipping keys already in the outbox when `dedupe`), in one write. Each e-mail
   * becomes its row as it is read, so a lazily composed close holds rows, not rendered e-mails.
   * With `sendNow`, a single e-mail is sent at once when the quota allows, and recorded as sent.
   */
  queue(emails: Iterable<Email>, options: { dedupe?: boolean; sendNow?: boolean; now: number }): { queued: number; sentNow: number } {
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
    const append = (rows: unknown[][]) => writeRows(sheet, sheet.getLastRow() + 1, rows, formatRow('outbox', columns, width));
    if (options.sendNow && single) {
      let error = '';
      if (MailApp.getRemainingDailyQuota() >= 1) {
        try {
          this.deliver(single.to, single.subject, payloadOf(single));
          append([this.rowOf(single, columns, width, 'sent', Date.now())]);
          return { queued: 1, sentNow: 1 };
        } catch (e) {
          error = isQuotaError(e) ? '' : String((e as Error)?.message ?? e);
        }
      }
      append([this.rowOf(single, columns, width, 'pending', null, error)]);
      this.triggers.ensure(HANDLER.outbox, hourly);
      return { queued: 1, sentNow: 0 };
    }
    const rows: unknown[][] = [];
    for (const email of emails) if (!known.has(email.key)) rows.push(this.rowOf(email, columns, width, 'pending', null));
    if (rows.length === 0) return none;
    // A trigger exists before anything waits: an execution killed right after this write
    // leaves no e-mail without a way out.
    this.triggers.ensure(HANDLER.outbox, hourly);
    append(rows);
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
  send(startedAt: number): SendReport {
    const texts = catalogue(this.locale).ui;
    const { sheet, columns, width } = this.workbook.headerColumns('outbox', COLUMNS);
    const values = sheet.getDataRange().getValues();
    const report: SendReport = { sent: 0, pending: 0, failed: 0, quotaReached: false };
    let quota = MailApp.getRemainingDailyQuota();
    let recurring = false;
    const col = (name: string) => columns[name] - 1;
    const setStatus = (row: number, status: ListValue<'outboxStatus'>, attempts: number, error: string, sentAt: Date | '') => {
      const marks = [columns.status, columns.attempts, columns.error, columns.sentAt];
      // Sent, the message's content goes in the same write (its cells right of the table too).
      const sent = status === 'sent';
      const first = Math.min(...marks, sent ? columns.content : Infinity);
      const last = Math.max(...marks, sent ? values[row - 1].length : 0);
      const current = values[row - 1].slice(first - 1, last);
      if (sent) for (let c = columns.content; c <= last; c += 1) if (c === columns.content || c > width) current[c - first] = '';
      current[columns.status - first] = statusWord('outboxStatus', status, this.locale);
      current[columns.attempts - first] = attempts;
      current[columns.error - first] = cellOut(error);
      current[columns.sentAt - first] = sentAt;
      sheet.getRange(row, first, 1, last - first + 1).setValues([current]);
      values[row - 1].splice(first - 1, current.length, ...current);
    };
    for (let i = 1; i < values.length; i += 1) {
      const r = values[i];
      const key = String(r[col('key')]);
      if (!key) continue;
      const to = String(r[col('to')]);
      const status = parseStatus('outboxStatus', String(r[col('status')]));
      const attempts = Number(r[col('attempts')]) || 0;
      if (status === 'sending') {
        // An execution died between marking and recording this send: it may have left. Never resend
        // on a guess: flag it for the coordinator, who can set it back to pending.
        setStatus(i + 1, 'failed', attempts, texts.event.mailUncertain, '');
        this.journal.log('warning', texts.event.mailUncertain, to, key);
        report.failed += 1;
        continue;
      }
      if (status !== 'pending') continue;
      if (report.quotaReached || quota < 1 || Date.now() - startedAt > SOFT_LIMIT_MS) {
        report.quotaReached = report.quotaReached || quota < 1;
        report.pending += 1;
        continue;
      }
      if (!recurring) {
        // An hourly trigger exists before the first delivery, so a run that dies here leaves the
        // rest with a trigger.
        this.triggers.ensure(HANDLER.outbox, hourly);
        recurring = true;
      }
      // A long payload continues right of the table, past the last header (a coordinator's own columns included).
      const json = [r[col('content')], ...r.slice(width)].filter((c) => c !== '').join('');
      const payload = JSON.parse(json || '{"text":"","html":""}') as Payload;
      setStatus(i + 1, 'sending', attempts + 1, '', '');
      try {
        this.deliver(to, String(r[col('subject')]), payload);
        quota -= 1;
        setStatus(i + 1, 'sent', attempts + 1, '', new Date());
        report.sent += 1;
      } catch (e) {
        const message = String((e as Error)?.message ?? e);
        if (isQuotaError(e)) {
          setStatus(i + 1, 'pending', attempts, '', '');
          report.quotaReached = true;
          report.pending += 1;
          continue;
        }
        const failed = attempts + 1 >= MAX_ATTEMPTS;
        setStatus(i + 1, failed ? 'failed' : 'pending', attempts + 1, message, '');
        this.journal.log(failed ? 'error' : 'warning', texts.event.mailFailed, to, `${key}: ${message}`);
        if (failed) report.failed += 1;
        else report.pending += 1;
      }
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

  /** How many e-mails wait (for the digest). */
  pendingCount(): number {
    const { sheet, columns } = this.workbook.headerColumns('outbox', COLUMNS);
    const last = sheet.getLastRow();
    if (last < 2) return 0;
    return sheet.getRange(2, columns.status, last - 1, 1).getValues().filter((r) => parseStatus('outboxStatus', String(r[0])) === 'pending').length;
  }
}
