// The text part of a written .eml, decoded (quoted-printable, UTF-8), with its To: header.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i += 1) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Every e-mail of a run's mail folder: recipient and decoded plain text. */
export function writtenMails(mailDir: string): { to: string; text: string }[] {
  return readdirSync(mailDir).sort().map((f) => {
    const eml = readFileSync(join(mailDir, f), 'utf8');
    const to = /^To: (.*)$/m.exec(eml)?.[1] ?? '';
    const part = /Content-Type: text\/plain[^\r\n]*\r?\nContent-Transfer-Encoding: quoted-printable\r?\n\r?\n([\s\S]*?)\r?\n--[^\r\n]*=_/.exec(eml)?.[1] ?? '';
    return { to, text: decodeQuotedPrintable(part) };
  });
}
