import { seenResponse } from '../../../src/core/orders/seen-response';

const response = { responseId: 'r2', email: ' Alice@X.org ', submittedAt: 100 };

test.each([
  { name: 'the member\'s order is this response', order: { responseId: 'r2', submittedAt: 100 }, rejections: [], seen: true },
  { name: 'the member\'s order is this response, edited later', order: { responseId: 'r2', submittedAt: 160 }, rejections: [], seen: true },
  { name: 'a later response replaced it already', order: { responseId: 'r3', submittedAt: 130 }, rejections: [], seen: true },
  { name: 'the counters kept its refusal', order: null, rejections: [{ at: 100, email: 'alice@x.org', codes: ['order.negative'] }], seen: true },
  { name: 'the member\'s order is an earlier response', order: { responseId: 'r1', submittedAt: 40 }, rejections: [], seen: false },
  { name: 'the member has no order', order: null, rejections: [], seen: false },
  { name: 'a refusal of another moment', order: null, rejections: [{ at: 99, email: 'alice@x.org', codes: ['order.negative'] }], seen: false },
])('$name: seen $seen', ({ order, rejections, seen }) => {
  expect(seenResponse(response, order, rejections)).toBe(seen);
});
