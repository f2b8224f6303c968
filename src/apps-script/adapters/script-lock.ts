// The script lock, around coordinator actions and triggers that must not interleave with a submission.

/**
 * Runs `work` holding the script lock, waiting up to 30 s for it as Google's own form-submit
 * example does; `waitLock` throws when the wait times out.
 * https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
 */
export function withScriptLock<T>(work: () => T): T {
  const lock = LockService.getScriptLock();
  lock.waitLock(30000);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
