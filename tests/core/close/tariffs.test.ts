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
    expect(priced.ledger.filter((e) => e.producer)).toEqual(plain.ledger.filter((e) => e.producer));
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
  });
});
