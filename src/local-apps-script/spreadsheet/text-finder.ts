// TextFinder: finds and replaces text in a range, a sheet or the whole spreadsheet. The search runs
// on the server: each find is one round trip and the cells it returns are not read.
// Defaults (https://developers.google.com/apps-script/reference/spreadsheet/text-finder):
// case-insensitive, partial match, plain text, diacritics matched, formula cells by displayed value.
import type { RuntimeEnv } from '../env';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import type { LocalRange } from './range';

interface Hit {
  range: LocalRange;
  text: string;
}

function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class LocalTextFinder implements Surface<GoogleAppsScript.Spreadsheet.TextFinder> {
  get [APPS_SCRIPT_CLASS]() { return 'Spreadsheet.TextFinder' as const; }
  private options = { matchCase: false, entireCell: false, regex: false, ignoreDiacritics: false, formulaText: false };
  private current = -1;
  private startAfter: { sheet: unknown; row: number; column: number } | null = null;

  private readonly findText: string;

  constructor(readonly env: RuntimeEnv, findText: unknown, private readonly scope: () => LocalRange[]) {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#createTextFinder(String)
    // takes a String. A missing one throws "Argument cannot be null: findText", and so does a number,
    // as reported from Apps Script (github.com/subconcept-labs/ulangi/issues/150); the runtime used to
    // search for the text "null" or "42".
    if (typeof findText !== 'string') throw env.realm.error('Argument cannot be null: findText');
    // An empty search text: the reference does not say; every cell "contains" it, so a script that
    // passes one by mistake would match anything. Refused (the stricter choice), generic wording.
    if (findText === '') throw env.realm.error('Invalid argument: findText');
    this.findText = findText;
  }

  private option(method: string, change: () => void): this {
    this.env.accounting.record('SpreadsheetApp', `TextFinder.${method}`, 'local');
    change();
    this.current = -1;
    return this;
  }

  matchCase(matchCase: boolean): this { return this.option('matchCase', () => { this.options.matchCase = matchCase === true; }); }
  matchEntireCell(matchEntireCell: boolean): this { return this.option('matchEntireCell', () => { this.options.entireCell = matchEntireCell === true; }); }
  useRegularExpression(useRegEx: boolean): this { return this.option('useRegularExpression', () => { this.options.regex = useRegEx === true; }); }
  ignoreDiacritics(ignoreDiacritics: boolean): this { return this.option('ignoreDiacritics', () => { this.options.ignoreDiacritics = ignoreDiacritics === true; }); }
  matchFormulaText(matchFormulaText: boolean): this { return this.option('matchFormulaText', () => { this.options.formulaText = matchFormulaText === true; }); }
  startFrom(startRange: LocalRange): this {
    const start = startRange;
    return this.option('startFrom', () => { this.startAfter = { sheet: start.sheet, row: start.row, column: start.column }; });
  }

  private pattern(global: boolean): RegExp {
    const o = this.options;
    let source = o.regex ? this.findText : escapeRegExp(o.ignoreDiacritics ? stripDiacritics(this.findText) : this.findText);
    if (o.entireCell) source = `^(?:${source})$`;
    return new RegExp(source, `${o.matchCase ? '' : 'i'}${global ? 'g' : ''}u`);
  }

  private comparable(text: string): string {
    return this.options.ignoreDiacritics ? stripDiacritics(text) : text;
  }

  /**
   * The test a cell's text must pass. A case-sensitive plain-text search (how Cabas finds a member's
   * row, once per answer in a tab of thousands) compares strings; the rest goes through the
   * regular expression, whose `u` and `i` flags give Unicode case folding.
   */
  private matcher(): (text: string) => boolean {
    const o = this.options;
    if (o.matchCase && !o.regex && !o.ignoreDiacritics) {
      const find = this.findText;
      return o.entireCell ? (text) => text === find : (text) => text.includes(find);
    }
    const re = this.pattern(false);
    return (text) => re.test(this.comparable(text));
  }

  /** The matching cells, row by row, in scope order, as they are found. */
  private *scan(): Generator<Hit> {
    const matches = this.matcher();
    for (const range of this.scope()) {
      for (let r = range.row; r < range.row + range.numRows; r += 1) {
        for (let c = range.column; c < range.column + range.numColumns; c += 1) {
          const cell = range.sheet.grid.get(r, c);
          if (cell === undefined) continue; // no cell: no text, never a match
          // A typed string is its own displayed text (formatValue); anything else is formatted.
          const text = cell.formula ? (this.options.formulaText ? cell.formula : range.sheet.display(cell))
            : typeof cell.value === 'string' ? cell.value : range.sheet.display(cell);
          if (text !== '' && matches(text)) yield { range: range.sheet.rangeAt(r, c, 1, 1), text };
        }
      }
    }
  }

  /** Every matching cell, in scope order from the start (startFrom). */
  private hits(): Hit[] {
    const hits = [...this.scan()];
    if (!this.startAfter) return hits;
    const s = this.startAfter;
    const at = hits.findIndex((h) => h.range.sheet === s.sheet && (h.range.row > s.row || (h.range.row === s.row && h.range.column > s.column)));
    return at < 0 ? hits : [...hits.slice(at), ...hits.slice(0, at)];
  }

  private rpc(method: string): void {
    this.env.accounting.record('SpreadsheetApp', `TextFinder.${method}`, 'rpc');
  }

  findAll(): LocalRange[] {
    this.rpc('findAll');
    return this.hits().map((h) => h.range);
  }

  findNext(): LocalRange | null {
    this.rpc('findNext');
    if (this.current < 0 && !this.startAfter) {
      // The first match is the first one found: a lookup of one member stops there (the offline
      // replay looks one up per answer, in a tab of thousands of rows).
      const first = this.scan().next();
      if (first.done) return null;
      this.current = 0;
      return first.value.range;
    }
    const hits = this.hits();
    if (this.current + 1 >= hits.length) return null;
    this.current += 1;
    return hits[this.current].range;
  }

  findPrevious(): LocalRange | null {
    this.rpc('findPrevious');
    const hits = this.hits();
    if (this.current <= 0) return null;
    this.current -= 1;
    return hits[this.current].range;
  }

  getCurrentMatch(): LocalRange | null {
    this.rpc('getCurrentMatch');
    return this.current < 0 ? null : this.hits()[this.current]?.range ?? null;
  }

  private replaceIn(hit: Hit, replaceText: string): number {
    const re = this.pattern(true);
    const source = this.comparable(hit.text);
    const count = source.match(re)?.length ?? 0;
    // Regular expressions may use $1 groups in the replacement; plain text is taken literally.
    const replaced = this.options.regex ? source.replace(re, replaceText) : source.replace(re, () => replaceText);
    // A replacement is written as typed text would be (a number stays a number).
    const cell = hit.range.sheet.grid.at(hit.range.row, hit.range.column);
    hit.range.sheet.storeTyped(cell, replaced);
    return count;
  }

  /** Replaces every match; returns the number of occurrences replaced. */
  replaceAllWith(replaceText: string): number {
    this.rpc('replaceAllWith');
    return this.hits().reduce((n, h) => n + this.replaceIn(h, String(replaceText)), 0);
  }

  replaceWith(replaceText: string): number {
    this.rpc('replaceWith');
    const hit = this.current < 0 ? undefined : this.hits()[this.current];
    return hit ? this.replaceIn(hit, String(replaceText)) : 0;
  }
}
