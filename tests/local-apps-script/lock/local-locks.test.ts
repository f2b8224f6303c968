// LockService (developers.google.com/apps-script/reference/lock/lock): tryLock answers false and
// waitLock throws when another process holds the lock beyond the timeout.
import { LOCK_TIMEOUT } from '../../../src/local-apps-script/lock/local-lock';
import { LocalLocks } from '../../../src/local-apps-script/lock/local-locks';
import { serviceEnv, START, thrownMessage } from '../support/service-env';

describe('LocalLocks', () => {
  test('a free lock is taken at once', () => {
    const env = serviceEnv();
    const locks = new LocalLocks(env);
    locks.beginExecution(1);
    const lock = locks.service.getScriptLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test.each([
    { name: 'waits until an outside holder lets go', heldFor: 5_000, timeout: 30_000, taken: true, endsAt: START + 5_000 },
    { name: 'gives up after its timeout', heldFor: 60_000, timeout: 30_000, taken: false, endsAt: START + 30_000 },
  ])('tryLock $name', ({ heldFor, timeout, taken, endsAt }) => {
    const env = serviceEnv();
    const locks = new LocalLocks(env);
    locks.holdScriptLockUntil(START + heldFor);
    locks.beginExecution(1);
    expect(locks.service.getScriptLock().tryLock(timeout)).toBe(taken);
    expect(env.clock.now()).toBe(endsAt);
  });

  test('waitLock throws Apps Script\'s timeout message', () => {
    const env = serviceEnv();
    const locks = new LocalLocks(env);
    locks.holdScriptLockUntil(START + 60_000);
    locks.beginExecution(1);
    expect(thrownMessage(() => locks.service.getScriptLock().waitLock(10_000))).toBe(LOCK_TIMEOUT);
  });

  test('the end of an execution releases its lock for the next one', () => {
    const env = serviceEnv();
    const locks = new LocalLocks(env);
    locks.beginExecution(1);
    locks.service.getScriptLock().waitLock(1000);
    locks.endExecution(env.clock.now());
    locks.beginExecution(2);
    expect(locks.service.getScriptLock().tryLock(0)).toBe(true);
  });

  test.each([
    { name: 'waits for a hold that began later on the other timeline but came first', heldFrom: 5_000, heldUntil: 10_000, timeout: 30_000, taken: true, endsAt: START + 10_000 },
    { name: 'times out when that hold ends beyond its wait', heldFrom: 20_000, heldUntil: 40_000, timeout: 30_000, taken: false, endsAt: START + 30_000 },
  ])('an execution replayed after another of its batch $name', ({ heldFrom, heldUntil, timeout, taken, endsAt }) => {
    const env = serviceEnv();
    const locks = new LocalLocks(env);
    locks.beginExecution(1);
    env.clock.advance(heldFrom);
    locks.service.getScriptLock().waitLock(0);
    env.clock.advance(heldUntil - heldFrom);
    locks.endExecution(env.clock.now());
    // The second execution of the batch starts at the same instant as the first.
    env.clock.set(START);
    locks.beginExecution(2);
    expect(locks.service.getScriptLock().tryLock(timeout)).toBe(taken);
    expect(env.clock.now()).toBe(endsAt);
  });

  // developers.google.com/apps-script/reference/lock/lock#hasLock() and #releaseLock(): both
  // answer for the lock object the script holds.
  test('another lock object of the same execution has not acquired the lock and cannot release it', () => {
    const env = serviceEnv();
    const locks = new LocalLocks(env);
    locks.beginExecution(1);
    const held = locks.service.getScriptLock();
    held.waitLock(1000);
    const other = locks.service.getScriptLock();
    expect(other.hasLock()).toBe(false);
    other.releaseLock();
    expect(held.hasLock()).toBe(true);
  });

  test('script, document and user locks are independent', () => {
    const env = serviceEnv();
    const locks = new LocalLocks(env);
    locks.holdScriptLockUntil(START + 60_000);
    locks.beginExecution(1);
    expect(locks.service.getDocumentLock().tryLock(0)).toBe(true);
    expect(locks.service.getUserLock().tryLock(0)).toBe(true);
    expect(locks.service.getScriptLock().tryLock(0)).toBe(false);
  });
});
