// The size of text once encoded in UTF-8, as mail limits count it (Apps Script has no TextEncoder).

/**
 * UTF-8 bytes of a string.
 * @example utf8Bytes('5 €') // 6: the euro sign takes 3 bytes
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one code point of four bytes
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
