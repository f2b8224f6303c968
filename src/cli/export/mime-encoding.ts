// MIME encodings for .eml files: RFC 2047 encoded-words, quoted-printable, base64, RFC 2231 parameters.

const CRLF = '\r\n';

/** Any CR, LF or other control character in a header value becomes a space: no value can start a header. */
export function headerSafe(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

const isAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

/** UTF-8 characters cut into chunks of at most `maxBytes` bytes, never inside a character. */
function utf8Chunks(text: string, maxBytes: number): Buffer[] {
  const chunks: Buffer[] = [];
  let current: Buffer[] = [];
  let size = 0;
  for (const ch of text) {
    const bytes = Buffer.from(ch, 'utf8');
    if (size + bytes.length > maxBytes && current.length > 0) {
      chunks.push(Buffer.concat(current));
      current = [];
      size = 0;
    }
    current.push(bytes);
    size += bytes.length;
  }
  if (current.length > 0) chunks.push(Buffer.concat(current));
  return chunks;
}

/**
 * RFC 2047 "B" encoded-words, each at most 75 characters (42 bytes of text -> 56 of base64 + 12, so `Subject: ` plus one word stays under 78),
 * joined by folding whitespace, which decoders drop between adjacent encoded-words.
 * @example encodedWords('Éric') // "=?UTF-8?B?w4lyaWM=?="
 */
export function encodedWords(text: string): string {
  return utf8Chunks(text, 42).map((b) => `=?UTF-8?B?${b.toString('base64')}?=`).join(`${CRLF} `);
}

/** A header line `Name: value`, folded at spaces under 78 characters, encoded when not ASCII. */
export function headerLine(name: string, value: string): string {
  const safe = headerSafe(value);
  if (!isAscii(safe) || /=\?/.test(safe)) return `${name}: ${encodedWords(safe)}`;
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of safe.split(' ')) {
    if (line.length + 1 + word.length > 78 && line.trim() !== `${name}:`) {
      lines.push(line);
      line = '';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** One mailbox `Name <addr>`; a display name is encoded, or quoted when it has specials. */
export function mailbox(name: string, address: string): string {
  const addr = headerSafe(address).replace(/[<>\s]/g, '');
  const display = headerSafe(name);
  if (display === '') return addr;
  const phrase = !isAscii(display) || /=\?/.test(display) ? encodedWords(display)
    : /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(display) ? display
    : `"${display.replace(/(["\\])/g, '\\$1')}"`;
  // Folding before the address keeps the line under 78 characters with a long name.
  const lastLine = phrase.split(CRLF).pop() ?? '';
  return `${phrase}${lastLine.length + addr.length > 60 ? `${CRLF} ` : ' '}<${addr}>`;
}

/** A list of addresses as Apps Script takes them (`a@x, Name <b@y>`), each name encoded if needed. */
export function addressList(list: string): string {
  return headerSafe(list)
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const named = /^(.*?)\s*<([^>]*)>$/.exec(item);
      return named ? mailbox(named[1].replace(/^"(.*)"$/, '$1'), named[2]) : mailbox('', item);
    })
    .join(`,${CRLF} `);
}

/** Each byte as quoted-printable writes it where it is not the last of its line (a space or tab there is escaped). */
const QP_BYTE = Array.from({ length: 256 }, (_, b) => ((b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9
  ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`));

/**
 * Quoted-printable (RFC 2045 §6.7) of UTF-8 text: line breaks become CRLF, lines stay under 76
 * characters with soft breaks, `=` and non-ASCII bytes are escaped, trailing spaces too.
 * One pass over the bytes: the offline replay writes one .eml per e-mail, thousands of them.
 */
export function quotedPrintable(text: string): string {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const bytes = Buffer.from(line, 'utf8');
    let out = '';
    let current = '';
    for (let i = 0; i < bytes.length; i += 1) {
      const b = bytes[i];
      const token = (b === 32 || b === 9) && i === bytes.length - 1 ? (b === 32 ? '=20' : '=09') : QP_BYTE[b];
      if (current.length + token.length > 75) {
        out += `${current}=${CRLF}`;
        current = '';
      }
      current += token;
    }
    return out + current;
  }).join(CRLF);
}

/** Base64 in lines of 76 characters. */
export function base64Lines(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('base64');
  return (text.match(/.{1,76}/g) ?? ['']).join(CRLF);
}

/**
 * A `filename` parameter: plain and quoted when ASCII, RFC 2231 `filename*=UTF-8''…` otherwise.
 * @example fileNameParameter('filename', 'bon-de-commande.csv') // 'filename="bon-de-commande.csv"'
 */
export function fileNameParameter(parameter: string, fileName: string): string {
  const safe = headerSafe(fileName);
  if (isAscii(safe)) return `${parameter}="${safe.replace(/(["\\])/g, '\\$1')}"`;
  const encoded = Array.from(Buffer.from(safe, 'utf8'))
    .map((b) => (/[A-Za-z0-9!#$&+\-.^_`|~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
  return `${parameter}*=UTF-8''${encoded}`;
}
