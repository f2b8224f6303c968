// Counts every service call the script makes, with the cells it moved, and turns the counts
// into modeled Apps Script time through the latency model (see latency-model.ts).
//
// Kinds:
//  - 'read' / 'write': a round trip that moves cell values or content (getValues, setValues…);
//  - 'rpc': any other round trip (sendEmail, getProperty, waitLock, getLastRow, trigger calls…);
//  - 'lookup': navigation that resolves an object on the server (getSheetByName, openById…);
//  - 'local': a getter or builder on an object the script already holds (Range.getRow,
//    ItemResponse.getResponse, TextValidationBuilder.requireNumber…). Counted, but free.
// "Service calls" in budgets and benchmarks are every kind except 'local'.
import type { Clock } from './clock';
import { latencyOf, type LatencyModel, DEFAULT_LATENCY } from './latency-model';

export type CallKind = 'read' | 'write' | 'rpc' | 'lookup' | 'local';

export interface CallCounts {
  /** Non-local calls by `Class.method`. */
  byMethod: Record<string, number>;
  /** Non-local calls by service (`SpreadsheetApp`, `FormApp`, `MailApp`…). */
  byService: Record<string, number>;
  byKind: Record<CallKind, number>;
  calls: number; // every kind but 'local'
  localCalls: number;
  cellsRead: number;
  cellsWritten: number;
  modeledMs: number;
}

/** Thrown when modeled time passes the execution limit; Apps Script's message, word for word. */
export class ExecutionTimeLimitError extends Error {
  constructor() {
    super('Exceeded maximum execution time');
    this.name = 'Exception';
  }
}

/** An injected fault: the driver asks to kill the execution at the n-th service call. */
export class ExecutionKilledError extends Error {
  constructor(at: string) {
    super(`Execution killed by the test driver at ${at}`);
    this.name = 'ExecutionKilled';
  }
}

function emptyCounts(): CallCounts {
  return {
    byMethod: {}, byService: {}, byKind: { read: 0, write: 0, rpc: 0, lookup: 0, local: 0 },
    calls: 0, localCalls: 0, cellsRead: 0, cellsWritten: 0, modeledMs: 0,
  };
}

export class Accounting {
  private total = emptyCounts();
  private current = emptyCounts();
  private executionStart = 0;
  private killAtCall: number | null = null;
  private killedAt: string | null = null;
  private inExecution = false;
  /** Apps Script's limit for one execution: 6 minutes (developers.google.com/apps-script/guides/services/quotas). */
  executionLimitMs = 6 * 60 * 1000;
  /** Run before every call of an execution; throws when the call's scopes are out of reach (authorization.ts). */
  authorize: (method: string) => void = () => {};

  constructor(private readonly clock: Clock, public latency: LatencyModel = DEFAULT_LATENCY) {}

  /**
   * Records one call. `service` is the top-level service (`SpreadsheetApp`), `method` is
   * `Class.method` (`Range.getValues`). Advances the clock by the modeled latency and throws
   * when the execution passes its limit, like Apps Script does.
   */
  record(service: string, method: string, kind: CallKind, cells: { read?: number; written?: number } = {}): void {
    // Between executions the host (a test playing the coordinator, an export) works on the
    // services directly: that is people editing the spreadsheet, not the script's cost.
    if (!this.inExecution) return;
    this.authorize(method);
    // A killed execution is dead: a script's own try/catch must not let it carry on.
    if (this.killedAt !== null) throw new ExecutionKilledError(this.killedAt);
    const read = cells.read ?? 0;
    const written = cells.written ?? 0;
    const ms = latencyOf(this.latency, method, kind, read, written);
    for (const c of [this.total, this.current]) {
      c.byKind[kind] += 1;
      if (kind === 'local') c.localCalls += 1;
      else {
        c.calls += 1;
        c.byMethod[method] = (c.byMethod[method] ?? 0) + 1;
        c.byService[service] = (c.byService[service] ?? 0) + 1;
      }
      c.cellsRead += read;
      c.cellsWritten += written;
      c.modeledMs += ms;
    }
    this.clock.advance(ms);
    if (this.killAtCall !== null && kind !== 'local' && this.current.calls >= this.killAtCall) {
      this.killAtCall = null;
      this.killedAt = method;
      throw new ExecutionKilledError(method);
    }
    if (this.clock.now() - this.executionStart > this.executionLimitMs) throw new ExecutionTimeLimitError();
  }

  /** Starts counting a new execution (a trigger firing, a menu click, a function run). */
  beginExecution(): void {
    this.current = emptyCounts();
    this.executionStart = this.clock.now();
    this.killedAt = null;
    this.inExecution = true;
  }

  /** Ends the execution in progress: later calls are the host's, not counted. */
  endExecution(): void {
    this.inExecution = false;
  }

  /** The counts of the execution in progress (or the last one). */
  execution(): CallCounts {
    return structuredClone(this.current);
  }

  /** The counts since the runtime was created. */
  totals(): CallCounts {
    return structuredClone(this.total);
  }

  /** Fault injection: the next execution dies when it reaches its n-th non-local call. */
  killAtNthCall(n: number | null): void {
    this.killAtCall = n;
  }
}
