import { balances, balancesTab, ledgerLinks, rowBalance } from '../../../src/core/payments/balances';
import { balanceReminders, collectable, producersTaken } from '../../../src/core/payments/compose-balance-reminder';
import type { LedgerEntry } from '../../../src/core/payments/ledger';
import { catalog } from '../close/fixtures/two-sites-juice-case-completed';

const blank = { member: '', site: '', producer: '', detail: '', pickedUp: false, paid: false, means: '', receivedCents: null, creditCents: 0, note: '' };
const entry = (cycle: string, email: string, dueCents: number, more: Partial<LedgerEntry> = {}): LedgerEntry => ({ ...blank, cycle, email, dueCents, ...more });

describe('what a ledger row still owes', () => {
  test.each([
    { name: 'nothing received', due: 4500, paid: false, received: null, credit: 0, owed: 4500 },
    { name: 'a first instalment', due: 4500, paid: false, received: 2000, credit: 0, owed: 2500 },
    { name: 'both instalments', due: 4500, paid: false, received: 4500, credit: 0, owed: 0 },
    { name: 'a missing product refunded as a credit', due: 4500, paid: false, received: null, credit: 420, owed: 4080 },
    { name: 'paid ticked, whatever was typed', due: 4500, paid: true, received: 2000, credit: 0, owed: 0 },
    { name: 'too much received: the group owes the household', due: 1000, paid: false, received: 1500, credit: 0, owed: -500 },
  ])('$name', ({ due, paid, received, credit, owed }) => {
    expect(rowBalance({ dueCents: due, paid, receivedCents: received, creditCents: credit })).toBe(owed);
  });
});

describe('balances across cycles', () => {
  const ledger = [
    entry('2026-11-26', 'bruno@example.org', 1500, { member: 'Bruno' }),
    entry('2026-11-26', 'anne@example.org', 3000, { member: 'Anne', paid: true }),
    entry('2026-12-10', 'bruno@example.org', 700, { member: 'Bruno', receivedCents: 200 }),
    entry('2026-12-10', '', 5000, { producer: 'Ferme des Tilleuls' }),
    entry('2026-11-26', '', 4000, { producer: 'Rucher du Causse', paid: true }),
  ];

  test('sums each household over its cycles, those who owe first; lists unpaid producer cycles', () => {
    const b = balances(ledger);
    expect(b.households.map((h) => [h.email, h.outstandingCents, h.cycles.map((c) => c.cycle)])).toEqual([
      ['bruno@example.org', 2000, ['2026-11-26', '2026-12-10']], ['anne@example.org', 0, []],
    ]);
    expect(b.unpaidProducers).toEqual([{ producer: 'Ferme des Tilleuls', cycle: '2026-12-10', dueCents: 5000, detail: '' }]);
  });

  test.each([
    { name: 'no household is owed anything: no line for credits', received: null, credits: undefined },
    { name: 'a household paid 3 € too much: Soldes has its own line for it, not netted with what others owe', received: 1000, credits: 3 },
  ])('Soldes: $name', ({ received, credits }) => {
    const withCredit = [...ledger, entry('2026-12-10', 'chloe@example.org', 700, { member: 'Chloé', receivedCents: received })];
    const rows = balancesTab(balances(withCredit), 'fr').rows.map((r) => [String(r[0]).replace(/[\u00a0\u202f]/g, ' '), r[4]]);
    expect(rows.find((r) => r[0] === 'Total restant dû au groupement et aux producteurs')?.[1]).toBe(received === null ? 27 : 20);
    expect(rows.find((r) => r[0] === 'Total dû par le groupement aux foyers (avoirs, trop-perçus)')?.[1]).toBe(credits);
  });

  test.each([
    { name: 'nothing typed: the whole due', more: {}, left: [5000] },
    { name: 'a part received: the rest', more: { receivedCents: 3000 }, left: [2000] },
    { name: 'a credit (a product missing): the due less it', more: { creditCents: 420 }, left: [4580] },
    { name: 'Payé ticked: nothing', more: { paid: true }, left: [] },
  ])('what is left to pay a producer: $name', ({ more, left }) => {
    const rows = [entry('2026-12-10', '', 5000, { producer: 'Ferme des Tilleuls', ...more })];
    expect(balances(rows).unpaidProducers.map((p) => p.dueCents)).toEqual(left);
  });

  test('counts a row copied by hand once (the merge writes to the first, and the check names the copy)', () => {
    const copied = [...ledger, entry('2026-11-26', 'bruno@example.org', 1500, { member: 'Bruno' })];
    expect(balances(copied).households[0]).toMatchObject({ email: 'bruno@example.org', outstandingCents: 2000 });
  });

  test('leaves a cycle out for the summary of that cycle', () => {
    expect(balances(ledger, '2026-12-10').households[0]).toMatchObject({ email: 'bruno@example.org', outstandingCents: 1500 });
  });

  test.each([
    { name: 'no reminder yet', keys: [], days: 0, to: ['bruno@example.org'] },
    { name: 'one six days ago', keys: ['balance-reminder:bruno@example.org:DAY'], days: 6, to: [] },
    { name: 'one seven days ago', keys: ['balance-reminder:bruno@example.org:DAY'], days: 7, to: ['bruno@example.org'] },
  ])('reminders: $name', ({ keys, days, to }) => {
    const settings = catalog('fr', 'automatic', 'cancel').settings;
    const now = Date.parse('2026-12-20T10:00:00+01:00');
    const first = balanceReminders({ balances: balances(ledger), producers: [], taken: new Map(), settings, keys: [], now: now - days * 86400000 });
    const sent = first.length > 0 ? first[0].key.split(':').pop()! : '';
    const emails = balanceReminders({ balances: balances(ledger), producers: [], taken: new Map(), settings, keys: keys.map((k) => k.replace('DAY', sent)), now });
    expect(emails.map((e) => e.to)).toEqual(to);
  });
});

describe('the cycles a reminder may ask for', () => {
  const cycle = (id: string, pickup: string | null, deadline: string) => ({ id, opens: null, deadline: Date.parse(deadline), pickup: pickup === null ? null : Date.parse(pickup), status: 'sent' as const, formUrl: '', note: '' });
  const cycles = [
    cycle('picked-up-yesterday', '2026-12-12T00:00:00+01:00', '2026-12-10T20:00:00+01:00'),
    cycle('pickup-today', '2026-12-13T00:00:00+01:00', '2026-12-10T20:00:00+01:00'),
    cycle('pickup-ahead', '2026-12-19T00:00:00+01:00', '2026-12-17T20:00:00+01:00'),
    cycle('no-pickup-deadline-passed', null, '2026-12-10T20:00:00+01:00'),
  ];
  test('only those whose pickup is over (or, without one, whose deadline has passed); a cycle Cycles no longer lists too', () => {
    const ids = [...cycles.map((c) => c.id), 'deleted-from-cycles'];
    expect([...collectable(ids, cycles, Date.parse('2026-12-13T09:00:00+01:00'), 'Europe/Paris')].sort()).toEqual(['deleted-from-cycles', 'no-pickup-deadline-passed', 'picked-up-yesterday']);
  });
});

describe('a reminder whose cycles do not all go the same way', () => {
  test('lists a credit on one cycle next to a debt on another, and the total is their sum', () => {
    const ledger = [
      entry('2026-11-26', 'bruno@example.org', 1000, { member: 'Bruno', receivedCents: 2000 }), // paid 10 € too much
      entry('2026-12-10', 'bruno@example.org', 3000, { member: 'Bruno' }),
    ];
    const settings = catalog('fr', 'automatic', 'cancel').settings;
    const [mail] = balanceReminders({ balances: balances(ledger), producers: [], taken: new Map(), settings, keys: [], now: Date.parse('2026-12-20T10:00:00+01:00') });
    const text = mail.text.replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('commande du cycle 2026-12-10 : 30,00 €');
    expect(text).toContain('déjà à votre crédit sur le cycle 2026-11-26 : − 10,00 €');
    expect(text).toContain('Total restant : 20,00 €.');
  });
});

describe('how a reminder says to pay', () => {
  const settings = catalog('fr', 'automatic', 'cancel').settings;
  const producer = (name: string, payment: string) => ({ name, email: '', phone: '', minimumCents: 0, payment, shareNames: false, note: '', active: true, row: 2 });
  const producers = [producer('Ferme des Tilleuls', 'chèque à l’ordre du GAEC des Tilleuls'), producer('Rucher du Causse', 'espèces au rucher'), producer('Boulangerie', '')];
  const line = (cycle: string, email: string, producerName: string, status: 'allocated' | 'cancelled', allocated: number) => ({
    cycle, submittedAt: 0, email, member: '', site: '', producer: producerName, ref: 'X', product: 'X', quantity: 1, tolerance: 0, allocated, priceCents: 100, amountCents: 100 * allocated, responseId: 'r', status, comment: '', queue: 1,
  });
  const ledger = [entry('2026-11-26', 'bruno@example.org', 1500, { member: 'Bruno' }), entry('2026-12-10', 'bruno@example.org', 700, { member: 'Bruno', paid: true })];
  const ways = (lines: ReturnType<typeof line>[]) => {
    const [mail] = balanceReminders({ balances: balances(ledger), producers, taken: producersTaken(lines), settings, keys: [], now: Date.parse('2026-12-20T10:00:00+01:00') });
    const text = mail.text.replace(/[\u00a0\u202f]/g, ' ');
    return producers.filter((p) => text.includes(`${p.name} : `)).map((p) => p.name);
  };
  test.each([
    { name: 'only the directly paid producers the household received something from in the cycle it owes', lines: [line('2026-11-26', 'Bruno@Example.org', 'Ferme des Tilleuls', 'allocated', 2), line('2026-11-26', 'bruno@example.org', 'Boulangerie', 'allocated', 1)], named: ['Ferme des Tilleuls'] },
    { name: 'not a producer of a cycle already paid', lines: [line('2026-11-26', 'bruno@example.org', 'Boulangerie', 'allocated', 1), line('2026-12-10', 'bruno@example.org', 'Rucher du Causse', 'allocated', 1)], named: [] },
    { name: 'not a line cancelled at the close (nothing delivered)', lines: [line('2026-11-26', 'bruno@example.org', 'Rucher du Causse', 'cancelled', 0), line('2026-11-26', 'bruno@example.org', 'Ferme des Tilleuls', 'allocated', 1)], named: ['Ferme des Tilleuls'] },
    { name: 'not another household’s producer', lines: [line('2026-11-26', 'anne@example.org', 'Rucher du Causse', 'allocated', 1), line('2026-11-26', 'bruno@example.org', 'Ferme des Tilleuls', 'allocated', 1)], named: ['Ferme des Tilleuls'] },
    { name: 'every directly paid producer when Commandes no longer holds the cycle’s lines', lines: [], named: ['Ferme des Tilleuls', 'Rucher du Causse'] },
  ])('$name', ({ lines, named }) => {
    expect(ways(lines)).toEqual(named);
  });
});

// Found by probing: a household whose address changed in Adhérents became two households in Soldes,
// and its old debt was asked of the address it no longer reads.
describe('a household whose address changed between two cycles', () => {
  const member = (email: string, name: string) => ({ email, name, phone: '', site: 'Septfonds', active: true, notes: '', row: 2 });
  const members = [member('bruno.vidal@example.org', 'Bruno Vidal'), member('anne@example.org', 'Anne')];
  const ledger = [
    entry('2026-11-26', 'bruno@example.org', 1500, { member: 'Bruno Vidal', site: 'Monclar' }),
    entry('2026-12-10', 'bruno.vidal@example.org', 700, { member: 'Bruno Vidal', site: 'Septfonds' }),
    entry('2026-11-26', 'anne@example.org', 3000, { member: 'Anne' }),
  ];

  test('is one household, under its address now, owing both cycles', () => {
    const b = balances(ledger, undefined, ledgerLinks(ledger, members));
    expect(b.households.map((h) => [h.email, h.outstandingCents, h.cycles.map((c) => c.cycle)])).toEqual([
      ['anne@example.org', 3000, ['2026-11-26']],
      ['bruno.vidal@example.org', 2200, ['2026-11-26', '2026-12-10']],
    ]);
    expect(b.households[1]).toMatchObject({ member: 'Bruno Vidal', site: 'Septfonds', formerKeys: ['bruno@example.org'] });
  });

  test('Soldes says which rows count for it, so that a wrong link is seen', () => {
    const rows = balancesTab(balances(ledger, undefined, ledgerLinks(ledger, members)), 'fr').rows.map((r) => String(r[0] ?? '').replace(/[\u00a0\u202f]/g, ' '));
    expect(rows).toContain('Bruno Vidal : les lignes de Paiements sous bruno@example.org comptent pour bruno.vidal@example.org (adresse changée dans Adhérents, même nom). Si ce n’est pas le même foyer, donnez-leur des noms différents dans Adhérents.');
    expect(balancesTab(balances(ledger), 'fr').rows.some((r) => String(r[0]).includes('adresse changée'))).toBe(false);
  });

  test('its reminder goes to its address now, with both cycles', () => {
    const settings = catalog('fr', 'automatic', 'cancel').settings;
    const links = ledgerLinks(ledger, members);
    const mails = balanceReminders({ balances: balances(ledger, undefined, links), producers: [], taken: new Map(), settings, keys: [], now: Date.parse('2026-12-20T10:00:00+01:00') });
    expect(mails.map((m) => m.to).sort()).toEqual(['anne@example.org', 'bruno.vidal@example.org']);
    const text = mails.find((m) => m.to === 'bruno.vidal@example.org')!.text.replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('commande du cycle 2026-11-26 : 15,00 €');
    expect(text).toContain('Total restant : 22,00 €.');
  });
});
