// The refusal e-mail's key, which « Faire le bilan » reads the refusals by reason back from.
import { readRejectionKey, rejectionKey } from '../../../src/core/orders/rejection-key';

describe('rejectionKey', () => {
  test.each([
    { name: 'one reason', key: { cycle: '2026-12-10', email: 'x@y.fr', at: 1796580000000, codes: ['order.unknown-member'] }, text: 'rejection:2026-12-10:x@y.fr:1796580000000:order.unknown-member' },
    { name: 'several reasons', key: { cycle: '2026-12-10', email: 'x@y.fr', at: 5, codes: ['order.negative', 'order.off-step'] }, text: 'rejection:2026-12-10:x@y.fr:5:order.negative+order.off-step' },
    { name: 'no cycle open', key: { cycle: '-', email: 'late@y.fr', at: 7, codes: ['order.no-open-cycle'] }, text: 'rejection:-:late@y.fr:7:order.no-open-cycle' },
  ])('writes and reads back $name', ({ key, text }) => {
    expect(rejectionKey(key)).toBe(text);
    expect(readRejectionKey(text)).toEqual(key);
  });

  test.each([
    { name: 'a key written before the reasons were kept reads with none', text: 'rejection:2026-12-10:x@y.fr:1796580000000', read: { cycle: '2026-12-10', email: 'x@y.fr', at: 1796580000000, codes: [] } },
    { name: 'another e-mail’s key is not a refusal', text: 'confirmation:2026-12-10:x@y.fr:1', read: null },
  ])('$name', ({ text, read }) => {
    expect(readRejectionKey(text)).toEqual(read);
  });
});
