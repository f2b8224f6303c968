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

/** Runs of characters quoted-printable writes as they are, and the single characters between them. */
const QP_RUNS = /[\t\x20-\x3c\x3e-\x7e]+|[^]/gu;
/** Each escaped character's byte tokens (`é` -> ['=C3', '=A9']), made once. */
const QP_ESCAPED = new Map<string, string[]>();

function escapedBytes(char: string): string[] {
  let tokens = QP_ESCAPED.get(char);
  if (!tokens) {
    tokens = Array.from(Buffer.from(char, 'utf8'), (b) => QP_BYTE[b]);
    QP_ESCAPED.set(char, tokens);
  }
  return tokens;
}

/**
 * Quoted-printable (RFC 2045 §6.7) of UTF-8 text: line breaks become CRLF, lines stay under 76
 * characters with soft breaks, `=` and non-ASCII bytes are escaped, trailing spaces too.
 * Plain runs are copied whole, not byte by byte: the offline replay writes one .eml per e-mail,
 * thousands of them. A soft break falls where a byte-by-byte writer would put it: before the
 * first token (a character, or one escaped byte) that would take the line past 75 characters.
 */
export function quotedPrintable(text: string): string {
  return text.split(/\r\n|\r|\n/).map((line) => {
    let out = '';
    let current = '';
    const token = (t: string) => {
      if (current.length + t.length > 75) {
        out += `${current}=${CRLF}`;
        current = '';
      }
      current += t;
    };
    // A space or tab that ends the line is escaped (it would be taken for padding).
    const last = line.charCodeAt(line.length - 1);
    const body = last === 32 || last === 9 ? line.slice(0, -1) : line;
    for (const [piece] of body.matchAll(QP_RUNS)) {
      const code = piece.charCodeAt(0);
      if (code === 9 || (code >= 32 && code <= 126 && code !== 61)) {
        // A plain run: as many characters as the line has room for, then a soft break, and on.
        for (let run = piece; run.length > 0;) {
          if (current.length >= 75) {
            out += `${current}=${CRLF}`;
            current = '';
          }
          const room = 75 - current.length;
          current += run.slice(0, room);
          run = run.slice(room);
        }
      } else {
        for (const t of escapedBytes(piece)) token(t);
      }
    }
    if (body !== line) token(last === 32 ? '=20' : '=09');
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
