// Contract probes for what a lock object answers about itself, within one execution (lock.js has
// the free-lock basics; contention between executions cannot be staged from one probe, the local
// runtime's tests cover it: tests/local-apps-script/lock, tests/local-apps-script/scheduler.test.ts).

// releaseLock(): "If the lock has not been acquired, this method has no effect."
// https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
function probe_concurrency_releaseLockWithoutTheLockHasNoEffect() {
  var lock = LockService.getScriptLock();
  lock.releaseLock();
  assertEqual_(lock.hasLock(), false, 'hasLock() after releaseLock() on a lock never acquired');
}

// tryLock(timeoutInMillis) after releaseLock(): the released lock is free again.
// https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
function probe_concurrency_tryLockTakesTheLockAgainAfterRelease() {
  var lock = LockService.getScriptLock();
  lock.waitLock(1000);
  lock.releaseLock();
  var again = lock.tryLock(1000);
  var has = lock.hasLock();
  lock.releaseLock();
  assertEqual_([again, has], [true, true], '[tryLock(1000), hasLock()] after a release');
}

// hasLock(): "This method will return false if tryLock(timeoutInMillis) or
// waitLock(timeoutInMillis) were never called": it answers for its own lock object, so a second
// script lock object of an execution that holds the script lock says false.
// https://developers.google.com/apps-script/reference/lock/lock#hasLock()
function probe_concurrency_hasLockAnswersForItsOwnLockObject() {
  var held = LockService.getScriptLock();
  held.waitLock(1000);
  var other = LockService.getScriptLock().hasLock();
  var own = held.hasLock();
  held.releaseLock();
  assertEqual_([other, own], [false, true], '[hasLock() of a second lock object, hasLock() of the holder]');
}
