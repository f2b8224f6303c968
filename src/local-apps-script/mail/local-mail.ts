// MailApp and GmailApp.sendEmail: every accepted message becomes a SentMessage; limits and the
// daily recipient quota throw Apps Script's errors.
// Limits: https://developers.google.com/apps-script/guides/services/quotas (50 recipients per
// message, 200 KB body for consumer accounts, 25 MB of attachments, 250 attachments).
// The daily quota is a rolling window: "Daily quotas are refreshed at the end of a 24-hour window"
// (same page); it does not reset at midnight Pacific time, so the window here opens with the first
// send after a refresh and the quota comes back 24 hours later.
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { fakeObject } from '../surface/guard';
import { blobData } from '../utilities/blob';
import type { SentAttachment, SentMessage } from './sent-message';

export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_BODY_BYTES = 200 * 1024;
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAX_ATTACHMENTS = 250;
/**
 * A subject over 250 characters is refused with "Argument too large: subject": not on
 * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object) nor the quotas
 * page, but reported from live scripts (the trigger log in github.com/amindeed/Gmail-AutoResponder's README; scripts that cap subjects at 250).
 */
export const MAX_SUBJECT_CHARACTERS = 250;
const WINDOW_MS = 24 * 3_600_000;

// Apps Script's messages, as scripts report them (e.g. github search "Limit Exceeded: Email Body Size").
export const MAIL_ERRORS = {
  quota: 'Service invoked too many times for one day: email.',
  recipients: 'Limit Exceeded: Email Recipients Per Message.',
  body: 'Limit Exceeded: Email Body Size.',
  attachments: 'Limit Exceeded: Email Total Attachments Size.',
  noRecipient: 'Failed to send email: no recipient',
  subject: 'Argument too large: subject',
};

interface MessageOptions {
  to?: string; cc?: string; bcc?: string; replyTo?: string; name?: string; subject?: string;
  body?: string; htmlBody?: string; attachments?: unknown[]; noReply?: boolean;
}

/**
 * Where accepted messages really go, for a host that sends them (the offline mode's SMTP): it
 * answers synchronously, as MailApp does. A refusal is thrown to the script as MailApp's error
 * with the relay's text (a mail server's answer), and the message is not recorded as sent.
 */
export type MailRelay = (message: SentMessage) => { ok: true } | { ok: false; error: string };

const addresses = (list: string | undefined) => String(list ?? '').split(',').map((a) => a.trim()).filter(Boolean);

export class LocalMail {
  readonly sent: SentMessage[] = [];
  /** The `MailApp` and `GmailApp` globals handed to scripts. */
  readonly mailApp;
  readonly gmailApp;
  /** Host-only: null keeps every message here (tests, demo); the offline mode's SMTP sets it. */
  relay: MailRelay | null = null;
  /** Host-only: false keeps no sent message in `sent` (a host that writes each one out through `relay`, for flat memory). */
  retain = true;
  private remaining: number;
  private windowStart: number | null = null;

  constructor(private readonly env: RuntimeEnv, readonly dailyQuota = 100) {
    this.remaining = dailyQuota;
    this.mailApp = fakeObject<GoogleAppsScript.Mail.MailApp>()('Mail.MailApp', {
      sendEmail: (...args: unknown[]) => this.send('MailApp', args),
      getRemainingDailyQuota: () => {
        record(env, 'MailApp', 'MailApp.getRemainingDailyQuota', 'rpc');
        return this.remainingQuota();
      },
    });
    const gmailApp = fakeObject<GoogleAppsScript.Gmail.GmailApp>()('Gmail.GmailApp', {
      sendEmail: (...args: unknown[]): object => {
        this.send('GmailApp', args);
        return gmailApp;
      },
    });
    this.gmailApp = gmailApp;
  }

  /** What getRemainingDailyQuota() answers now (the 24-hour window may have ended). */
  remainingQuota(): number {
    if (this.windowStart !== null && this.env.clock.now() >= this.windowStart + WINDOW_MS) {
      this.remaining = this.dailyQuota;
      this.windowStart = null;
    }
    return this.remaining;
  }

  /** Test hook: as if other sends had used part of today's quota. */
  setRemainingQuota(n: number): void {
    this.remainingQuota();
    this.remaining = n;
    if (this.windowStart === null) this.windowStart = this.env.clock.now();
  }

  private parse(args: unknown[]): MessageOptions {
    const [a, b, c, d] = args;
    if (typeof a === 'object' && a !== null) return { ...(a as MessageOptions) };
    // sendEmail(to, replyTo, subject, body): MailApp's four-string form.
    if (typeof d === 'string') return { to: String(a), replyTo: String(b), subject: String(c), body: d };
    return { ...((d as MessageOptions | undefined) ?? {}), to: String(a), subject: String(b), body: String(c ?? '') };
  }

  private send(via: 'MailApp' | 'GmailApp', args: unknown[]): void {
    record(this.env, via, `${via}.sendEmail`, 'rpc');
    const m = this.parse(args);
    const to = addresses(m.to), cc = addresses(m.cc), bcc = addresses(m.bcc);
    const count = to.length + cc.length + bcc.length;
    const fail = (message: string) => this.env.realm.error(message);
    if (count === 0) throw fail(MAIL_ERRORS.noRecipient);
    const bad = [...to, ...cc, ...bcc].find((a) => !/^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/.test(a.replace(/^.*<(.+)>$/, '$1')));
    if (bad) throw fail(`Invalid email: ${bad}`);
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw fail(MAIL_ERRORS.recipients);
    if (String(m.subject ?? '').length > MAX_SUBJECT_CHARACTERS) throw fail(MAIL_ERRORS.subject);
    const body = String(m.body ?? ''), html = String(m.htmlBody ?? '');
    if (Math.max(Buffer.byteLength(body), Buffer.byteLength(html)) > MAX_BODY_BYTES) throw fail(MAIL_ERRORS.body);
    const attachments: SentAttachment[] = (m.attachments ?? []).map((x) => {
      const data = blobData(x);
      if (!data) throw fail('Invalid argument: attachments');
      return { name: data.name, mimeType: data.mimeType, bytes: new Uint8Array(data.bytes) };
    });
    if (attachments.length > MAX_ATTACHMENTS || attachments.reduce((n, a) => n + a.bytes.length, 0) > MAX_ATTACHMENT_BYTES) throw fail(MAIL_ERRORS.attachments);
    if (count > this.remainingQuota()) throw fail(MAIL_ERRORS.quota);
    const message: SentMessage = {
      at: this.env.clock.now(), from: m.noReply ? `noreply@${this.env.userEmail.split('@')[1] ?? 'example.org'}` : this.env.userEmail,
      to: to.join(', '), cc: cc.join(', '), bcc: bcc.join(', '), replyTo: String(m.replyTo ?? ''), name: String(m.name ?? ''),
      subject: String(m.subject ?? ''), body, htmlBody: html, attachments, via,
    };
    const relayed = this.relay?.(message);
    if (relayed && !relayed.ok) throw fail(relayed.error);
    if (this.windowStart === null) this.windowStart = this.env.clock.now();
    this.remaining -= count;
    if (this.retain) this.sent.push(message);
  }
}
