import { type CloseMode, closeCycle } from '../../../src/core/close/close-cycle';
import { lineKeys } from '../../../src/core/close/line-key';
import type { OrderLine } from '../../../src/core/model';
import { closeInput } from './fixtures/two-sites-juice-case-completed';

/** The fixture's lines as an earlier close left them, with Anne's juice corrected by hand in `Attribué`. */
function afterReview(): OrderLine[] {
  const first = closeCycle(closeInput('fr', 'manual', 'hold'));
  return first.lines.map((l) => (l.email === 'anne@example.org' && l.ref === 'JUS' ? { ...l, allocated: 3 } : l));
}

const outcomeOf = (lines: OrderLine[], email: string, ref: string) => {
  const line = lines.find((l) => l.email === email && l.ref === ref);
  if (!line) throw new Error(`no line ${email} ${ref}`);
  return { allocated: line.allocated, status: line.status };
};

describe('closeCycle — what « Envoyer la commande » (finalize) changes', () => {
  test.each<{ mode: CloseMode; email: string; ref: string; allocated: number; status: string; why: string }>([
    { mode: 'finalize', email: 'anne@example.org', ref: 'JUS', allocated: 3, status: 'allocated', why: 'the quantity the coordinator left in Attribué is the order' },
    { mode: 'finalize', email: 'chloe@example.org', ref: 'JUS', allocated: 2, status: 'allocated', why: 'the tolerance no longer counts: no case is completed' },
    { mode: 'finalize', email: 'anne@example.org', ref: 'CHE', allocated: 2, status: 'allocated', why: 'a producer held below its minimum is sent as it stands' },
    { mode: 'finalize', email: 'david@example.org', ref: 'MIE', allocated: 2, status: 'allocated', why: 'the stock still caps: what the close gave is kept' },
    { mode: 'close', email: 'anne@example.org', ref: 'JUS', allocated: 2, status: 'allocated', why: 'a close allocates again from the firm quantity, whatever Attribué holds' },
    { mode: 'close', email: 'anne@example.org', ref: 'CHE', allocated: 2, status: 'held', why: 'a close holds a producer below its minimum' },
  ])('$mode: $email $ref → $allocated ($why)', ({ mode, email, ref, allocated, status }) => {
    const input = { ...closeInput('fr', 'manual', 'hold'), lines: afterReview(), mode };
    expect(outcomeOf(closeCycle(input).lines, email, ref)).toEqual({ allocated, status });
  });

  test.each<{ mode: CloseMode; awaitsReview: boolean }>([
    { mode: 'close', awaitsReview: true },
    { mode: 'finalize', awaitsReview: false },
  ])('$mode with manual cases and a producer on hold awaits review: $awaitsReview', ({ mode, awaitsReview }) => {
    expect(closeCycle({ ...closeInput('fr', 'manual', 'hold'), lines: afterReview(), mode }).awaitsReview).toBe(awaitsReview);
  });

  test('finalize changes neither its input lines nor its catalog', () => {
    const input = { ...closeInput('fr', 'automatic', 'hold'), lines: afterReview(), mode: 'finalize' as const };
    const before = JSON.stringify(input);
    closeCycle(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('closeCycle — outcomes by line key', () => {
  test.each<{ mode: CloseMode }>([{ mode: 'close' }, { mode: 'finalize' }])('the same outcome for each key, whatever the order of the lines ($mode)', ({ mode }) => {
    const lines = afterReview();
    const reversed = [...lines].reverse();
    const a = closeCycle({ ...closeInput('fr', 'manual', 'hold'), lines, mode }).outcomes;
    const b = closeCycle({ ...closeInput('fr', 'manual', 'hold'), lines: reversed, mode }).outcomes;
    expect(a.size).toBe(lines.length);
    expect(new Map([...b].sort())).toEqual(new Map([...a].sort()));
    const keys = lineKeys(lines);
    const anne = keys[lines.findIndex((l) => l.email === 'anne@example.org' && l.ref === 'JUS')];
    expect(a.get(anne)).toEqual(mode === 'finalize'
      ? { allocated: 3, amountCents: 1050, status: 'allocated' }
      : { allocated: 2, amountCents: 700, status: 'allocated' });
  });

  test.each<{ title: string; lines: Array<[string, string]>; keys: string[] }>([
    { title: 'a response and a product make a key', lines: [['r1', 'JUS'], ['r1', 'TOM'], ['r2', 'JUS']], keys: ['r1\u001fJUS', 'r1\u001fTOM', 'r2\u001fJUS'] },
    { title: 'a line written twice keeps a key of its own', lines: [['r1', 'JUS'], ['r1', 'JUS'], ['', 'TOM'], ['', 'TOM']], keys: ['r1\u001fJUS', 'r1\u001fJUS\u001f2', '\u001fTOM', '\u001fTOM\u001f2'] },
  ])('lineKeys: $title', ({ lines, keys }) => {
    const template = closeInput().lines[0];
    expect(lineKeys(lines.map(([responseId, ref]) => ({ ...template, responseId, ref })))).toEqual(keys);
  });
});

// Found by probing: after « Envoyer la commande », the Récap and the digest said « pas de minimum »
// for a producer whose 50 € minimum the coordinator had chosen to go past.
describe('« Envoyer la commande » past a producer’s minimum', () => {
  test('sends its order, and the Récap and the digest still show its minimum, not reached', () => {
    const result = closeCycle({ ...closeInput('fr', 'manual', 'hold'), lines: afterReview(), mode: 'finalize' });
    expect(result.producers.find((p) => p.producer === 'Chèvrerie du Lot')).toMatchObject({ status: 'ok', minimumCents: 5000 });
    const recap = result.tabs.find((t) => t.name.includes('Récap'))!.rows.find((r) => r[0] === 'Chèvrerie du Lot')!;
    expect(recap.slice(2, 4)).toEqual([50, 'non']);
    const digest = [...result.emails].find((e) => e.kind === 'digest')!.text.replace(/[\u00a0\u202f]/g, ' ');
    expect(digest).toMatch(/Chèvrerie du Lot\s+9,00 €\s+50,00 €\s+commande envoyée/);
  });
});
