// Contract probes: LockService and Lock, each within one execution (contention between
// executions cannot be staged from one probe; the local runtime's tests cover it).

// https://developers.google.com/apps-script/reference/lock/lock#hasLock()
function probe_concurrency_hasLock_false_before_any_attempt() {
  var lock = LockService.getScriptLock();
  if (lock.hasLock() !== false) throw new Error('hasLock() should be false before tryLock/waitLock was called');
}

// https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
function probe_concurrency_tryLock_takes_a_free_lock() {
  var lock = LockService.getScriptLock();
  var taken = lock.tryLock(1000);
  try {
    if (taken !== true) throw new Error('tryLock(1000) on a free lock should return true, got ' + taken);
    if (lock.hasLock() !== true) throw new Error('hasLock() should be true after a successful tryLock');
  } finally {
    lock.releaseLock();
  }
}

// https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
function probe_concurrency_waitLock_takes_a_free_lock() {
  var lock = LockService.getScriptLock();
  var returned = lock.waitLock(1000);
  try {
    if (returned !== undefined) throw new Error('waitLock should return nothing, got ' + returned);
    if (lock.hasLock() !== true) throw new Error('hasLock() should be true after waitLock');
  } finally {
    lock.releaseLock();
  }
}

// https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
function probe_concurrency_releaseLock_lets_go() {
  var lock = LockService.getScriptLock();
  lock.waitLock(1000);
  lock.releaseLock();
  if (lock.hasLock() !== false) throw new Error('hasLock() should be false after releaseLock()');
}

// https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
// "If the lock has not been acquired, this method has no effect."
function probe_concurrency_releaseLock_without_the_lock_has_no_effect() {
  var lock = LockService.getScriptLock();
  lock.releaseLock();
  if (lock.hasLock() !== false) throw new Error('hasLock() should stay false');
}

// https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
function probe_concurrency_tryLock_takes_the_lock_again_after_release() {
  var lock = LockService.getScriptLock();
  lock.waitLock(1000);
  lock.releaseLock();
  var again = lock.tryLock(1000);
  try {
    if (again !== true) throw new Error('a released lock should be free again, tryLock returned ' + again);
  } finally {
    lock.releaseLock();
  }
}

// https://developers.google.com/apps-script/reference/lock/lock#hasLock()
// "This method will return false if tryLock(timeoutInMillis) or waitLock(timeoutInMillis) were never called":
// a second Lock object of an execution that holds the script lock has never been asked.
function probe_concurrency_hasLock_answers_for_its_own_lock_object() {
  var held = LockService.getScriptLock();
  held.waitLock(1000);
  try {
    if (LockService.getScriptLock().hasLock() !== false) throw new Error('a lock object never tried should say hasLock() false');
    if (held.hasLock() !== true) throw new Error('the lock object that took the lock should say hasLock() true');
  } finally {
    held.releaseLock();
  }
}
