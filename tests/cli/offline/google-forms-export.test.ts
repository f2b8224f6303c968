// A Google Forms export of Cabas's own form replays as it is: members answer the runtime's form,
// its responses are written out the way Forms' "Download responses (.csv)" writes them (the
// questions' titles as headers, French or English fixed columns, Google's timestamp), and the
// offline run on the same workbook takes the same orders as the Form did.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CabasDriver } from '../../../src/cli/cabas-driver';
import { writeXlsx } from '../../../src/cli/export/write-xlsx';
import { readXlsx } from '../../../src/cli/import/read-xlsx';
import { snapshotTable } from '../../../src/cli/read-snapshot-table';
import { tableSheet } from '../../../src/cli/workbook-snapshot';
import { QUESTION_KINDS } from '../../../src/local-apps-script/forms/item';
import { DEADLINE, OPEN_AT, twoSitesSmallGroup } from '../../e2e/fixtures/two-sites-small-group';
import { cabas } from './support/run-cli';

// Each test runs whole cycles on the bundle (some in a child process): over jest's 5 s when the machine is loaded.
jest.setTimeout(120_000);

const BUNDLE = 'dist/Code.js';

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** `2026/12/02 6:30:00 PM GMT+1`: the shape of a Forms download's timestamp, in UTC+1 (Paris in winter). */
function googleTimestamp(at: number, zoneWord: 'GMT' | 'UTC'): string {
  const d = new Date(at + 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = d.getUTCHours();
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'} ${zoneWord}+1`;
}

/** The form's responses as a Forms CSV download: fixed columns, then each question's title, in the form's order. */
function exportResponses(driver: CabasDriver, fixed: [string, string], zoneWord: 'GMT' | 'UTC'): string {
  const form = driver.gas.forms.form(driver.state().formId);
  const questions = form.items.filter((i) => QUESTION_KINDS.has(i.kind));
  const rows = [...form.responses.values()].sort((a, b) => a.timestamp - b.timestamp).map((r) => [
    googleTimestamp(r.timestamp, zoneWord), r.email, ...questions.map((q) => String(r.answers.get(q.id) ?? '')),
  ]);
  return [[...fixed, ...questions.map((q) => q.title)], ...rows].map((r) => r.map(quote).join(',')).join('\r\n');
}

const at = (iso: string) => Date.parse(iso);

/** Orders as (email, site, ref, quantity, tolerance, comment), in a stable order. */
const orderLines = (snapshot: Parameters<typeof snapshotTable>[0]) => snapshotTable(snapshot, 'orders')!.rows
  .filter((r) => r.cells.status !== 'remplacé')
  .map((r) => [r.cells.email, r.cells.site, r.cells.ref, r.cells.quantity, r.cells.tolerance, r.cells.comment].join(' | '))
  .sort();

describe.each([
  { language: 'French', fixed: ['Horodateur', 'Adresse e-mail'] as [string, string], zoneWord: 'UTC' as const },
  { language: 'English', fixed: ['Timestamp', 'Email Address'] as [string, string], zoneWord: 'GMT' as const },
])('a Google Forms export with $language headers', ({ fixed, zoneWord }) => {
  test('replays into the same orders the Form took', async () => {
    const driver = new CabasDriver({ now: OPEN_AT, bundle: BUNDLE, spreadsheet: twoSitesSmallGroup() });
    driver.install(false);
    expect(driver.open({ deadline: DEADLINE, pickup: '12/12/2026' }).ok).toBe(true);
    driver.submit('alice@example.org', { 'LEG-TOM': '1,5', 'HUI-NOI': 2 }, { site: 'Monclar-de-Quercy', tolerance: 3, comment: 'Merci, "à samedi"', at: at('2026-12-02T18:30:00+01:00') });
    driver.submit('chloe@example.org', { 'HUI-NOI': 2, 'LEG-PAN': 1 }, { site: 'Septfonds', tolerance: 2, at: at('2026-12-03T09:05:07+01:00') });
    driver.submit('bruno@example.org', { 'HUI-NOI': 3 }, { site: 'Septfonds', tolerance: 0, comment: 'Ligne 1\nLigne 2', at: at('2026-12-04T12:00:00+01:00') });
    const online = orderLines(driver.snapshot());
    expect(online).toHaveLength(5);

    const dir = mkdtempSync(join(tmpdir(), 'cabas-export-'));
    const workbook = twoSitesSmallGroup();
    workbook.sheets.push(tableSheet('cycles', [{ id: 'noel', opens: '', deadline: DEADLINE, pickup: '12/12/2026', status: 'brouillon', form: '' }]));
    await writeXlsx(workbook, join(dir, 'groupe.xlsx'));
    writeFileSync(join(dir, 'export.csv'), exportResponses(driver, fixed, zoneWord), 'utf8');
    const run = await cabas('run', '--workbook', join(dir, 'groupe.xlsx'), '--answers', join(dir, 'export.csv'), '--out', join(dir, 'out'), '--now', '05/12/2026 12:00');

    expect(run.stdout).toContain('3 réponses lues\u00a0: 3 acceptées dont 0 plafonnée, aucune annulation, 0 refusée, 0 arrivée après la clôture');
    expect(orderLines(await readXlsx(join(dir, 'out', 'workbook.xlsx')))).toEqual(online);
  });
});
