// The offline mode: a workbook file and a CSV of answers in, the resulting workbook, e-mails and
// index.html out. It replays the answers as form submissions on the shipped bundle in the local
// runtime: the very code that runs in Google, not a second implementation.
import { existsSync, readFileSync } from 'node:fs';
import { planForm } from '../../core/form/plan-form';
import { parseDateTime } from '../../core/workbook/parse-cell';
import { readConfiguration, readCycles } from '../../core/workbook/read-configuration';
import { tableOfTabName, type TableKey } from '../../core/workbook/tables';
import type { SpreadsheetSnapshot } from '../../local-apps-script/spreadsheet/snapshot';
import { CabasDriver, TRIGGER_LATENESS_MS } from '../cabas-driver';
import { CliError } from '../cli-error';
import { parseCsv } from '../import/parse-csv';
import { normalizeHeader } from '../import/normalize-header';
import { parseAnswerTimestamp, readAnswersCsv } from '../import/read-answers-csv';
import { readXlsx } from '../import/read-xlsx';
import { writeOutputs } from '../write-outputs';

export interface OfflineOptions {
  workbook: string;
  answers: string;
  out: string;
  closeAt?: string;
  /** "Today" for deciding whether the deadline has passed (default: the machine's clock). */
  now?: string;
  bundle: string;
  log: (line: string) => void;
}

export interface OfflineResult {
  submissions: number;
  refusedLate: number;
  closed: boolean;
  emails: number;
  outputs: { workbook: string; index: string; mailDir: string };
}

function tab(snapshot: SpreadsheetSnapshot, table: TableKey) {
  const sheet = snapshot.sheets.find((s) => tableOfTabName(s.name) === table);
  return sheet ? { tabName: sheet.name, values: sheet.values.map((r) => r.map((v) => (v === null ? '' : v))) as unknown[][] } : undefined;
}

export async function runOffline(o: OfflineOptions): Promise<OfflineResult> {
  for (const f of [o.workbook, o.answers]) if (!existsSync(f)) throw new CliError(`${f} : fichier introuvable / file not found`);
  let snapshot: SpreadsheetSnapshot;
  try {
    snapshot = await readXlsx(o.workbook);
  } catch (error) {
    throw new CliError(`${o.workbook} : ${(error as Error).message}`);
  }
  const settingsTab = tab(snapshot, 'settings');
  const { config, locale } = readConfiguration({ settings: settingsTab });
  const timeZone = config?.settings.timeZone ?? 'Europe/Paris';
  const when = (text: string, what: string): number => {
    const parsed = parseDateTime(text, timeZone);
    if (!parsed.ok || parsed.value === null) throw new CliError(`${what} : « ${text} » n'est pas une date lisible (ex. 2026-12-10 20:00 ou 10/12/2026 20:00)`);
    return parsed.value;
  };
  const closeAt = o.closeAt ? when(o.closeAt, '--close-at') : null;
  const today = o.now ? when(o.now, '--now') : Date.now();

  const cyclesTab = tab(snapshot, 'cycles');
  const draft = cyclesTab ? readCycles(cyclesTab, timeZone).cycles.find((c) => c.status === 'draft') : undefined;
  const deadline = draft?.deadline ?? closeAt;
  if (deadline === null || deadline === undefined) {
    throw new CliError(locale === 'en'
      ? `${o.workbook}: no deadline. Add a draft row to the Cycles tab (status "draft") or pass --close-at "2026-12-10 20:00".`
      : `${o.workbook} : pas de date de clôture. Ajoutez une ligne « brouillon » dans l'onglet Cycles ou passez --close-at "10/12/2026 20:00".`);
  }

  // The products' refs and titles are known once the cycle is open: read the answers after opening.
  const text = readFileSync(o.answers, 'utf8');
  // The cycle opens before the first answer: a first look at the timestamp column (the full read,
  // which needs the form's questions, comes once the cycle is open).
  const earliest = Math.min(deadline, ...firstLookAtTimestamps(text, timeZone));
  const driver = new CabasDriver({ now: earliest - 24 * 3600 * 1000, bundle: o.bundle, spreadsheet: snapshot, mailQuota: 100000 });
  driver.install(false);
  const opened = driver.open({ deadline, pickup: draft?.pickup ?? undefined, note: draft?.note });
  if (!opened.ok) throw new CliError(`${o.workbook} :\n  ${(opened.messages ?? []).join('\n  ')}`);
  o.log(`cycle ${opened.cycleId} ouvert`);

  const { catalog } = driver.state();
  const plan = planForm(catalog);
  const questions = plan.sections.flatMap((s) => s.questions.map((q) => ({ ref: q.ref, title: q.title })));
  const answers = readAnswersCsv(text, { file: o.answers, timeZone, products: questions, locale });
  if (!answers.ok) throw new CliError(answers.error.message);
  for (const w of answers.warnings) o.log(`attention : ${w}`);

  let refusedLate = 0;
  const sorted = [...answers.rows].sort((a, b) => a.at - b.at);
  for (const row of sorted) {
    driver.gas.advanceTo(row.at);
    const quantities = Object.fromEntries(Object.entries(row.quantities).map(([ref, q]) => [ref, q]));
    try {
      driver.submit(row.email, quantities, { at: row.at, site: row.site || undefined, tolerance: row.tolerance || undefined, comment: row.comment || undefined });
    } catch (error) {
      refusedLate += 1;
      o.log(`${o.answers}, ligne ${row.line} : ${row.email} — ${(error as Error).message.split('\n')[0]}`);
    }
  }
  let closed = false;
  if (closeAt !== null && closeAt < deadline) {
    driver.gas.advanceTo(closeAt);
    driver.run('closeCycleNow');
    closed = true;
  } else if (closeAt !== null || deadline <= today) {
    driver.gas.advanceTo(Math.max(deadline, closeAt ?? deadline) + TRIGGER_LATENESS_MS + 60 * 1000);
    closed = true;
  }
  if (closed) driver.gas.advanceBy(2 * 3600 * 1000);
  o.log(closed ? 'cycle clôturé, e-mails envoyés' : 'échéance à venir : le cycle reste ouvert');
  const outputs = await writeOutputs(driver.gas, o.out, { title: 'Cabas', workbookName: 'workbook.xlsx', summary: [] });
  return { submissions: sorted.length - refusedLate, refusedLate, closed, emails: outputs.emails, outputs };
}

/** The readable timestamps of an answers file, before its product columns can be matched. */
function firstLookAtTimestamps(text: string, timeZone: string): number[] {
  const csv = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!csv.ok || csv.records.length === 0) return [];
  const column = csv.records[0].cells.findIndex((h) => ['horodateur', 'horodatage', 'timestamp'].includes(normalizeHeader(h)));
  if (column < 0) return [];
  return csv.records.slice(1).flatMap((r) => {
    const at = parseAnswerTimestamp(r.cells[column] ?? '', timeZone);
    return at === null ? [] : [at];
  });
}
