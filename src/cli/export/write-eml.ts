// Writes the messages the local MailApp sent as .eml files (RFC 5322 + MIME) any mail app opens.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SentMessage } from '../../local-apps-script/mail/sent-message';
import { addressList, base64Lines, fileNameParameter, headerLine, headerSafe, mailbox, quotedPrintable } from './mime-encoding';

const CRLF = '\r\n';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 §3.3 date-time, in UTC: `Thu, 10 Dec 2026 19:00:00 +0000`. */
export function rfc5322Date(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} `
    + `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

// Same message, same file: ids and boundaries derive from the content, not from randomness.
function digest(message: SentMessage): string {
  return createHash('sha256')
    .update(JSON.stringify([message.at, message.from, message.to, message.subject, message.body, message.htmlBody]))
    .digest('hex')
    .slice(0, 24);
}

function textPart(mimeType: string, text: string): string {
  return [
    `Content-Type: ${mimeType}; charset=UTF-8`,
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(text),
  ].join(CRLF);
}

// "=_" never occurs in quoted-printable or base64 output, so these boundaries cannot collide.
function multipart(subtype: string, boundary: string, parts: string[]): string {
  return [
    `Content-Type: multipart/${subtype};${CRLF} boundary="${boundary}"`,
    '',
    ...parts.map((p) => `--${boundary}${CRLF}${p}`),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}

/** The whole message as RFC 5322 text with CRLF line ends. */
export function toEml(message: SentMessage, options: { messageId?: string } = {}): string {
  const id = digest(message);
  const messageId = headerSafe(options.messageId ?? `<${id}@cabas.local>`);
  const headers = [
    headerLine('Date', rfc5322Date(message.at)),
    `From: ${mailbox(message.name, message.from)}`,
    `To: ${addressList(message.to)}`,
    ...(headerSafe(message.cc) ? [`Cc: ${addressList(message.cc)}`] : []),
    ...(headerSafe(message.bcc) ? [`Bcc: ${addressList(message.bcc)}`] : []),
    ...(headerSafe(message.replyTo) ? [`Reply-To: ${addressList(message.replyTo)}`] : []),
    headerLine('Subject', message.subject),
    `Message-ID: ${messageId.startsWith('<') ? messageId : `<${messageId}>`}`,
    'MIME-Version: 1.0',
    `X-Mailer: Cabas (local ${message.via})`,
  ];
  const text = textPart('text/plain', message.body);
  const content = message.htmlBody === ''
    ? text
    : multipart('alternative', `=_alt_${id}`, [text, textPart('text/html', message.htmlBody)]);
  const attachments = message.attachments.map((a) => [
    `Content-Type: ${headerSafe(a.mimeType) || 'application/octet-stream'};${CRLF} ${fileNameParameter('name', a.name)}`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment;${CRLF} ${fileNameParameter('filename', a.name)}`,
    '',
    base64Lines(a.bytes),
  ].join(CRLF));
  const body = multipart('mixed', `=_mixed_${id}`, [content, ...attachments]);
  return `${headers.join(CRLF)}${CRLF}${body}`;
}

/**
 * A file-name slug: accents dropped, lowercase, dashes, at most `max` characters.
 * @example slug('Confirmation de votre commande — cycle 12', 40) // "confirmation-de-votre-commande-cycle-12"
 */
export function slug(text: string, max: number): string {
  const s = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '') || 'message';
}

/**
 * Writes one `NNN-<subject>-<to>.eml` per message into `dir` (created), in sending order, and
 * returns their paths. Sorting by name keeps the order they were sent in.
 */
export function writeEmls(messages: SentMessage[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const width = Math.max(3, String(messages.length).length);
  return messages.map((message, i) => writeEml(message, dir, i + 1, width));
}

/** The file name of message number `n` (1-based): `NNN-<subject>-<to>.eml`. */
export function emlFileName(message: SentMessage, n: number, width: number): string {
  const to = slug(message.to.split(',')[0].replace(/@.*$/, ''), 30);
  return `${String(n).padStart(width, '0')}-${slug(message.subject, 40)}-${to}.eml`;
}

/** Writes message number `n` (1-based) as `NNN-<subject>-<to>.eml` in `dir`; returns its path. */
export function writeEml(message: SentMessage, dir: string, n: number, width: number): string {
  const path = join(dir, emlFileName(message, n, width));
  writeFileSync(path, toEml(message));
  return path;
}
