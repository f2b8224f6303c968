// The outbox payload's encoding: tagged cells found by key wherever they are, and every damaged
// content refused with a reason rather than thrown.
import { encodePayload, PayloadIndex } from '../../src/apps-script/adapters/outbox-payload';
import type { Email } from '../../src/core/model';

const email = (key: string, text: string): Email => ({
  key, kind: 'confirmation', to: 'alice@example.org', subject: 'Votre commande', text, html: `<p>${text}</p>`,
  attachments: [{ fileName: 'a.csv', mimeType: 'text/csv', content: 'a;b\r\n' }],
});

/** A tab from rows of cells (the first row a header). */
const tab = (...rows: unknown[][]): unknown[][] => [['Clé', 'Contenu'], ...rows];

describe('encodePayload and PayloadIndex', () => {
  test.each([
    { name: 'a short e-mail', key: 'confirmation:c1:alice@example.org:r1', text: 'Bonjour' },
    { name: 'a long e-mail (several cells)', key: 'member-summary:c1:alice@example.org', text: 'é'.repeat(60_000) },
    { name: 'a key with quotes, spaces and a line break', key: 'producer-order:c1:Ferme "du"\nRuisseau', text: '=1+1' },
    { name: 'a very long key', key: `producer-order:c1:${'P'.repeat(44_000)}`, text: 'x'.repeat(50_000) },
  ])('$name: each cell fits, and reads back whole by key from anywhere in the tab', ({ key, text }) => {
    const cells = encodePayload(email(key, text));
    for (const cell of cells) expect(cell.length).toBeLessThanOrEqual(50_000); // a cell's limit
    // The cells scattered over other rows and in reverse order, as a sort and a moved column leave them.
    const index = new PayloadIndex(tab(['other', 'note'], ...cells.reverse().map((c, i) => ['', ...new Array(i).fill(''), c])));
    const read = index.decode(key);
    expect(read).toEqual({ ok: true, payload: { text, html: `<p>${text}</p>`, attachments: email(key, text).attachments } });
    expect(index.cellsOf(key)).toHaveLength(cells.length);
  });

  test.each([
    { damage: 'a cell of a long e-mail missing', size: 100_000, cells: (c: string[]) => c.slice(1), reason: /content cut: 4 of 5 cells/ },
    { damage: 'a cell truncated', size: 100, cells: (c: string[]) => [c[0].slice(0, 60)], reason: /content unreadable/ },
    { damage: 'JSON of the wrong shape', size: 100, cells: () => ['cabas:mail 1/1 "k"\n{"text":12}'], reason: /wrong shape/ },
    { damage: 'no content at all', size: 100, cells: () => [], reason: /no content/ },
  ])('$damage: refused with a reason, never thrown', ({ size, cells, reason }) => {
    const encoded = encodePayload(email('k', 'y'.repeat(size)));
    const read = new PayloadIndex(tab(...cells(encoded).map((c) => ['k', c]))).decode('k');
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toMatch(reason);
  });

  test('another key’s content is never taken', () => {
    const index = new PayloadIndex(tab(['a', encodePayload(email('b', 'for b'))[0]]));
    expect(index.decode('a').ok).toBe(false);
    expect(index.decode('b')).toMatchObject({ ok: true, payload: { text: 'for b' } });
  });

  test('a row queued before the tags reads its plain JSON', () => {
    const legacy = JSON.stringify({ text: 't', html: 'h' });
    expect(new PayloadIndex(tab(['a', legacy])).decode('a', legacy)).toEqual({ ok: true, payload: { text: 't', html: 'h' } });
  });
});
