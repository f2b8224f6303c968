// The replay's heap pacer asks V8 for a full collection once the heap has grown by its slack over
// what the last collection left, and not before: memory follows the live data, at a bounded cost.
import { HeapPacer } from '../../../src/cli/offline/heap-pacer';

const MB = 1024 * 1024;

test('collects once the heap grew past its slack, looking every n ticks', () => {
  const pacer = new HeapPacer(4 * MB, 2);
  const kept: number[][] = [];
  // About 8 MB of arrays held: past the 4 MB slack.
  for (let i = 0; i < 64; i += 1) kept.push(new Array(16 * 1024).fill(i));
  pacer.tick();
  expect(pacer.collections).toBe(0); // not its turn to look
  pacer.tick();
  expect(pacer.collections).toBe(1);
  // What it keeps is live: the next limit is over it, and nothing was allocated since.
  pacer.tick();
  pacer.tick();
  expect(pacer.collections).toBe(1);
  expect(kept).toHaveLength(64);
});

test('does not collect while the heap stays within its slack', () => {
  const pacer = new HeapPacer(512 * MB, 1);
  for (let i = 0; i < 10; i += 1) pacer.tick();
  expect(pacer.collections).toBe(0);
});
