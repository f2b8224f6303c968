import { parseStatus } from '../../src/core/workbook/tables';
import { frenchTypography as fr } from '../../src/core/i18n/typography';
// Issue: close a cycle — allocation, generated tabs, e-mails, the outbox and the archive, end to
// end on dist/Code.js.
import { CabasDriver } from '../../src/cli/cabas-driver';
import { CLOSED_BY, DEADLINE, DEADLINE_MS, OPEN_AT, PICKUP, SENDING_DELAY, SENT_BY, twoSitesSmallGroup } from './fixtures/two-sites-small-group';

const HOUR = 3600 * 1000;
const MONCLAR = 'Monclar-de-Quercy';
const SEPTFONDS = 'Septfonds';

function group(mailQuota = 100): CabasDriver {
  const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup(), mailQuota });
  driver.install(false);
  expect(driver.open({ deadline: DEADLINE, pickup: PICKUP })).toMatchObject({ ok: true });
  return driver;
}

function allocated(driver: CabasDriver, ref: string): Record<string, unknown> {
  return Object.fromEntries(driver.rows('Commandes').filter((r) => r['Réf'] === ref && r['Statut'] !== 'remplacé').map((r) => [String(r['E-mail']).split('@')[0], r['Attribué']]));
}

describe("Foodsoft's worked example through the whole cycle", () => {
  test.each([
    { name: 'tolerance completes a second case', tolerances: [3, 0, 2], expected: { alice: 5, bruno: 3, chloe: 4 } },
    { name: 'too little tolerance: one case, the last in the queue is cut', tolerances: [1, 0, 2], expected: { alice: 2, bruno: 3, chloe: 1 } },
  ])('$name', ({ tolerances, expected }) => {
    const driver = group();
    driver.submit('alice@example.org', { 'HUI-NOI': 2 }, { site: MONCLAR, tolerance: tolerances[0], at: OPEN_AT + HOUR });
    driver.submit('bruno@example.org', { 'HUI-NOI': 3 }, { site: MONCLAR, tolerance: tolerances[1], at: OPEN_AT + 2 * HOUR });
    driver.submit('chloe@example.org', { 'HUI-NOI': 2 }, { site: SEPTFONDS, tolerance: tolerances[2], at: OPEN_AT + 3 * HOUR });
    driver.gas.advanceTo(CLOSED_BY);
    expect(allocated(driver, 'HUI-NOI')).toEqual(expected);
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    const producerTab = driver.snapshot().sheets.find((s) => s.name.includes('Huilerie'))!;
    expect(producerTab.values.some((r) => r.includes('HUI-NOI') && r.includes(total))).toBe(true);
  });
});

describe('a closed cycle', () => {
  let driver: CabasDriver;

  beforeAll(() => {
    driver = group();
    driver.submit('alice@example.org', { 'HUI-NOI': 2, 'LEG-TOM': 2 }, { site: MONCLAR, tolerance: 3, at: OPEN_AT + HOUR, comment: '=HYPERLINK("http://evil.example","x")' });
    driver.submit('bruno@example.org', { 'HUI-NOI': 3, 'LEG-PAN': 1 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
    driver.submit('chloe@example.org', { 'HUI-NOI': 2, 'LEG-TOM': '0,5' }, { site: SEPTFONDS, tolerance: 2, at: OPEN_AT + 3 * HOUR });
    driver.gas.advanceTo(SENT_BY); // the close after the deadline, the outbox a minute later
  });

  test('writes one tab per producer, one Distribution tab per site and the Récap', () => {
    const names = driver.snapshot().sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['▸ Récap', '▸ Distribution Monclar-de-Querc', '▸ Distribution Septfonds']));
    expect(names.filter((n) => n.includes('Ruisseau') || n.includes('Huilerie'))).toHaveLength(2);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  test('for every product, what members get is what the producer is asked for', () => {
    const lines = driver.rows('Commandes').filter((r) => r['Statut'] !== 'remplacé');
    const byRef = new Map<string, number>();
    for (const l of lines) byRef.set(String(l['Réf']), (byRef.get(String(l['Réf'])) ?? 0) + Number(l['Attribué'] || 0));
    expect(Object.fromEntries(byRef)).toEqual({ 'HUI-NOI': 12, 'LEG-TOM': 2.5, 'LEG-PAN': 1 });
  });

  test('e-mails the producers (with a CSV), every member who ordered and the coordination', () => {
    const sent = driver.gas.mail.sent;
    const producer = sent.find((m) => m.to === 'noyers@example.org')!;
    expect(producer.attachments).toHaveLength(1);
    expect(producer.attachments[0].name).toMatch(/\.csv$/);
    expect(producer.replyTo).toBe('coordination@example.org');
    for (const who of ['alice', 'bruno', 'chloe']) expect(sent.filter((m) => m.to === `${who}@example.org`)).toHaveLength(2); // confirmation + summary
    expect(sent.filter((m) => m.to === 'coordination@example.org')).toHaveLength(1);
  });

  test('a member’s hostile comment stays text everywhere', () => {
    const cells = driver.snapshot().sheets.flatMap((s) => s.values.flat());
    expect(cells).toContain('=HYPERLINK("http://evil.example","x")');
    for (const s of driver.snapshot().sheets) expect((s as { formulas?: string[][] }).formulas?.flat().filter(Boolean) ?? []).toEqual([]);
  });

  test('closing twice gives the same tabs and sends nothing more', () => {
    const before = driver.snapshot().sheets.filter((s) => s.name !== 'Journal');
    const mails = driver.gas.mail.sent.length;
    driver.run('closeCycleNow');
    const after = driver.snapshot().sheets.filter((s) => s.name !== 'Journal');
    expect(after.map((s) => [s.name, s.values])).toEqual(before.map((s) => [s.name, s.values]));
    expect(driver.gas.mail.sent.length).toBe(mails);
  });

  test('archiving keeps the lines and marks the cycle archived', () => {
    const lines = driver.rows('Commandes').length;
    expect(driver.run('archiveCycleNow')).toMatchObject({ ok: true });
    expect(driver.rows('Commandes')).toHaveLength(lines);
    expect(driver.rows('Cycles')[0]['Statut']).toBe('archivé');
  });
});

describe('the e-mail quota', () => {
  test('runs out half-way: the rest goes the next day, each e-mail exactly once', () => {
    const driver = group(4);
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
    driver.submit('chloe@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS, at: OPEN_AT + 3 * HOUR });
    driver.gas.mail.setRemainingQuota(2);
    driver.gas.advanceTo(CLOSED_BY);
    const firstDay = driver.gas.mail.sent.length;
    const waiting = driver.rows('Envois').filter((r) => r['Statut'] === 'en attente');
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((r) => String(r['Contenu']).startsWith('cabas:mail '))).toBe(true); // what waits keeps its content
    driver.gas.advanceTo(DEADLINE_MS + 36 * HOUR);
    const sent = driver.gas.mail.sent;
    expect(sent.length).toBeGreaterThan(firstDay);
    const keys = sent.map((m) => `${m.to}|${m.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(driver.rows('Envois').every((r) => r['Statut'] === 'envoyé')).toBe(true);
  });
});

describe('an e-mail Apps Script refuses for good', () => {
  test('fails on its own after three attempts, and never holds back the e-mails behind it', () => {
    const driver = group(100);
    // Queued first: a message whose body passes Apps Script's 200 KB (as an older version could queue).
    const outbox = driver.gas.spreadsheet().getSheetByName('Envois')!;
    const headers = driver.sheet('Envois').values[0].map(String);
    // Sheets keeps at most 50,000 characters a cell: the JSON continues right of the table, as
    // the outbox writes it.
    const json = JSON.stringify({ text: 'x'.repeat(250 * 1024), html: '' });
    const chunks = json.match(/[^]{1,45000}/g)!;
    const cells: Record<string, unknown> = {
      'Clé': 'old:too-big', Type: 'producer-order', Destinataire: 'ferme@example.org', Objet: 'Commande', Statut: 'en attente', Tentatives: 0,
      Contenu: chunks[0],
    };
    outbox.appendRow([...headers.map((h) => cells[h] ?? ''), ...chunks.slice(1)]);
    driver.gas.mail.setRemainingQuota(0);
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
    expect(driver.rows('Envois').filter((r) => r['Statut'] === 'en attente')).toHaveLength(3);

    driver.gas.advanceTo(OPEN_AT + 30 * HOUR); // the quota is back; the hourly trigger has run several times
    const rows = driver.rows('Envois');
    expect(rows.filter((r) => r['Type'] === 'confirmation').map((r) => r['Statut'])).toEqual(['envoyé', 'envoyé']);
    expect(rows.find((r) => r['Clé'] === 'old:too-big')).toMatchObject({ Statut: 'échec', Tentatives: 3, Erreur: 'Limit Exceeded: Email Body Size.' });
    expect(driver.rows('Journal').some((r) => r['Niveau'] === 'erreur' && String(r['Détail']).includes('Commande') && String(r['Détail']).includes('Limit Exceeded'))).toBe(true);
  });
});

describe('what the outbox keeps', () => {
  test('a sent e-mail keeps its status and time, not its content; a coordinator\'s own column stays', () => {
    const driver = group(100);
    const outbox = driver.gas.spreadsheet().getSheetByName('Envois')!;
    const headers = driver.sheet('Envois').values[0].map(String);
    outbox.getRange(1, headers.length + 1).setValue('Remarque'); // the coordinator's own column, right of the table
    // A long message waits: its JSON continues right of the table, past the coordinator's column.
    const text = 'Bonjour, voici la commande.\n'.repeat(3000);
    const json = JSON.stringify({ text, html: '' });
    const cells: Record<string, unknown> = {
      'Clé': 'old:long', Type: 'producer-order', Destinataire: 'ferme@example.org', Objet: 'Commande', Statut: 'en attente', Tentatives: 0,
      Contenu: json.slice(0, 45000), Remarque: 'à relancer',
    };
    outbox.appendRow([...[...headers, 'Remarque'].map((h) => cells[h] ?? ''), json.slice(45000)]);

    driver.run('sendPendingEmails');
    expect(driver.gas.mail.sent.find((m) => m.to === 'ferme@example.org')!.body).toBe(text);
    const [header, row] = [driver.sheet('Envois').values[0], driver.sheet('Envois').values[1]];
    const cell = (name: string) => row[header.indexOf(name)] ?? ''; // the snapshot shows an empty cell as null
    expect([cell('Statut'), cell('Contenu'), cell('Remarque'), row[header.length] ?? '']).toEqual(['envoyé', '', 'à relancer', '']);

    // A confirmation sent at once is recorded without its content.
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    expect(driver.rows('Envois').find((r) => r['Type'] === 'confirmation')).toMatchObject({ Statut: 'envoyé', Contenu: null });
  });
});

describe('the manual case policy', () => {
  test('rounds nothing, waits for the coordinator’s corrections, then sends what they decided', () => {
    const snapshot = twoSitesSmallGroup();
    const settings = snapshot.sheets.find((s) => s.name === 'Paramètres')!;
    settings.values.find((r) => r[0] === 'Colis')![1] = 'manuel';
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: snapshot });
    driver.install(false);
    driver.open({ deadline: DEADLINE, pickup: PICKUP });
    driver.submit('alice@example.org', { 'HUI-NOI': 2 }, { site: MONCLAR, tolerance: 3, at: OPEN_AT + HOUR });
    driver.submit('bruno@example.org', { 'HUI-NOI': 3 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
    driver.gas.advanceTo(DEADLINE_MS - 60 * 1000); // confirmations and reminders are out
    const beforeClose = driver.gas.mail.sent.length;
    driver.gas.advanceTo(SENT_BY);
    expect(allocated(driver, 'HUI-NOI')).toEqual({ alice: 2, bruno: 3 });
    // Nothing left for members or producers; the coordination alone is told what to review and which menu item sends.
    expect(driver.gas.mail.sent.slice(beforeClose).map((m) => m.to)).toEqual(['coordination@example.org']);
    expect(driver.gas.mail.sent.at(-1)!.body).toMatch(/Colis = manuel[\s\S]*Envoyer la commande/);
    expect(driver.sheet('▸ Récap').values.flat().join(' ')).toMatch(/Huile de noix\s*: il manque 1 bouteille/);
    const recapStatus = () => driver.sheet('▸ Récap').values.find((r) => String(r[0]).startsWith('Huilerie'))!.at(-1);
    expect(recapStatus()).toBe(fr('à envoyer : menu Cabas > « Envoyer la commande »'));

    // The coordinator gives Alice one more bottle to complete the case of 6, then sends.
    const orders = driver.gas.spreadsheet().getSheetByName('Commandes')!;
    const rows = driver.rows('Commandes');
    const aliceRow = rows.findIndex((r) => r['E-mail'] === 'alice@example.org' && r['Statut'] !== 'remplacé') + 2;
    const allocatedColumn = driver.sheet('Commandes').values[0].indexOf('Attribué') + 1;
    orders.getRange(aliceRow, allocatedColumn).setValue(3);
    driver.run('closeCycleNow', { finalize: true });
    driver.gas.advanceBy(SENDING_DELAY);
    expect(allocated(driver, 'HUI-NOI')).toEqual({ alice: 3, bruno: 3 });
    const summary = driver.gas.mail.sent.filter((m) => m.to === 'alice@example.org').at(-1)!;
    expect(summary.body).toMatch(/3 bouteille/);
    expect(driver.gas.mail.sent.some((m) => m.to === 'noyers@example.org')).toBe(true);
    expect(recapStatus()).toBe('commande envoyée');
  });
});

describe('automatic sending off', () => {
  test('reminders and closing e-mails wait in Envois for « Envoyer les e-mails en attente »; the coordination is told at once', () => {
    const snapshot = twoSitesSmallGroup();
    snapshot.sheets.find((s) => s.name === 'Paramètres')!.values.find((r) => r[0] === 'Envoi automatique')![1] = 'non';
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: snapshot });
    driver.install(false);
    driver.open({ deadline: DEADLINE, pickup: PICKUP });
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    // The confirmation leaves at once, whatever the setting.
    expect(driver.gas.mail.sent.map((m) => m.to)).toEqual(['alice@example.org']);
    driver.gas.advanceTo(DEADLINE_MS + 2 * HOUR);
    const waiting = driver.rows('Envois').filter((r) => r['Statut'] === 'en attente');
    // Envois shows each kind in the group's language (rappel, commande producteur…): read it back to its kind.
    expect(new Set(waiting.map((r) => parseStatus('emailKind', String(r['Type']))))).toEqual(new Set(['reminder', 'producer-order', 'member-summary', 'digest']));
    // Only the coordination's alert left by itself, saying what to review and which menu item sends.
    expect(driver.gas.mail.sent.slice(1).map((m) => m.to)).toEqual(['coordination@example.org']);
    expect(driver.gas.mail.sent[1].body).toContain('Envoyer les e-mails en attente');
    expect(driver.gas.mail.sent[1].body).toContain('Récap');
    expect(driver.run<{ sent: number }>('sendPendingEmails').sent).toBe(waiting.length);
    expect(driver.gas.mail.sent.map((m) => m.to)).toEqual(expect.arrayContaining(['ruisseau@example.org', 'bruno@example.org']));
    expect(driver.rows('Envois').filter((r) => r['Statut'] === 'en attente')).toEqual([]);
  });
});

describe('opening the next cycle', () => {
  test('archives the previous one once its order is sent, and refuses while it waits', () => {
    const driver = group();
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.advanceTo(SENT_BY);
    expect(driver.open({ deadline: '17/12/2026 20:00', pickup: '19/12/2026' })).toMatchObject({ ok: true, cycleId: '2026-12-19' });
    expect(driver.rows('Cycles').map((r) => [r['Cycle'], r['Statut']])).toEqual([['2026-12-12', 'archivé'], ['2026-12-19', 'ouvert']]);
    expect(driver.rows('Commandes').some((r) => r['Cycle'] === '2026-12-12')).toBe(true);
  });
});

// Found by probing: « Envoyer la commande » clicked a day before the deadline closed the cycle at
// once: the form stopped taking answers, and a member's order that evening was refused.
describe('« Envoyer la commande » before the deadline', () => {
  test('is refused with what to choose instead, and changes nothing: the form still takes answers', () => {
    const driver = group();
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    const report = driver.run<{ ok: boolean; message: string }>('closeCycleNow', { finalize: true, silent: true });
    expect(report.ok).toBe(false);
    expect(report.message).toMatch(/est encore ouvert, jusqu’au .*Rien n’a été fait\. Pour clôturer dès maintenant, choisissez «\sClôturer maintenant\s»/);
    expect(driver.rows('Cycles')[0]['Statut']).toBe('ouvert');
    expect(driver.gas.mail.sent.filter((m) => /définitive|Notre commande/.test(m.subject))).toEqual([]);
    driver.submit('bruno@example.org', { 'LEG-PAN': 1 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
    expect(driver.rows('Commandes').map((r) => r['E-mail'])).toContain('bruno@example.org');
  });
});

// Found by probing: the open cycle's row copied below by hand in Cycles kept « ouvert » for ever,
// next to the real row's « envoyé » then « archivé ».
describe('a row of Cycles copied by hand', () => {
  test('follows the cycle: both rows read « envoyé », then « archivé »', () => {
    const driver = group();
    const cycles = driver.gas.spreadsheet().getSheetByName('Cycles')!;
    cycles.getRange(3, 1, 1, cycles.getLastColumn()).setValues(cycles.getRange(2, 1, 1, cycles.getLastColumn()).getValues());
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.advanceTo(DEADLINE_MS + SENDING_DELAY);
    expect(driver.rows('Cycles').map((r) => r['Statut'])).toEqual(['envoyé', 'envoyé']);
    driver.run('archiveCycleNow');
    expect(driver.rows('Cycles').map((r) => r['Statut'])).toEqual(['archivé', 'archivé']);
  });
});
