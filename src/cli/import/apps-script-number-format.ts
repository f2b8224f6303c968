// Translates an Excel number format into the Apps Script pattern Cabas writes, as far as reasonable.
//
// Excel writes date tokens in lowercase and reuses `m` for month and minute: `m` right after an hour
// token or right before a seconds token is a minute (the rule Excel documents in "Number format
// codes", https://support.microsoft.com/en-us/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68).
// Cabas's own patterns use `MM` for months and `HH` for a 24-hour clock, so this restores them.
// A currency tag like `[$€-40C]` becomes a bare `€`; quoted literals and `\x` escapes are kept.

interface Token { kind: 'date' | 'other'; text: string }

function tokenize(format: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end + 1;
      tokens.push({ kind: 'other', text: format.slice(i, stop) });
      i = stop;
    } else if (c === '\\') {
      tokens.push({ kind: 'other', text: format.slice(i, i + 2) });
      i += 2;
    } else if (c === '[') {
      const end = format.indexOf(']', i);
      const stop = end < 0 ? format.length : end + 1;
      const inner = format.slice(i + 1, stop - 1);
      const currency = /^\$([^-\]]*)(-[0-9A-Fa-f]+)?$/.exec(inner);
      tokens.push({ kind: 'other', text: currency ? currency[1] : format.slice(i, stop) });
      i = stop;
    } else if (/^am\/pm/i.test(format.slice(i, i + 5))) {
      tokens.push({ kind: 'other', text: 'AM/PM' });
      i += 5;
    } else if (/[dmyhs]/i.test(c)) {
      let j = i;
      while (j < format.length && format[j].toLowerCase() === c.toLowerCase()) j += 1;
      tokens.push({ kind: 'date', text: format.slice(i, j).toLowerCase() });
      i = j;
    } else {
      tokens.push({ kind: 'other', text: c });
      i += 1;
    }
  }
  return tokens;
}

/**
 * @example toAppsScriptNumberFormat('dd/mm/yyyy hh:mm') // "dd/MM/yyyy HH:mm"
 * @example toAppsScriptNumberFormat('#,##0.00\\ [$€-40C]') // "#,##0.00 €"
 */
export function toAppsScriptNumberFormat(format: string): string {
  if (format === '' || format.toLowerCase() === 'general') return '';
  const tokens = tokenize(format);
  const twelveHour = tokens.some((t) => t.text === 'AM/PM');
  const dates = tokens.filter((t) => t.kind === 'date');
  return tokens.map((t) => {
    if (t.kind === 'other') return t.text === '\\ ' ? ' ' : t.text;
    const at = dates.indexOf(t);
    const letter = t.text[0];
    if (letter === 'h') return twelveHour ? t.text : t.text.toUpperCase();
    if (letter !== 'm') return t.text;
    const previous = dates[at - 1]?.text[0];
    const next = dates[at + 1]?.text[0];
    return previous === 'h' || next === 's' ? t.text : t.text.toUpperCase();
  }).join('');
}
