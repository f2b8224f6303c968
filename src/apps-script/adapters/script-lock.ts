// The script lock, the one way Cabas takes it: around work that must not interleave with a
// submission, always released in `finally`, and never held while a dialog waits for a person.
// https://developers.google.com/apps-script/reference/lock/lock
import { catalogue } from '../../core/i18n';
import type { Locale } from '../../core/model';
import { LockBusyError } from './cabas-error';

let taken = 0;

/** How many times this execution took the script lock through these helpers: what was read before may have changed since. */
export function lockTakings(): number {
  return taken;
}

/** How long a coordinator action or a trigger waits for the lock, as Google's own form-submit example does. */
export const LOCK_WAIT_MS = 30000;

/**
 * Runs `work` holding the script lock, waiting up to `waitMs` for it. When the wait times out it
 * throws a `LockBusyError` in the group's language, where `waitLock` threw Google's own English
 * « Lock timeout: another process was holding the lock for too long. » (the same call, one less
 * than `waitLock` then `hasLock`: `tryLock` returns false where `waitLock` throws, Lock reference).
 * `work` must show no dialog (`ui.alert`, `ui.prompt`): show it after, from the result.
 */
export function withScriptLock<T>(locale: Locale, work: () => T, waitMs: number = LOCK_WAIT_MS): T {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) throw new LockBusyError(catalogue(locale).ui.lockBusy);
  taken += 1;
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Runs `work` holding the script lock if it can be had within `waitMs`, else runs `busy` without
 * it (keep the work for later, or report that another execution does it). Released in `finally`.
 */
export function tryScriptLock<T, B>(work: () => T, waitMs: number, busy: () => B): T | B {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return busy();
  taken += 1;
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Like `tryScriptLock`, but the lock is kept to the end of the execution, which Apps Script
 * releases then ("the lock is automatically released when the script terminates", Lock.releaseLock
 * reference): one call less, for a trigger whose whole execution is `work` (a form submission).
 */
export function tryScriptLockToTheEnd<T, B>(work: () => T, waitMs: number, busy: () => B): T | B {
  if (!LockService.getScriptLock().tryLock(waitMs)) return busy();
  taken += 1;
  return work();
}
