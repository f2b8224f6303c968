// The seeded scheduler of concurrent executions (`runConcurrently`). Apps Script runs up to 30
// executions per user at once (developers.google.com/apps-script/guides/services/quotas), and their
// service calls interleave: a read-modify-write without the script lock can lose an update.
//
// Script code is synchronous JavaScript in a vm realm: an execution cannot be paused between two
// statements. So interleaving happens at service calls, by nesting: at each non-local call of an
// execution, just before the call takes effect, the scheduler may (a seeded choice) run another
// pending execution of the batch to its end right there, and possibly more inside that one. Every
// execution still lives on its own timeline from the batch's start instant (see local-locks.ts).
//
// What this does not produce (documented in docs/runtime-fidelity.md, "Concurrency"):
//  - alternations like A1 B1 A2 B2: an interleaved execution runs whole before its outer resumes;
//  - interleaving while an execution in progress holds a lock: a nested execution could not wait
//    for a lock its suspended outer one holds (it would deadlock), so no execution starts inside a
//    lock holder, and a critical section is never interleaved, even with lock-free executions;
//  - interleaving inside a simple trigger (its LIMITED mode is runtime-wide);
//  - timestamps that agree with the order of effects: a nested execution starts at the batch's
//    start instant although it sees what its outer execution wrote "later".
import type { Clock } from './clock';
import { seededRandom } from './seeded-random';

export interface InterleaveOptions {
  /** The same seed gives the same interleaving. */
  seed: number;
  /** The chance, at each service call, that a pending execution of the batch runs inside it. */
  probability: number;
}

export const DEFAULT_INTERLEAVE: InterleaveOptions = { seed: 1, probability: 0.3 };

/** What the scheduler needs from the runtime. */
export interface SchedulerHost {
  /** False while an execution in progress holds a lock (nesting there could deadlock). */
  mayInterleave(): boolean;
  /**
   * Runs one call of a batch; rethrows only what is not a script error (a script error is
   * recorded in the execution). `interleavedAt` is the outer call it runs inside, if any.
   */
  run(call: () => void, interleavedAt: string | null): void;
}

interface Batch {
  start: number;
  end: number;
  pending: (() => void)[];
  failure: unknown;
}

export class Scheduler {
  private batch: Batch | null = null;
  private readonly random: (() => number) | null;
  private readonly probability: number;

  constructor(private readonly clock: Clock, private readonly host: SchedulerHost, options: Partial<InterleaveOptions> | false = {}) {
    const { seed, probability } = { ...DEFAULT_INTERLEAVE, ...(options || {}) };
    this.random = options === false ? null : seededRandom(seed);
    this.probability = probability;
  }

  /**
   * Starts every call at the same simulated instant; each runs on its own timeline, interleaved
   * with the others when the seed says so. Ends at the latest end; a host failure is rethrown then.
   */
  runBatch(calls: (() => void)[]): void {
    if (this.batch) throw new Error('runConcurrently: a concurrent batch cannot start inside another');
    const start = this.clock.now();
    const batch: Batch = { start, end: start, pending: [...calls], failure: null };
    this.batch = batch;
    try {
      while (batch.pending.length > 0) this.runCall(batch, batch.pending.shift()!, null);
    } finally {
      this.batch = null;
    }
    this.clock.set(batch.end);
    if (batch.failure) throw batch.failure;
  }

  /** Called at each non-local service call of an execution, before the call takes effect. */
  atServiceCall(method: string): void {
    const batch = this.batch;
    if (!batch || batch.pending.length === 0 || !this.random || !this.host.mayInterleave()) return;
    if (this.random() >= this.probability) return;
    const [call] = batch.pending.splice(Math.floor(this.random() * batch.pending.length), 1);
    const resumeAt = this.clock.now();
    this.runCall(batch, call, method);
    this.clock.set(resumeAt);
  }

  private runCall(batch: Batch, call: () => void, interleavedAt: string | null): void {
    this.clock.set(batch.start);
    try {
      this.host.run(call, interleavedAt);
    } catch (e) {
      batch.failure ??= e;
    }
    batch.end = Math.max(batch.end, this.clock.now());
  }
}

