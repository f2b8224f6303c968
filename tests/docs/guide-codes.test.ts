// The guides' error-code tables list exactly PROBLEM_CODES, as the generator writes them today.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/core/model';
import { PROBLEM_CODES } from '../../src/core/workbook/problem-codes';
import {
  CODES_END, CODES_START, codesInGuide, exampleMessage, fillProblemCodes, frenchSpacing, PROBLEM_DOCS, problemCodesTable,
} from '../../src/cli/screenshots/problem-codes-table';

const ROOT = join(__dirname, '..', '..');
const guide = (locale: Locale) => readFileSync(join(ROOT, 'docs', `guide.${locale}.md`), 'utf8');
const LOCALES: Locale[] = ['fr', 'en'];

/** Differences between a guide's table and PROBLEM_CODES, as the test reports them. */
function tableDifferences(listed: string[], codes: readonly string[]): { missing: string[]; unknown: string[]; repeated: string[] } {
  return {
    missing: codes.filter((c) => !listed.includes(c)),
    unknown: listed.filter((c) => !codes.includes(c)),
    repeated: listed.filter((c, i) => listed.indexOf(c) !== i),
  };
}

describe.each(LOCALES)('the %s guide', (locale) => {
  test('lists every code of PROBLEM_CODES once, and no other', () => {
    expect(tableDifferences(codesInGuide(guide(locale)), PROBLEM_CODES)).toEqual({ missing: [], unknown: [], repeated: [] });
  });

  test('holds the table the generator writes today (run npm run docs:codes)', () => {
    const text = guide(locale);
    expect(fillProblemCodes(text, problemCodesTable(locale))).toBe(text);
  });

  test('shows each code with its rendered message, not the bare code', () => {
    for (const code of PROBLEM_CODES) {
      const message = exampleMessage(code, PROBLEM_DOCS.codes[code], locale);
      expect(message).not.toContain(code);
      expect(message).not.toMatch(/undefined|NaN|\{|\}/);
    }
  });
});

describe('the table check', () => {
  const table = (codes: string[]) => `intro\n${CODES_START}\n| Code | x |\n|---|---|\n${codes.map((c) => `| \`${c}\` | x |`).join('\n')}\n${CODES_END}\nafter`;

  test.each([
    { scenario: 'a code left out', listed: ['a.one'], codes: ['a.one', 'a.two'], expected: { missing: ['a.two'], unknown: [], repeated: [] } },
    { scenario: 'a code that no longer exists', listed: ['a.one', 'a.gone'], codes: ['a.one'], expected: { missing: [], unknown: ['a.gone'], repeated: [] } },
    { scenario: 'a code listed twice', listed: ['a.one', 'a.one'], codes: ['a.one'], expected: { missing: [], unknown: [], repeated: ['a.one'] } },
    { scenario: 'the exact list', listed: ['a.one', 'a.two'], codes: ['a.one', 'a.two'], expected: { missing: [], unknown: [], repeated: [] } },
  ])('reports $scenario', ({ listed, codes, expected }) => {
    expect(tableDifferences(codesInGuide(table(listed)), codes)).toEqual(expected);
  });

  test('reads only the rows between the markers', () => {
    const text = `| \`outside.before\` | x |\n${table(['inside.one'])}\n| \`outside.after\` | x |`;
    expect(codesInGuide(text)).toEqual(['inside.one']);
  });

  test.each([
    { scenario: 'no markers', text: 'no table here' },
    { scenario: 'the end marker before the start', text: `${CODES_END}\n${CODES_START}` },
  ])('refuses a guide with $scenario', ({ text }) => {
    expect(() => codesInGuide(text)).toThrow(/problem-codes:start/);
    expect(() => fillProblemCodes(text, '| t |')).toThrow(/problem-codes:start/);
  });

  test('replaces what was between the markers and keeps the rest', () => {
    expect(fillProblemCodes(table(['old.code']), '| new |')).toBe(`intro\n${CODES_START}\n| new |\n${CODES_END}\nafter`);
  });

  test('refuses to write a table when a code has no fix text', () => {
    const docs = { ...PROBLEM_DOCS, codes: { ...PROBLEM_DOCS.codes } };
    delete docs.codes['catalog.bad-price'];
    expect(() => problemCodesTable('fr', docs)).toThrow(/catalog\.bad-price/);
  });

  test('escapes pipes in messages and fixes so the table keeps its columns', () => {
    const docs = {
      ...PROBLEM_DOCS,
      codes: { 'catalog.bad-price': { severity: 'error' as const, place: null, params: { value: 'a|b' }, fix: { fr: 'x | y', en: 'x | y' } } },
    };
    const row = problemCodesTable('fr', docs, ['catalog.bad-price']).split('\n')[2];
    expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });
});

describe('frenchSpacing', () => {
  test.each([
    { scenario: 'a no-break space before a colon', text: 'Lancez ceci : cela', expected: 'Lancez ceci\u00a0: cela' },
    { scenario: 'a narrow no-break space before ; ? !', text: 'a ; b ? c !', expected: 'a\u202f; b\u202f? c\u202f!' },
    { scenario: 'no-break spaces inside guillemets', text: '« oui »', expected: '«\u00a0oui\u00a0»' },
    { scenario: 'code spans untouched', text: 'tapez `a : b` ici', expected: 'tapez `a : b` ici' },
  ])('puts $scenario', ({ text, expected }) => {
    expect(frenchSpacing(text)).toBe(expected);
  });
});

describe('the fix texts', () => {
  // Severity as the configuration check emits it in src/core/workbook: `problems.add('code', 'warning', …)`,
  // or a record's `r.warn('code', …)`, and errors by `r.error('code', …)`, `r.refuse('code', …)`, `r.read(key, 'code', …)`,
  // and `seen.identify(r, key, 'missing code', 'duplicate code')`.
  const dir = join(ROOT, 'src', 'core', 'workbook');
  const emitted = new Map<string, string>();
  const CODE = `'([a-z-]+\\.[a-z-]+)'`;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(new RegExp(`add\\(${CODE}, '(error|warning)'`, 'g'))) emitted.set(m[1], m[2]);
    for (const m of source.matchAll(new RegExp(`\\.warn\\(${CODE}`, 'g'))) emitted.set(m[1], 'warning');
    for (const m of source.matchAll(new RegExp(`(?:\\.error\\(|\\.refuse\\(|read\\((?:'\\w+'|\\w+), )${CODE}`, 'g'))) emitted.set(m[1], 'error');
    for (const m of source.matchAll(new RegExp(`identify\\(\\w+, '\\w+', ${CODE}, ${CODE}`, 'g'))) emitted.set(m[1], 'error').set(m[2], 'error');
  }

  test.each(PROBLEM_CODES.map((code) => ({ code })))('$code has a fix in French and in English', ({ code }) => {
    const fix = PROBLEM_DOCS.codes[code];
    expect(fix.fix.fr.length).toBeGreaterThan(15);
    expect(fix.fix.en.length).toBeGreaterThan(15);
    expect(fix.fix.fr).not.toBe(fix.fix.en);
  });

  test('give each code the severity the configuration check reports', () => {
    expect(emitted.size).toBeGreaterThan(30);
    expect([...emitted.keys()]).toEqual(expect.arrayContaining(['sites.duplicate', 'producers.missing-name', 'catalog.duplicate-ref', 'cycles.missing-id']));
    const wrong = [...emitted].filter(([code, severity]) => PROBLEM_DOCS.codes[code] && PROBLEM_DOCS.codes[code].severity !== severity);
    expect(wrong).toEqual([]);
  });

  test('name only codes that exist', () => {
    expect(Object.keys(PROBLEM_DOCS.codes).filter((code) => !PROBLEM_CODES.includes(code as never))).toEqual([]);
  });
});
