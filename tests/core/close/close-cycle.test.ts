import { frenchTypography } from '../../../src/core/i18n/typography';
import { closeCycle } from '../../../src/core/close/close-cycle';
import type { OrderLine } from '../../../src/core/model';
import { closeInput } from './fixtures/two-sites-juice-case-completed';

/** French as the catalogue sets it: money with its no-break space before €, then French typography. */
const fr = (text: string) => frenchTypography(text.replace(/ €/g, '\u00a0€'));

const find = (lines: OrderLine[], email: string, ref: string) => {
  const line = lines.find((l) => l.email === email && l.ref === ref);
  if (!line) throw new Error(`no line ${email} ${ref}`);
  return line;
};

describe('closeCycle — allocation of the lines', () => {
  const { lines } = closeCycle(closeInput());

  test.each`
    email                  | ref      | allocated | amountCents | status         | why
    ${'anne@example.org'}  | ${'JUS'} | ${5}      | ${1750}     | ${'allocated'} | ${'tolerance completes the second case, Anne first in the queue'}
    ${'bruno@example.org'} | ${'JUS'} | ${3}      | ${1050}     | ${'allocated'} | ${'firm quantity kept'}
    ${'chloe@example.org'} | ${'JUS'} | ${4}      | ${1400}     | ${'allocated'} | ${'the rest of the tolerance'}
    ${'anne@example.org'}  | ${'TOM'} | ${2}      | ${840}      | ${'allocated'} | ${'no case: firm quantity'}
    ${'david@example.org'} | ${'TOM'} | ${10}     | ${4200}     | ${'allocated'} | ${'no case: firm quantity'}
    ${'chloe@example.org'} | ${'MIE'} | ${6}      | ${10800}    | ${'allocated'} | ${'within the honey stock of 10'}
    ${'david@example.org'} | ${'MIE'} | ${2}      | ${3600}     | ${'allocated'} | ${'last in the queue gets what is left of the stock'}
    ${'bruno@example.org'} | ${'PAI'} | ${3}      | ${1950}     | ${'allocated'} | ${'earlier in the queue than Chloé'}
    ${'chloe@example.org'} | ${'PAI'} | ${2}      | ${1300}     | ${'allocated'} | ${'what is left of the stock of 5'}
    ${'anne@example.org'}  | ${'CHE'} | ${0}      | ${0}        | ${'cancelled'} | ${'producer below its minimum, policy cancel'}
    ${'chloe@example.org'} | ${'CHE'} | ${0}      | ${0}        | ${'cancelled'} | ${'producer below its minimum, policy cancel'}
  `('$email $ref → $allocated ($why)', ({ email, ref, allocated, amountCents, status }) => {
    expect(find(lines, email, ref)).toMatchObject({ allocated, amountCents, status });
  });

  test('keeps the firm quantity and tolerance of every line, and its order', () => {
    const input = closeInput();
    expect(lines.map((l) => [l.email, l.ref, l.quantity, l.tolerance])).toEqual(input.lines.map((l) => [l.email, l.ref, l.quantity, l.tolerance]));
  });

  test('an amount is always allocated × price in cents', () => {
    for (const l of lines) expect(l.amountCents).toBe(Math.round((l.allocated ?? 0) * l.priceCents));
  });

  test('carries a line the member replaced through untouched', () => {
    const input = closeInput();
    const replaced: OrderLine = { ...input.lines[0], responseId: 'old', status: 'replaced', quantity: 12 };
    const result = closeCycle({ ...input, lines: [replaced, ...input.lines] });
    expect(result.lines[0]).toEqual(replaced);
    expect(find(result.lines.slice(1), 'chloe@example.org', 'JUS').allocated).toBe(4);
  });

  test('a case that cannot be completed is cut from the latest in the queue, and that member is told why', () => {
    const input = closeInput();
    const lines = input.lines.map((l) => (l.ref === 'JUS' && l.email === 'anne@example.org' ? { ...l, tolerance: 1 } : l));
    const result = closeCycle({ ...input, lines });
    expect(find(result.lines, 'chloe@example.org', 'JUS')).toMatchObject({ allocated: 1, amountCents: 350 });
    expect(find(result.lines, 'anne@example.org', 'JUS').allocated).toBe(2);
    const chloe = [...result.emails].find((e) => e.key.endsWith(':chloe@example.org'))!;
    expect(chloe.text).toContain(fr('Jus de pomme : 1 bouteille au lieu de 2 bouteilles, car le colis n’a pas pu être complété.'));
    expect(result.producers[0].products.find((p) => p.ref === 'JUS')).toMatchObject({ quantity: 6, cases: 1, shortfall: 5 });
  });
});

describe('closeCycle — amounts per producer', () => {
  test.each`
    producer                | status                       | totalCents | minimumCents
    ${'Ferme des Tilleuls'} | ${'ok'}                      | ${10920}   | ${8000}
    ${'Rucher du Causse'}   | ${'ok'}                      | ${21250}   | ${0}
    ${'Chèvrerie du Lot'}   | ${'below-minimum-cancelled'} | ${900}     | ${5000}
  `('$producer: $totalCents cents, $status', ({ producer, status, totalCents, minimumCents }) => {
    const p = closeCycle(closeInput()).producers.find((x) => x.producer === producer);
    expect(p).toMatchObject({ status, totalCents, minimumCents });
    expect(p!.products.reduce((sum, x) => sum + x.amountCents, 0)).toBe(totalCents);
  });

  test('the juice is ordered as two full cases', () => {
    const juice = closeCycle(closeInput()).producers[0].products.find((p) => p.ref === 'JUS');
    expect(juice).toEqual({ ref: 'JUS', product: 'Jus de pomme', unit: 'bouteille', quantity: 12, cases: 2, priceCents: 350, amountCents: 4200, shortfall: 0 });
  });
});

describe('closeCycle — producer minimums', () => {
  test.each`
    policy      | lineStatus     | allocated | producerStatus               | tab      | producerEmail
    ${'cancel'} | ${'cancelled'} | ${0}      | ${'below-minimum-cancelled'} | ${false} | ${false}
    ${'hold'}   | ${'held'}      | ${2}      | ${'below-minimum-held'}      | ${true}  | ${false}
  `('policy $policy: lines $lineStatus, tab $tab, producer e-mail $producerEmail', ({ policy, lineStatus, allocated, producerStatus, tab, producerEmail }) => {
    const result = closeCycle(closeInput('fr', 'automatic', policy));
    expect(find(result.lines, 'anne@example.org', 'CHE')).toMatchObject({ status: lineStatus, allocated });
    expect(result.producers.find((p) => p.producer === 'Chèvrerie du Lot')!.status).toBe(producerStatus);
    expect(result.tabs.some((t) => t.name === '▸ Chèvrerie du Lot')).toBe(tab);
    expect([...result.emails].some((e) => e.key === 'producer-order:2026-12-10:Chèvrerie du Lot')).toBe(producerEmail);
  });

  test('cancel: members are told why their cheese is cancelled and do not pay for it', () => {
    const anne = [...closeCycle(closeInput()).emails].find((e) => e.key === 'member-summary:2026-12-10:anne@example.org')!;
    expect(anne.text).toContain(fr('Crottin de chèvre : commande de 2 pièces annulée, car les commandes du groupement n’atteignent pas le minimum de commande du producteur (Chèvrerie du Lot).'));
    expect(anne.text).toContain(fr('Total à régler : 61,90 €.'));
  });

  test('hold: the digest says the coordinators must decide, and members do not pay it yet', () => {
    const result = closeCycle(closeInput('fr', 'automatic', 'hold'));
    const digest = [...result.emails].find((e) => e.kind === 'digest')!;
    expect(digest.text).toContain(fr('Chèvrerie du Lot : 9,00 € sur 50,00 € — commande suspendue : à vous de décider'));
    const anne = [...result.emails].find((e) => e.key === 'member-summary:2026-12-10:anne@example.org')!;
    expect(anne.text).toContain(fr('Chèvrerie du Lot : 6,00 €, seulement si la commande est confirmée'));
    expect(anne.text).toContain(fr('Total à régler : 61,90 €.'));
  });

  test('a producer exactly at its minimum is ordered', () => {
    const input = closeInput();
    input.catalog.producers[2].minimumCents = 900;
    expect(closeCycle(input).producers[2].status).toBe('ok');
  });
});

describe('closeCycle — manual case policy', () => {
  const result = closeCycle(closeInput('fr', 'manual'));

  test('rounds nothing: everyone gets their firm quantity', () => {
    expect(['anne', 'bruno', 'chloe'].map((m) => find(result.lines, `${m}@example.org`, 'JUS').allocated)).toEqual([2, 3, 2]);
  });

  test('shows the shortfall in Récap and the digest', () => {
    const recap = result.tabs[result.tabs.length - 1];
    expect(recap.rows.flat()).toContain(fr('Jus de pomme : il manque 5 bouteilles'));
    const digest = [...result.emails].find((e) => e.kind === 'digest')!;
    expect(digest.text).toContain(fr('Jus de pomme (Ferme des Tilleuls) : il manque 5 bouteilles'));
  });
});

describe('closeCycle — outputs', () => {
  test('lays out one tab per producer with an order, one per site, and the Récap last', () => {
    expect(closeCycle(closeInput()).tabs.map((t) => t.name)).toEqual([
      '▸ Ferme des Tilleuls', '▸ Rucher du Causse', '▸ Distribution Monclar-de-Querc', '▸ Distribution Septfonds', '▸ Récap',
    ]);
    expect(closeCycle(closeInput('en')).tabs.map((t) => t.name)).toContain('▸ Recap');
  });

  test('every tab is rectangular, with a safe name', () => {
    for (const tab of closeCycle(closeInput()).tabs) {
      const width = tab.rows[0].length;
      for (const row of tab.rows) expect(row).toHaveLength(width);
      expect(tab.name.length).toBeLessThanOrEqual(31);
    }
  });

  test('queues one e-mail per producer with an order, one per member who ordered, and one digest', () => {
    const emails = [...closeCycle(closeInput()).emails];
    expect(emails.map((e) => [e.key, e.to])).toEqual([
      ['producer-order:2026-12-10:Ferme des Tilleuls', 'tilleuls@example.org'],
      ['producer-order:2026-12-10:Rucher du Causse', 'rucher@example.org'],
      ['member-summary:2026-12-10:anne@example.org', 'anne@example.org'],
      ['member-summary:2026-12-10:bruno@example.org', 'bruno@example.org'],
      ['member-summary:2026-12-10:chloe@example.org', 'chloe@example.org'],
      ['member-summary:2026-12-10:david@example.org', 'david@example.org'],
      ['digest:2026-12-10', 'coordination@gac-midi-quercy.fr'],
    ]);
    for (const e of emails) expect(e).toMatchObject({ replyTo: 'coordination@gac-midi-quercy.fr', name: 'GAC du Pays Midi-Quercy' });
  });

  test('a producer without an e-mail address gets no e-mail, and the digest says so', () => {
    const input = closeInput();
    input.catalog.producers[1].email = '';
    const result = closeCycle(input);
    expect([...result.emails].some((e) => e.key.includes('Rucher du Causse'))).toBe(false);
    expect([...result.emails].find((e) => e.kind === 'digest')!.text).toContain('Rucher du Causse n’a pas d’adresse e-mail');
  });

  test('the distribution sheet has unticked checkboxes for each household', () => {
    const tab = closeCycle(closeInput()).tabs.find((t) => t.name === '▸ Distribution Septfonds')!;
    expect(tab.rows[0]).toEqual(['Foyer', 'Produits', 'Ferme des Tilleuls', 'Rucher du Causse', 'Total', 'Retiré', 'Payé', 'Réf. paiement']);
    expect(tab.rows.slice(1, -1).map((r) => [r[0], r[2], r[3], r[4], r[5], r[6]])).toEqual([
      ['Bruno Vidal', 27.3, 19.5, 46.8, false, false],
      ['David Roques', 42, 36, 78, false, false],
    ]);
    expect(tab.columnFormats).toEqual({ 1: 'text', 2: 'money', 3: 'money', 4: 'money', 5: 'checkbox', 6: 'checkbox' });
  });

  test('tells a member their duty on pickup day, and only that one', () => {
    const emails = [...closeCycle(closeInput()).emails];
    expect(emails.find((e) => e.to === 'anne@example.org')!.text).toContain('Vous êtes de permanence le vendredi 11 décembre 2026 (accueil et caisse) à Monclar-de-Quercy.');
    expect(emails.find((e) => e.to === 'bruno@example.org')!.text).not.toContain('permanence');
  });

  test('is deterministic and does not change its input, e-mails included', () => {
    const input = closeInput();
    const before = JSON.stringify(input);
    const whole = (result: ReturnType<typeof closeCycle>) => JSON.stringify({ ...result, emails: [...result.emails] });
    const first = whole(closeCycle(input));
    expect(JSON.stringify(input)).toBe(before);
    expect(whole(closeCycle(closeInput()))).toBe(first);
  });

  test('composes the same e-mails each time they are read', () => {
    const result = closeCycle(closeInput());
    const first = [...result.emails];
    expect(first.length).toBeGreaterThan(3);
    expect([...result.emails]).toEqual(first);
  });

  test('closing again from the closed lines gives the same result', () => {
    const input = closeInput();
    const once = closeCycle(input);
    const twice = closeCycle({ ...input, lines: once.lines });
    expect(twice.tabs).toEqual(once.tabs);
    expect([...twice.emails]).toEqual([...once.emails]);
  });
});
