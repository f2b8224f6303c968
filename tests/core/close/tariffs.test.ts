// Solidarity prices at the close: households pay their tariff's price, producers the catalogue's,
// and nobody but the household reads which tariff it has.
import { closeCycle } from '../../../src/core/close/close-cycle';
import type { Email, Locale } from '../../../src/core/model';
import { closeInput } from './fixtures/two-sites-juice-case-completed';

const TARIFFS = [{ name: 'solidaire', percent: -30 }, { name: 'normal', percent: 0 }, { name: 'soutien', percent: 20 }];
const TARIFF_OF: Record<string, string> = { 'anne@example.org': 'solidaire', 'bruno@example.org': 'soutien' };

function withTariffs(locale: Locale = 'fr', floorCents = 0) {
  const input = closeInput(locale);
  input.catalog.settings = { ...input.catalog.settings, tariffs: TARIFFS, solidarityFloorCents: floorCents };
  input.members = input.members.map((m) => ({ ...m, tariff: TARIFF_OF[m.email] ?? '' }));
  return input;
}

const texts = (e: Email) => [e.subject, e.text, e.html, ...(e.attachments ?? []).map((a) => a.content)];
const tariffWords = /solidaire|soutien|tarif/i;
const plainText = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('solidarity prices at the close', () => {
  const plain = closeCycle(closeInput());
  const priced = closeCycle(withTariffs());
  const emails = [...priced.emails];

  test('producers are paid the catalogue price: their tabs, e-mails and CSV are the same as without tariffs', () => {
    const producerTabs = (r: typeof plain) => r.tabs.filter((t) => !t.name.includes('Distribution') && !t.name.includes('Récap'));
    expect(producerTabs(priced)).toEqual(producerTabs(plain));
    const orders = (list: Email[]) => list.filter((e) => e.kind === 'producer-order');
    expect(orders(emails)).toEqual(orders([...plain.emails]));
    expect(priced.producers).toEqual(plain.producers);
  });

  test.each(['producer-order', 'digest'] as const)('no %s e-mail names a tariff', (kind) => {
    for (const e of emails.filter((x) => x.kind === kind)) for (const text of texts(e)) expect(text).not.toMatch(tariffWords);
  });

  test.each([
    { email: 'anne@example.org', own: 'solidaire' },
    { email: 'bruno@example.org', own: 'soutien' },
    { email: 'chloe@example.org', own: null },
    { email: 'david@example.org', own: null },
  ])('the summary of $email names its own tariff only ($own)', ({ email, own }) => {
    const summary = emails.find((e) => e.key.endsWith(`:${email}`) && e.kind === 'member-summary')!;
    const others = TARIFFS.map((t) => t.name).filter((n) => n !== own && n !== 'normal');
    for (const text of texts(summary)) for (const name of others) expect(text).not.toContain(name);
    if (own) expect(summary.text).toContain(`Prix à votre tarif (${own}).`);
  });

  test('a solidaire household pays 30 % less, a soutien household 20 % more, in its summary and its Distribution row', () => {
    const total = (r: typeof plain, email: string) => [...r.emails].find((e) => e.key.endsWith(`:${email}`) && e.kind === 'member-summary')!.text.replace(/[\u00a0\u202f]/g, ' ').match(/Total à régler : ([^.]+)\./)![1];
    expect([total(plain, 'anne@example.org'), total(priced, 'anne@example.org')]).toEqual(['61,90 €', '43,33 €']);
    expect([total(plain, 'bruno@example.org'), total(priced, 'bruno@example.org')]).toEqual(['46,80 €', '56,16 €']);
    const monclar = priced.tabs.find((t) => t.name.includes('Distribution Monclar'))!;
    const anne = monclar.rows.find((r) => r[0] === 'Anne Delmas')!;
    expect(anne[monclar.rows[0].indexOf('Total')]).toBe(43.33);
    expect(JSON.stringify(monclar.rows)).not.toMatch(tariffWords);
  });

  test('the ledger records the household’s own price, once: its due and each directly paid producer’s share', () => {
    const anne = priced.ledger.find((e) => e.email === 'anne@example.org')!;
    expect(anne.dueCents).toBe(4333);
    expect(anne.detail.replace(/[\u00a0\u202f]/g, ' ')).toBe('Ferme des Tilleuls : 18,13 € ; Rucher du Causse : 25,20 €');
    expect(priced.ledger.find((e) => e.email === 'bruno@example.org')!.dueCents).toBe(5616);
  });

  // Every producer of this group is paid directly (cheques, cash): a solidaire household hands the
  // producer its own lower price, and the group pays the producer the rest; a soutien household
  // hands the producer the catalogue price, and its supplement goes to the group.
  test('a producer members pay directly still gets the catalogue price: the ledger says what the group adds', () => {
    const producerRows = (r: typeof plain) => r.ledger.filter((e) => e.producer).map((e) => [e.producer, e.dueCents, plainText(e.detail)]);
    expect(producerRows(priced)).toEqual([
      ['Ferme des Tilleuls', 10920, 'payé en direct par les adhérents : 101,43 € (chèques, espèces ou virements à lui remettre) ; à payer par le groupement : 7,77 € (la différence des tarifs solidaires)'],
      ['Rucher du Causse', 21250, 'payé en direct par les adhérents : 201,70 € (chèques, espèces ou virements à lui remettre) ; à payer par le groupement : 10,80 € (la différence des tarifs solidaires)'],
    ]);
    // Without tariffs, the members hand over the whole catalogue price, as before.
    expect(producerRows(plain).map((r) => r[2])).toEqual(['payé en direct par les adhérents (chèques, espèces ou virements à lui remettre)', 'payé en direct par les adhérents (chèques, espèces ou virements à lui remettre)']);
    expect(producerRows(priced).map((r) => r[1])).toEqual(producerRows(plain).map((r) => r[1]));
  });

  test('a soutien household hands the producers their catalogue price and the group its supplement', () => {
    const bruno = priced.ledger.find((e) => e.email === 'bruno@example.org')!;
    expect(plainText(bruno.detail)).toBe('Ferme des Tilleuls : 27,30 € ; Rucher du Causse : 19,50 € ; au groupement : 9,36 €');
    const summary = plainText([...priced.emails].find((e) => e.key === 'member-summary:2026-12-10:bruno@example.org')!.text);
    expect(summary).toContain('Ferme des Tilleuls : 27,30 € — Chèque à l’ordre de la Ferme des Tilleuls');
    expect(summary).toContain('Rucher du Causse : 19,50 € — Espèces ou virement');
    expect(summary).toContain('À régler à chaque producteur, et au groupement :');
    expect(summary).toContain('Au groupement : 9,36 €, la part de votre tarif au-delà du prix des producteurs');
    expect(summary).toContain('Total à régler : 56,16 €.');
    // Distribution: the producers' columns are what each producer is handed; the group's column, the supplement.
    const tab = priced.tabs.find((t) => t.name.includes('Distribution') && t.rows.some((r) => r[0] === 'Bruno Vidal'))!;
    const header = tab.rows[0];
    const brunoRow = tab.rows.find((r) => r[0] === 'Bruno Vidal')!;
    const at = (name: string) => brunoRow[header.indexOf(name)];
    expect([at('Ferme des Tilleuls'), at('Rucher du Causse'), at('Au groupement'), at('Total')]).toEqual([27.3, 19.5, 9.36, 56.16]);
    // A site where no household adds a supplement has no such column.
    const other = priced.tabs.find((t) => t.name.includes('Distribution') && t !== tab)!;
    expect(other.rows[0]).not.toContain('Au groupement');
  });

  test('Récap says what the group pays each directly paid producer, and the balance is what goes in less what goes out', () => {
    const recap = priced.tabs.find((t) => t.name.includes('Récap'))!;
    const row = (label: string) => recap.rows.find((r) => plainText(String(r[0])) === label)?.[1];
    expect(row('À verser par le groupement à Ferme des Tilleuls (payé en direct par les adhérents)')).toBe(7.77);
    expect(row('À verser par le groupement à Rucher du Causse (payé en direct par les adhérents)')).toBe(10.8);
    // Bruno's supplement (9,36 €) less what the group adds for Anne (7,77 + 10,80): the cycle's balance.
    expect(row('Solde du cycle')).toBe(-9.21);
    expect(plain.tabs.find((t) => t.name.includes('Récap'))!.rows.map((r) => String(r[0]))).not.toContain('À verser par le groupement');
    // The digest tells the coordination too, without naming a tariff (tested above).
    const digest = plainText(emails.find((e) => e.kind === 'digest')!.text);
    expect(digest).toContain('Ferme des Tilleuls, payé en direct : le groupement lui verse 7,77 €, en plus des 101,43 € que lui remettent les adhérents (voir Paiements).');
    expect(plainText([...plain.emails].find((e) => e.kind === 'digest')!.text)).not.toContain('le groupement lui verse');
  });

  test.each([
    { floor: 0, warns: true },
    { floor: -1000, warns: false },
  ])('Récap shows the solidarity balance, and warns below a threshold of $floor cents: $warns', ({ floor, warns }) => {
    const recap = closeCycle(withTariffs('fr', floor)).tabs.find((t) => t.name.includes('Récap'))!;
    const cells = recap.rows.map((r) => String(r[0]).replace(/[\u00a0\u202f]/g, ' '));
    expect(cells).toContain('Solde solidaire');
    expect(recap.rows.find((r) => r[0] === 'solidaire (1 foyer)')?.[1]).toBe(-18.57);
    expect(recap.rows.find((r) => r[0] === 'soutien (1 foyer)')?.[1]).toBe(9.36);
    expect(recap.rows.find((r) => r[0] === 'Solde du cycle')?.[1]).toBe(-9.21);
    expect(cells.some((c) => c.startsWith('Attention : le solde solidaire (-9,21 €)'))).toBe(warns);
  });

  test('without tariffs, Récap has no solidarity section', () => {
    expect(plain.tabs.find((t) => t.name.includes('Récap'))!.rows.map((r) => r[0])).not.toContain('Solde solidaire');
  });

  test('the English recap reads the same balance', () => {
    const recap = closeCycle(withTariffs('en')).tabs.find((t) => t.name.includes('Recap'))!;
    expect(recap.rows.find((r) => r[0] === 'Balance of the cycle')?.[1]).toBe(-9.21);
    expect(recap.rows.find((r) => r[0] === 'To be paid by the group to Ferme des Tilleuls (paid directly by the members)')?.[1]).toBe(7.77);
    const en = closeCycle(withTariffs('en'));
    expect(en.ledger.find((e) => e.producer === 'Rucher du Causse')!.detail).toBe('paid directly by the members: €201.70 (cheques, cash or transfers to hand over); to be paid by the group: €10.80 (what the lower tariffs leave out)');
    expect(en.tabs.find((t) => t.name.includes('Distribution') && t.rows.some((r) => r[0] === 'Bruno Vidal'))!.rows[0]).toContain('To the group');
  });
});

// Found by probing: a household whose address changed in Adhérents after it ordered lost its tariff
// and its summary went to the address it no longer reads.
describe('a household whose address changed after it ordered', () => {
  const moved = () => {
    const input = withTariffs();
    input.members = input.members.map((m) => (m.email === 'bruno@example.org' ? { ...m, email: 'bruno.vidal@example.org' } : m));
    input.earlierBalances = new Map([['bruno.vidal@example.org', { cents: 1500, cycles: ['2026-11-26'] }]]);
    return closeCycle(input);
  };

  test('keeps its tariff, and its summary, with what it owes from before, goes to its address now', () => {
    const result = moved();
    const before = [...closeCycle(withTariffs()).emails].find((e) => e.kind === 'member-summary' && e.to === 'bruno@example.org')!;
    const summary = [...result.emails].find((e) => e.kind === 'member-summary' && e.to === 'bruno.vidal@example.org')!;
    expect(summary.key).toBe(before.key); // its lines' key: a close run again never sends it twice
    expect(plainText(summary.text)).toContain(plainText(before.text).match(/Total à régler : [^.]+\./)![0]);
    expect(plainText(summary.text)).toContain('Il reste aussi 15,00 €');
    expect([...result.emails].filter((e) => e.to === 'bruno@example.org')).toEqual([]);
  });

  test('its ledger row stays under the key of its lines', () => {
    expect(moved().ledger.filter((e) => e.email.startsWith('bruno')).map((e) => e.email)).toEqual(['bruno@example.org']);
  });
});
