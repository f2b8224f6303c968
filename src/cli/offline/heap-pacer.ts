// Keeps a long replay's memory near what it really holds. Each answer's execution makes a few
// megabytes of short-lived objects, many of which outlive a young-generation collection; V8 then
// lets the old generation grow to several times its live size before a full collection (its heap
// grows by a factor of up to 4 on a fast allocating program), so the resident size of 10,000
// answers was 2.6 times that of 1,000 while the live heap had grown by a fraction of it. The pacer
// asks for a full collection once the heap has grown by `slack` over what the last one left:
// memory then follows the live data (the workbook's rows), not V8's growth factor.
import v8 from 'node:v8';
import vm from 'node:vm';

const MB = 1024 * 1024;

let collect: (() => void) | null = null;

/** V8's full collection, made callable without starting node with --expose-gc. */
function collector(): () => void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  return collect;
}

const used = () => v8.getHeapStatistics().used_heap_size;

export class HeapPacer {
  private limit: number;
  private ticks = 0;
  /** Full collections asked for so far, and the milliseconds they took. */
  collections = 0;
  collectionMs = 0;

  /** `slack`: how far the heap may grow over the live size before a collection (bytes). `every`: ticks between two looks. */
  constructor(private readonly slack = 128 * MB, private readonly every = 25) {
    this.limit = used() + slack;
  }

  /** Called after each answer: collects when the heap passed its limit, and sets the next one. */
  tick(): void {
    this.ticks += 1;
    if (this.ticks % this.every !== 0 || used() < this.limit) return;
    this.collect();
  }

  /** A full collection now; the next one once the heap grew by the slack over what this one left. */
  collect(): void {
    const started = performance.now();
    collector()();
    this.collectionMs += performance.now() - started;
    this.collections += 1;
    const live = used();
    // A quarter more than the live size, and at least `slack`: collections stay rarer than V8's own.
    this.limit = live + Math.max(this.slack, live / 4);
  }
}
