// `--out` only ever replaces what an earlier `cabas run` wrote there: a folder holding anything
// else (a person's files) is refused unless --force, before anything is read or written.
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file a run leaves in its folder, so that the next run knows the folder is its own. */
export const OUT_MARKER = '.cabas-run';
const OWN = new Set([OUT_MARKER, 'workbook.xlsx', 'index.html', 'mail']);
/** The season's bilan a run writes once a cycle has closed (`reviewFileName`: bilan-… or review-…). */
const BILAN = /^(bilan|review)-[a-z0-9-]+\.csv$/;

/** The entries of `dir` that a run did not write (empty when the folder is new, empty or a run's own). */
export function foreignEntries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  const entries = readdirSync(dir);
  if (entries.length === 0) return [];
  if (!entries.includes(OUT_MARKER)) return entries.sort();
  const foreign = entries.filter((e) => !OWN.has(e) && !BILAN.test(e));
  const mail = join(dir, 'mail');
  if (existsSync(mail)) {
    if (!statSync(mail).isDirectory()) foreign.push('mail');
    else foreign.push(...readdirSync(mail).filter((f) => !f.endsWith('.eml')).map((f) => join('mail', f)));
  }
  return foreign.sort();
}

/** Deletes the bilan files an earlier run wrote in its folder (only in a folder marked as a run's). */
export function removeOldBilans(dir: string): void {
  if (!existsSync(join(dir, OUT_MARKER))) return;
  for (const entry of readdirSync(dir)) if (BILAN.test(entry)) rmSync(join(dir, entry), { force: true });
}

export function markOutDir(dir: string): void {
  writeFileSync(join(dir, OUT_MARKER), 'Written by `cabas run`: the next run may replace workbook.xlsx, index.html, mail/ and the bilan CSV.\n');
}
