// Text bound for a mail header (subject, sender name): one line, whatever the workbook held.

/**
 * Collapses every run of control characters (CR, LF, tab…) and Unicode line or paragraph
 * separators into one space and trims, so that a group name or a subject pasted with a line
 * break can never start a header of its own (`Bcc:`) when the message is sent or written as .eml.
 * @example headerText('GAC\r\nBcc: x@evil.example') // "GAC Bcc: x@evil.example"
 */
export function headerText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The longest subject Cabas writes: Apps Script refuses a longer one (« Argument too large: subject », reported from live scripts; not on the MailApp page). */
export const SUBJECT_MAX = 250;

/**
 * A subject: one line (`headerText`), cut at `SUBJECT_MAX` characters with an ellipsis, so that a
 * long group name can never make every e-mail fail for good.
 * @example subjectText('x'.repeat(300)).length // 250
 */
export function subjectText(value: string): string {
  const line = headerText(value);
  const chars = Array.from(line);
  return chars.length <= SUBJECT_MAX ? line : `${chars.slice(0, SUBJECT_MAX - 1).join('').trimEnd()}…`;
}
