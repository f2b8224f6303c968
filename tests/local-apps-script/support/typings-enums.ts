// The enums each Apps Script service exposes, read from @types/google-apps-script (generated from
// Google's reference): `{ app: 'SpreadsheetApp', name: 'BandingTheme', members: ['LIGHT_GREY', …] }`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const TYPINGS = join(__dirname, '../../../node_modules/@types/google-apps-script');

export interface TypingsEnum { app: string; name: string; members: string[] }

function enumBodies(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(/^\s*enum (\w+) \{([^}]*)\}/gm)) {
    out.set(m[1], m[2].split(',').map((s) => s.replace(/\/\*.*?\*\/|\/\/.*$/gm, '').trim()).filter(Boolean));
  }
  return out;
}

/** Every enum property of `app` (declared in `file`, e.g. 'spreadsheet'), with its members. */
export function typingsEnums(file: string, app: string): TypingsEnum[] {
  const all = new Map<string, string[]>();
  for (const f of [file, 'base']) for (const [k, v] of enumBodies(readFileSync(join(TYPINGS, `google-apps-script.${f}.d.ts`), 'utf8'))) if (!all.has(k) || f === file) all.set(k, v);
  const text = readFileSync(join(TYPINGS, `google-apps-script.${file}.d.ts`), 'utf8');
  const body = new RegExp(`^\\s*interface ${app} \\{([\\s\\S]*?)^\\s{8}\\}`, 'm').exec(text)?.[1] ?? '';
  return [...body.matchAll(/^\s*(\w+): typeof (?:Base\.)?(\w+);/gm)].map((m) => ({ app, name: m[1], members: all.get(m[2]) ?? [] }));
}
