import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderMessageHtml, renderSheetHtml, standalonePage, writeIndexHtml } from '../../../src/cli/export/write-index-html';
import type { SentMessage } from '../../../src/local-apps-script/mail/sent-message';
import type { SpreadsheetSnapshot } from '../../../src/local-apps-script/spreadsheet/snapshot';
import { products, sheetOf, smallGroupWorkbook } from './fixtures/small-group-workbook';

const hostileMail: SentMessage = {
  at: Date.UTC(2026, 11, 8, 17, 30),
  from: 'coordination@gac-monclar.fr', to: 'elise@example.org', cc: '', bcc: '', replyTo: '',
  name: 'GAC Monclar', subject: 'Confirmation <img src=x onerror=alert(1)>',
  body: 'Bonjour Élise,\n<script>alert("texte")</script>',
  htmlBody: '<p onclick="x()">Bonjour</p><script>alert("html")</script><img src="https://tracker.example/p.gif">',
  attachments: [{ name: 'bon "commande".csv', mimeType: 'text/csv', bytes: Buffer.from('Réf;Qté\n', 'utf8') }],
  via: 'MailApp',
};

const outbox = sheetOf('Envois', [
  ['Clé', 'Type', 'Destinataire', 'Objet', 'Statut'],
  ['k1', 'confirmation', 'elise@example.org', hostileMail.subject, 'sent'],
]);

function written(snapshot: SpreadsheetSnapshot, messages: SentMessage[], emlFiles: string[], summary?: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-index-'));
  const path = join(dir, 'index.html');
  writeIndexHtml({ title: 'Démo <Cabas>', snapshot, messages, emlFiles, summary }, path);
  const html = readFileSync(path, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return html;
}

describe('the index of a French workbook', () => {
  const workbook = { ...smallGroupWorkbook, sheets: [...smallGroupWorkbook.sheets, outbox] };
  const html = written(workbook, [hostileMail], ['mail/001-confirmation-elise.eml'], ['3 commandes', '<b>1</b> rejet']);

  test('is self-contained: no link, script or style from the network', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<link /);
  });

  test('has the summary first, one tab button per sheet, hidden ones marked, then the e-mails', () => {
    const buttons = [...html.matchAll(/<button type="button" data-panel="[^"]+">([^<]*)<\/button>/g)].map((m) => m[1]);
    expect(buttons).toEqual(['Résumé', 'Produits', 'Distribution Monclar (masqué)', 'Envois', 'E-mails (1)']);
  });

  test('shows the summary once, in a panel of its own, not above every tab', () => {
    expect(html.match(/<h2>Résumé<\/h2>/g)).toHaveLength(1);
    expect(html).toMatch(/<section class="panel summary" id="summary"><h2>Résumé<\/h2>/);
  });

  test('escapes every text: title, summary, subjects, cells', () => {
    expect(html).toContain('<title>Démo &lt;Cabas&gt;</title>');
    expect(html).toContain('<li>&lt;b&gt;1&lt;/b&gt; rejet</li>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('Tomates anciennes &lt;bio&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1); // ours only
  });

  test('shows the e-mail HTML only inside a sandboxed srcdoc frame where nothing runs', () => {
    // allow-same-origin alone lets the page size the frame; without allow-scripts nothing in it runs.
    const frame = /<iframe sandbox="allow-same-origin" [^>]*srcdoc="([^"]*)"><\/iframe>/.exec(html);
    expect(frame).not.toBeNull();
    expect(frame![1]).toContain('&lt;script&gt;alert(&quot;html&quot;)&lt;/script&gt;');
  });

  test('lists the e-mail with its kind from the outbox tab, and links its .eml and attachment', () => {
    expect(html).toMatch(/<tr class="mail" data-panel="mail-0"><td>1<\/td><td>confirmation<\/td><td>elise@example.org<\/td>/);
    expect(html).toContain('<a href="mail/001-confirmation-elise.eml">Ouvrir le fichier .eml</a>');
    expect(html).toContain(`download="bon &quot;commande&quot;.csv" href="data:text/csv;base64,${Buffer.from('Réf;Qté\n').toString('base64')}"`);
  });

  test('uses French labels', () => {
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Pièces jointes');
    expect(html).toContain('<h2>Résumé</h2>');
  });

  test('carries a script that parses', () => {
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1];
    expect(() => new Function(script)).not.toThrow();
  });
});

test('the index of an English workbook uses English labels and makes absolute .eml paths relative', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-index-en-'));
  try {
    const path = join(dir, 'index.html');
    writeIndexHtml({ title: 'Demo', snapshot: { ...smallGroupWorkbook, locale: 'en_GB' }, messages: [hostileMail], emlFiles: [join(dir, 'mail', '001-x.eml')] }, path);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Open the .eml file');
    expect(html).toContain('href="mail/001-x.eml"');
    expect(html).toContain('Distribution Monclar (hidden)');
    expect(html).not.toContain('<h2>Summary</h2>');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('renderSheetHtml', () => {
  const fr = renderSheetHtml(products, 'Europe/Paris', 'fr_FR');

  test.each([
    { what: 'money as French euros', fragment: '>4,20\u00a0€</td>' },
    { what: 'dates in the sheet zone', fragment: '>10/12/2026 20:00</td>' },
    { what: 'summer dates in the sheet zone', fragment: '>28/06/2026 09:30</td>' },
    { what: 'ticked checkboxes', fragment: '<td class="bool">☑</td>' },
    { what: 'empty checkboxes', fragment: '<td class="bool">☐</td>' },
    { what: 'bold header cells, sticky as frozen', fragment: '<tr class="frozen"><td class="row-number" style="top:21px">1</td><td class="b" style="top:21px">Réf</td>' },
    { what: 'notes as a tooltip', fragment: 'class="b note" title="Prix TTC en euros"' },
    { what: 'column widths', fragment: '<col style="width:250px">' },
  ])('shows $what', ({ fragment }) => {
    expect(fr).toContain(fragment);
  });

  test('leaves hidden columns out', () => {
    expect(fr).not.toContain('Unité');
    expect(fr).not.toContain('<th>F</th>');
  });

  test('shows money the English way in English', () => {
    expect(renderSheetHtml(products, 'Europe/Paris', 'en')).toContain('>€1,234.56</td>');
  });

  test('says when a tab is empty', () => {
    expect(renderSheetHtml(sheetOf('Journal', []), 'Europe/Paris', 'fr')).toBe('<p class="empty">Onglet vide.</p>');
  });
});

test('renderMessageHtml gives a fragment a page can hold on its own', () => {
  const page = standalonePage('Mail', renderMessageHtml(hostileMail, { locale: 'en', timeZone: 'Europe/Paris' }), 'en');
  expect(page).toMatch(/^<!DOCTYPE html><html lang="en">/);
  expect(page).toContain('<dt>Sent</dt><dd>08/12/2026 18:30</dd>');
  expect(page).toContain('<dt>From</dt><dd>GAC Monclar &lt;coordination@gac-monclar.fr&gt;</dd>');
  expect(page).toContain('<pre>Bonjour Élise,\n&lt;script&gt;');
  expect(page).not.toContain('.eml');
});

test('messages kept out of memory are listed with a link to their .eml file, after those shown in full', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-index-'));
  const path = join(dir, 'index.html');
  writeIndexHtml({
    title: 'Cabas', snapshot: smallGroupWorkbook, messages: [hostileMail], more: [{ to: 'paul@example.org', subject: 'Récapitulatif <final>' }],
    emlFiles: ['mail/000001-a.eml', 'mail/000002-recapitulatif-paul.eml'],
  }, path);
  const html = readFileSync(path, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  expect(html).toContain('(2)</button>');
  expect(html).toContain('<td>paul@example.org</td><td><a href="mail/000002-recapitulatif-paul.eml">Récapitulatif &lt;final&gt;</a></td>');
  expect(html).toContain('id="mail-0"');
  expect(html).not.toContain('id="mail-1"');
});
