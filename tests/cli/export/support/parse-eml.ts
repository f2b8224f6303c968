// A tiny MIME reader for tests: unfolds headers, decodes encoded-words, walks multiparts, decodes parts.

export interface ParsedPart {
  headers: Record<string, string>;
  /** Decoded content (text for text parts, bytes for others). */
  text: string;
  bytes: Buffer;
  parts: ParsedPart[];
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}

/** Quoted-printable's bytes: soft breaks joined, `=XX` read as a byte. */
export function decodeQuotedPrintable(text: string): Buffer {
  const soft = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    if (soft[i] === '=') {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(soft.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

export function parseEml(raw: string): ParsedPart {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="([^"]+)"/.exec(type)?.[1];
  if (boundary) {
    const sections = body.split(`--${boundary}`);
    const parts = sections.slice(1, -1).map((s) => parseEml(s.replace(/^\r\n/, '').replace(/\r\n$/, '')));
    return { headers, text: '', bytes: Buffer.alloc(0), parts };
  }
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  const bytes = encoding === 'base64' ? Buffer.from(body.replace(/\r\n/g, ''), 'base64')
    : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : Buffer.from(body, 'utf8');
  return { headers, text: bytes.toString('utf8'), bytes, parts: [] };
}
