// LockService and the host's contention model. Apps Script executions of one script can run at
// the same time; the local runtime runs them one after the other or interleaved (one running whole
// inside another's service call, see scheduler.ts), each on its own timeline from the batch's
// start, so contention is replayed from what the other executions of a `runConcurrently` batch
// held, and when, on the simulated clock. Locks end with the execution that holds them.
// https://developers.google.com/apps-script/reference/lock/lock-service
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { fakeObject } from '../surface/guard';
import { LocalLock } from './local-lock';

export type LockScope = 'script' | 'document' | 'user';

interface Hold {
  scope: LockScope;
  execution: number;
  from: number;
  until: number; // Infinity while the execution runs
}

export class LocalLocks {
  /** The `LockService` global handed to scripts. */
  readonly service;
  private holds: Hold[] = [];
  private execution = 0;
  /** Executions suspended while an interleaved one runs inside them. */
  private readonly suspended: number[] = [];

  constructor(private readonly env: RuntimeEnv) {
    const get = (scope: LockScope, method: string) => () => {
      record(env, 'LockService', `LockService.${method}`, 'local');
      return new LocalLock(env, this, scope);
    };
    this.service = fakeObject<GoogleAppsScript.Lock.LockService>()('Lock.LockService', {
      getScriptLock: get('script', 'getScriptLock'),
      getDocumentLock: get('document', 'getDocumentLock'),
      getUserLock: get('user', 'getUserLock'),
    });
  }

  /** An outside holder (another user's execution) keeps the script lock until `at`. */
  holdScriptLockUntil(at: Date | number): void {
    this.holds.push({ scope: 'script', execution: -1, from: -Infinity, until: typeof at === 'number' ? at : at.getTime() });
  }

  beginExecution(id: number): void {
    this.suspended.push(this.execution);
    this.execution = id;
  }

  /** The execution ended: Apps Script releases what it held. An execution it interleaved into resumes. */
  endExecution(at: number): void {
    for (const h of this.holds) if (h.execution === this.execution && h.until === Infinity) h.until = at;
    this.execution = this.suspended.pop() ?? 0;
  }

  /** Whether an execution in progress (running or suspended) holds any lock. */
  heldInProgress(): boolean {
    return this.holds.some((h) => h.execution >= 0 && h.until === Infinity);
  }

  /** Forgets the holds of finished executions (between batches; outside holders stay). */
  settle(now: number): void {
    this.holds = this.holds.filter((h) => h.until > now);
  }

  heldByCurrent(scope: LockScope): boolean {
    return this.holds.some((h) => h.scope === scope && h.execution === this.execution && h.until === Infinity);
  }

  /**
   * Tries to take the lock within `timeoutMs` of now: the clock moves to when it was free, or by
   * the whole timeout when it never was. Returns whether the lock was taken.
   *
   * Every hold already recorded was taken earlier in the order the runtime ran things, so its
   * critical section came first: this one starts after all of them, even after a hold that began
   * later on the other execution's timeline (else the timelines would show two holders at once).
   */
  acquire(scope: LockScope, timeoutMs: number): boolean {
    if (this.heldByCurrent(scope)) return true;
    const start = this.env.clock.now();
    let free = start;
    for (const h of this.holds) {
      if (h.scope === scope && h.execution !== this.execution && h.until > free) free = h.until;
    }
    if (free - start > timeoutMs) {
      this.env.clock.advance(Math.max(0, timeoutMs));
      return false;
    }
    this.env.clock.advanceTo(free);
    this.holds.push({ scope, execution: this.execution, from: free, until: Infinity });
    return true;
  }

  release(scope: LockScope): void {
    const now = this.env.clock.now();
    for (const h of this.holds) if (h.scope === scope && h.execution === this.execution && h.until === Infinity) h.until = now;
  }
}
