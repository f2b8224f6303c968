// One Lock handed to the script. tryLock returns false and waitLock throws when the lock stays
// taken beyond the timeout (https://developers.google.com/apps-script/reference/lock/lock).
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import type { LocalLocks, LockScope } from './local-locks';

// The message Apps Script throws on a waitLock timeout, word for word as scripts report it.
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export class LocalLock implements Surface<GoogleAppsScript.Lock.Lock> {
  get [APPS_SCRIPT_CLASS]() { return 'Lock.Lock' as const; }
  // hasLock() is "false if tryLock or waitLock were never called" on this lock, and releaseLock()
  // "has no effect" if it was not acquired: both answer for this object, not for the scope.
  private acquired = false;

  constructor(private readonly env: RuntimeEnv, private readonly locks: LocalLocks, private readonly scope: LockScope) {}

  tryLock(timeoutInMillis: number): boolean {
    record(this.env, 'LockService', 'Lock.tryLock', 'rpc');
    this.acquired = this.locks.acquire(this.scope, Number(timeoutInMillis));
    return this.acquired;
  }

  waitLock(timeoutInMillis: number): void {
    record(this.env, 'LockService', 'Lock.waitLock', 'rpc');
    this.acquired = this.locks.acquire(this.scope, Number(timeoutInMillis));
    if (!this.acquired) throw this.env.realm.error(LOCK_TIMEOUT);
  }

  hasLock(): boolean {
    record(this.env, 'LockService', 'Lock.hasLock', 'local');
    return this.acquired && this.locks.heldByCurrent(this.scope);
  }

  releaseLock(): void {
    record(this.env, 'LockService', 'Lock.releaseLock', 'rpc');
    if (!this.acquired) return;
    this.acquired = false;
    this.locks.release(this.scope);
  }
}
