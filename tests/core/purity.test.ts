// The core stays pure: no Apps Script service, no Node, no clock. This greps every file of src/core.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '..', '..', 'src', 'core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Comments are stripped so that a comment may say why the core avoids a name. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  ...['SpreadsheetApp', 'FormApp', 'MailApp', 'GmailApp', 'ScriptApp', 'LockService', 'PropertiesService', 'CacheService',
    'Session', 'Utilities', 'HtmlService', 'Logger', 'Buffer'].map((name) => ({ name, pattern: new RegExp(`\\b${name}\\b`) })),
  { name: 'require(', pattern: /\brequire\s*\(/ },
  { name: 'process.', pattern: /\bprocess\s*\./ },
  { name: 'node:', pattern: /['"`]node:/ },
  { name: 'Date.now', pattern: /\bDate\s*\.\s*now\b/ },
  { name: 'new Date()', pattern: /\bnew\s+Date\s*\(\s*\)/ },
  { name: 'new Date without arguments', pattern: /\bnew\s+Date\s*(?![\s(])/ },
];

describe('the pure core', () => {
  const all = files(CORE);

  test('has files to check', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  test.each(FORBIDDEN)('never names $name', ({ pattern }) => {
    const offenders = all.filter((path) => pattern.test(code(readFileSync(path, 'utf8')))).map((path) => relative(CORE, path));
    expect(offenders).toEqual([]);
  });
});

describe('the purity check itself', () => {
  test.each([
    { source: 'const t = Date.now();', name: 'Date.now' },
    { source: 'const d = new Date();', name: 'new Date()' },
    { source: 'const d = new Date;', name: 'new Date without arguments' },
    { source: "const s = SpreadsheetApp.getActive();", name: 'SpreadsheetApp' },
    { source: "import fs from 'node:fs';", name: 'node:' },
    { source: 'const x = process.env.X;', name: 'process.' },
    { source: "const fs = require('fs');", name: 'require(' },
    { source: 'Logger.log(1);', name: 'Logger' },
  ])('catches $name', ({ source, name }) => {
    const rule = FORBIDDEN.find((f) => f.name === name)!;
    expect(rule.pattern.test(code(source))).toBe(true);
  });

  test.each([
    { source: 'const d = new Date(instant);' },
    { source: '// Date.now is read by the shell, never here' },
    { source: 'const sessionId = 1; const utilitiesCount = 2;' },
    { source: "const url = 'https://example.org'; // a URL is not a comment start" },
  ])('lets «$source» through', ({ source }) => {
    expect(FORBIDDEN.filter((f) => f.pattern.test(code(source))).map((f) => f.name)).toEqual([]);
  });
});
