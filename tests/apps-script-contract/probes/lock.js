// Contract probes for LockService and Lock, as one execution sees them with no other execution
// running (contention is probed elsewhere).

// tryLock(timeoutInMillis): "true if the lock was acquired"; then hasLock() is true.
// https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
function probe_lock_tryLockAcquiresFreeLock() {
  var lock = LockService.getScriptLock();
  var got = lock.tryLock(1000);
  var has = lock.hasLock();
  lock.releaseLock();
  assertEqual_([got, has], [true, true], '[tryLock(1000), hasLock()] on a free lock');
}

// releaseLock(): "Releases the lock, allowing other processes waiting on the lock to continue."
// https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
function probe_lock_releaseLockDropsIt() {
  var lock = LockService.getScriptLock();
  lock.waitLock(1000);
  lock.releaseLock();
  assertEqual_(lock.hasLock(), false, 'hasLock() after releaseLock()');
}

// hasLock(): "Returns true if the lock was acquired"; false before any tryLock or waitLock.
// https://developers.google.com/apps-script/reference/lock/lock#hasLock()
function probe_lock_hasLockFalseBeforeAcquiring() {
  assertEqual_(LockService.getUserLock().hasLock(), false, 'hasLock() of a lock never acquired');
}

// waitLock(timeoutInMillis) on a free lock returns without throwing and holds it.
// https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
function probe_lock_waitLockAcquiresFreeLock() {
  var lock = LockService.getScriptLock();
  lock.waitLock(1000);
  var has = lock.hasLock();
  lock.releaseLock();
  assertEqual_(has, true, 'hasLock() after waitLock(1000)');
}
