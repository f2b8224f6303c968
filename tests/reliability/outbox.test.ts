// The outbox (`Envois`) on the built bundle: a bad row fails alone, an e-mail leaves at most once
// whatever Sheets does around the send, and each row's content is found by its key, so a hand
// sort, a moved column or a coordinator's own column can neither mix nor cut e-mails.
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { LocalRange } from '../../src/local-apps-script/spreadsheet/range';
import { HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, failedExecutions, openGroup, tabRows } from './support/reliability-group';

const at = (h: number) => OPEN_AT + h * HOUR;
const QUOTA_ERROR = 'Service invoked too many times for one day: email.';
const SHEETS_ERROR = 'Service Spreadsheets timed out while accessing document with id 1abc.';

function outbox(driver: CabasDriver) {
  return driver.gas.spreadsheet().getSheetByName('Envois')!;
}

function column(driver: CabasDriver, header: string): number {
  return driver.sheet('Envois').values[0].indexOf(header) + 1;
}

/** Each (recipient, subject) left at most once. */
function sentTwice(driver: CabasDriver): string[] {
  const keys = driver.gas.mail.sent.map((m) => `${m.to}|${m.subject}`);
  return keys.filter((k, i) => keys.indexOf(k) !== i);
}

/** While `blocked()`, MailApp answers the daily quota error (the row waits, its content in Envois). */
function blockMail(driver: CabasDriver, blocked: () => boolean): void {
  const mail = driver.gas.mail as unknown as { send: (...args: unknown[]) => unknown };
  const send = mail.send.bind(mail);
  mail.send = (...args: unknown[]) => {
    if (blocked()) throw new Error(QUOTA_ERROR);
    return send(...args);
  };
}

/**
 * Range.setValues throws a transient Sheets error `times` times, starting with the first call
 * after `armed()` turns true; returns a restore function.
 */
function failSheetWrites(armed: () => boolean, times: number): () => void {
  const original = LocalRange.prototype.setValues;
  let left = times;
  LocalRange.prototype.setValues = function patched(this: LocalRange, values: unknown[][]) {
    if (left > 0 && armed()) {
      left -= 1;
      throw new Error(SHEETS_ERROR);
    }
    return original.call(this, values);
  };
  return () => { LocalRange.prototype.setValues = original; };
}

/** Three members order; the close queues their summaries, the producers' orders and the digest. */
function closedWithPendingMails(): CabasDriver {
  const driver = openGroup();
  driver.submit('alice@example.org', { 'HUI-NOI': 2, 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
  driver.submit('bruno@example.org', { 'HUI-NOI': 3, 'LEG-PAN': 3 }, { site: MONCLAR, at: at(2) });
  driver.submit('chloe@example.org', { 'HUI-NOI': 2, 'LEG-PAN': 2 }, { site: SEPTFONDS, at: at(3) });
  driver.gas.advanceTo(driver.nextFiring('onDeadlineTrigger')! + 1000);
  expect(tabRows(driver, 'Envois').filter((r) => r['Statut'] === 'en attente').length).toBeGreaterThan(3);
  return driver;
}

describe('a bad row fails alone', () => {
  test.each([
    { damage: 'truncated', edit: (text: string) => text.slice(0, Math.floor(text.length / 2)) },
    { damage: 'emptied', edit: () => '' },
    { damage: 'replaced by a note', edit: () => 'voir avec Bruno' },
    { damage: 'JSON of the wrong shape', edit: () => '{"text": 12}' },
  ])('one Contenu cell $damage: that e-mail is "échec" with a Journal line, every other one leaves', ({ edit }) => {
    const driver = closedWithPendingMails();
    const rows = tabRows(driver, 'Envois');
    const index = rows.findIndex((r) => r['Statut'] === 'en attente' && r['Destinataire'] === 'bruno@example.org');
    const cell = outbox(driver).getRange(index + 2, column(driver, 'Contenu'));
    cell.setValue(edit(String(cell.getValue())));
    const badKey = String(rows[index]['Clé']);
    closeAndDeliver(driver);
    const after = tabRows(driver, 'Envois');
    expect(after.filter((r) => r['Statut'] !== 'envoyé').map((r) => [r['Clé'], r['Statut']])).toEqual([[badKey, 'échec']]);
    // The Journal names the e-mail by its subject, never by its internal key.
    const journal = tabRows(driver, 'Journal').filter((r) => String(r['Détail']).includes(String(rows[index]['Objet'])) && !String(r['Détail']).includes(badKey));
    expect(journal.map((r) => r['Qui'])).toEqual(['bruno@example.org']);
    expect(String(journal[0]['Événement'])).toMatch(/Contenu illisible/);
    for (const r of after.filter((x) => x['Clé'] !== badKey)) {
      expect(driver.gas.mail.sent.filter((m) => m.to === r['Destinataire'] && m.subject === r['Objet'])).toHaveLength(1);
    }
    expect(driver.gas.mail.sent.filter((m) => m.subject === rows[index]['Objet'] && m.to === 'bruno@example.org')).toHaveLength(0);
    // The hourly run does not fail on it every hour, and leaves no trigger behind.
    expect(failedExecutions(driver)).toEqual([]);
  });
});

describe('each e-mail is sent at most once', () => {
  let restore = () => {};
  afterEach(() => restore());

  test.each([1, 2])('a closing e-mail: Sheets fails %i time(s) right after the send; it left once and says "envoyé"', (times) => {
    const driver = closedWithPendingMails();
    const before = driver.gas.mail.sent.length;
    restore = failSheetWrites(() => driver.gas.mail.sent.length > before, times);
    closeAndDeliver(driver);
    expect(sentTwice(driver)).toEqual([]);
    expect(tabRows(driver, 'Envois').filter((r) => r['Statut'] !== 'envoyé')).toEqual([]);
  });

  test('a confirmation: Sheets fails right after the send; it left once and says "envoyé"', () => {
    const driver = openGroup();
    const before = driver.gas.mail.sent.length;
    restore = failSheetWrites(() => driver.gas.mail.sent.length > before, 1);
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
    restore();
    driver.gas.advanceTo(at(30));
    expect(driver.gas.mail.sent.filter((m) => m.to === 'alice@example.org')).toHaveLength(1);
    expect(tabRows(driver, 'Envois').filter((r) => r['Destinataire'] === 'alice@example.org').map((r) => r['Statut'])).toEqual(['envoyé']);
  });

  test('Sheets keeps failing after the send: the row stays "en cours", then goes to the coordinator, never resent', () => {
    const driver = closedWithPendingMails();
    const before = driver.gas.mail.sent.length;
    restore = failSheetWrites(() => driver.gas.mail.sent.length > before, 10);
    driver.gas.advanceTo(driver.nextFiring('onSendSoonTrigger')! + 1000);
    restore();
    expect(driver.gas.mail.sent.length).toBe(before + 1);
    const first = driver.gas.mail.sent[before];
    closeAndDeliver(driver);
    expect(sentTwice(driver)).toEqual([]);
    const row = tabRows(driver, 'Envois').find((r) => r['Destinataire'] === first.to && r['Objet'] === first.subject)!;
    expect(row['Statut']).toBe('échec');
    expect(String(row['Erreur'])).toMatch(/vérifiez .* puis .* renvoyer/);
    expect(tabRows(driver, 'Journal').some((j) => j['Qui'] === first.to && String(j['Détail']).includes(String(row['Objet'])))).toBe(true);
    expect(tabRows(driver, 'Envois').filter((r) => r['Statut'] !== 'envoyé').map((r) => r['Clé'])).toEqual([row['Clé']]);
  });
});

describe('content by key, not by position', () => {
  // Alice's comment makes her confirmation long enough to continue past the Contenu cell.
  const LONG = 'Je passerai en fin de journée, merci de garder le panier au frais. '.repeat(400);

  /** Three confirmations wait in Envois (the quota is out when they are submitted); `edit`, then the coordinator sends. */
  function sendAfter(edit: (driver: CabasDriver) => void): Map<string, { subject: string; body: string; html: string }[]> {
    const driver = openGroup();
    let blocked = true;
    blockMail(driver, () => blocked);
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, comment: LONG, at: at(1) });
    driver.submit('bruno@example.org', { 'LEG-PAN': 1 }, { site: MONCLAR, at: at(2) });
    driver.submit('chloe@example.org', { 'LEG-TOM': 1, 'LEG-PAN': 2 }, { site: SEPTFONDS, at: at(3) });
    expect(tabRows(driver, 'Envois').map((r) => r['Statut'])).toEqual(['en attente', 'en attente', 'en attente']);
    edit(driver);
    blocked = false;
    driver.run('sendPendingEmails');
    expect(failedExecutions(driver)).toEqual([]);
    const mails = new Map<string, { subject: string; body: string; html: string }[]>();
    for (const m of driver.gas.mail.sent) mails.set(m.to, [...(mails.get(m.to) ?? []), { subject: m.subject, body: m.body, html: m.htmlBody }]);
    return mails;
  }

  const expected = sendAfter(() => {});

  test('the undisturbed outbox sends each member their own confirmation, Alice’s whole', () => {
    expect([...expected.keys()].sort()).toEqual(['alice@example.org', 'bruno@example.org', 'chloe@example.org']);
    expect(expected.get('alice@example.org')![0].body).toContain(LONG.trim());
  });

  test.each([
    {
      edit: 'the visible columns sorted by recipient, descending',
      apply: (d: CabasDriver) => { outbox(d).getRange(2, 1, 3, column(d, 'Envoyé le')).sort({ column: column(d, 'Destinataire'), ascending: false }); },
    },
    {
      edit: 'the visible columns sorted by key, descending',
      apply: (d: CabasDriver) => { outbox(d).getRange(2, 1, 3, column(d, 'Envoyé le')).sort({ column: column(d, 'Clé'), ascending: false }); },
    },
    {
      edit: 'a filter on the tab',
      apply: (d: CabasDriver) => { outbox(d).getDataRange().createFilter(); },
    },
    {
      edit: 'the Destinataire column moved to the front',
      apply: (d: CabasDriver) => {
        const sheet = outbox(d);
        const from = column(d, 'Destinataire');
        const values = sheet.getRange(1, from, 4, 1).getValues();
        sheet.insertColumnBefore(1);
        sheet.getRange(1, 1, 4, 1).setValues(values);
        sheet.deleteColumn(from + 1);
      },
    },
    {
      edit: 'a coordinator’s own column inserted after Objet, with notes',
      apply: (d: CabasDriver) => {
        const sheet = outbox(d);
        sheet.insertColumnAfter(column(d, 'Objet'));
        sheet.getRange(1, column(d, 'Objet') + 1, 4, 1).setValues([['Notes'], ['rappeler'], [''], ['ok']]);
      },
    },
    {
      edit: 'a coordinator’s own column headed right of the table',
      apply: (d: CabasDriver) => {
        const sheet = outbox(d);
        sheet.getRange(1, column(d, 'Contenu') + 1).setValue('Notes');
        sheet.getRange(3, column(d, 'Contenu') + 3).setValue('vu');
      },
    },
  ])('$edit: every member gets their own e-mail, whole, once', ({ apply }) => {
    expect(sendAfter(apply)).toEqual(expected);
  });
});
