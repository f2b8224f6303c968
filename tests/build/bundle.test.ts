// The shipped file: one Apps Script file whose entry points are top-level function declarations,
// with no module syntax, that loads in a bare context without code generation from strings.
import { readFileSync } from 'node:fs';
import { createContext, runInContext, Script } from 'node:vm';

const code = readFileSync('dist/Code.js', 'utf8');
const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
const entryPointsSource = readFileSync('src/apps-script/entry-points.ts', 'utf8');
const exported = [...entryPointsSource.matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1]).sort();

describe('dist/Code.js', () => {
  test('declares every export of entry-points.ts as a top-level function', () => {
    expect(exported.length).toBeGreaterThan(10);
    for (const name of exported) expect(code).toMatch(new RegExp(`^function ${name}\\(e\\)\\{return Cabas\\.${name}\\(e\\)\\}$`, 'm'));
  });

  test('declares no other top-level function than the entry points', () => {
    const declared = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]).sort();
    expect(declared).toEqual(exported);
  });

  test('carries none of the command line\'s texts (they are only for Node: i18n/cli-catalogue.ts)', () => {
    // A key of the CLI catalogue and one of its sentences: present in dist/cli.js, absent here.
    expect(readFileSync('dist/cli.js', 'utf8')).toContain('smtpBadUrl');
    expect(code).not.toContain('smtpBadUrl');
    expect(code).not.toContain('--smtp-from');
  });

  test('has no import, export or require', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).not.toMatch(/\bimport\s*\(/);
  });

  test('loads in a bare context with code generation from strings disabled', () => {
    const context = createContext({}, { codeGeneration: { strings: false, wasm: false } });
    new Script(code, { filename: 'Code.js' }).runInContext(context);
    expect(runInContext('typeof onOpen + typeof onFormSubmitTrigger + typeof Cabas', context)).toBe('functionfunctionobject');
    expect(runInContext('typeof require + typeof process + typeof Buffer', context)).toBe('undefinedundefinedundefined');
  });

  // What V8 must read in full at every compile, as against only scan (docs/architecture.md, « The
  // build »): the bundle's top level, and the body of every arrow function written there.
  test('holds the catalogue sections as function expressions, pre-parsed at load', () => {
    // 6 sections a language (build.mjs rewrites `export const ui = () => ({ … })`).
    expect(code.match(/=function\(\)\{return\{/g)?.length ?? 0).toBeGreaterThanOrEqual(12);
  });

  test('holds zod\'s schema initializers as function expressions, not arrows at the top level', () => {
    expect(code).toMatch(/\("\$ZodType",function\(\w+,\w+\)\{/);
    expect(code).not.toMatch(/\("\$?Zod\w+",\(\w+,\w+\)=>/);
  });

  test('holds no regex literal with a \\p{…} class (V8 checks each literal at every compile, and those are ICU lookups)', () => {
    expect(code).not.toMatch(/\/[^/"'`\n]*\\p\{[A-Za-z]+\}[^/\n]*\/[dgimsuy]*/);
  });

  test('ships a V8 manifest in Europe/Paris with the narrowest scopes', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Paris');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/forms',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });
});
