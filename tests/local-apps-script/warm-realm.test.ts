// The warm realm (the offline replay's): one context for every execution, and still nothing of
// one execution seen by the next, as in Apps Script; what it cannot reset, it refuses loudly.
import { LocalAppsScript } from '../../src/local-apps-script/runtime';

const SCRIPT = `
'use strict';
var calls = 0;
const seen = [];
function count() { calls += 1; seen.push(calls); return calls; }
function leak() { globalThis.leaked = 'from an earlier execution'; Logger = null; return typeof leaked; }
function readLeak() { return [typeof leaked, typeof Logger.log]; }
function patchArray() { Array.prototype.last = function () { return this[this.length - 1]; }; return [1, 2].last(); }
function replaceJson() { JSON.parse = () => 'patched'; return 1; }
function fail() { throw new Error('boom'); }
`;

function runtime(warmRealm: boolean): LocalAppsScript {
  const gas = new LocalAppsScript({ now: Date.UTC(2026, 11, 1), warmRealm });
  gas.loadFile('Code.gs', SCRIPT);
  return gas;
}

describe.each([{ warmRealm: false }, { warmRealm: true }])('executions with warmRealm $warmRealm', ({ warmRealm }) => {
  test('run the top level again each time: module state starts afresh', () => {
    const gas = runtime(warmRealm);
    expect([gas.run('count'), gas.run('count'), gas.run('count')]).toEqual([1, 1, 1]);
  });

  test('do not see the globals an earlier execution added or replaced', () => {
    const gas = runtime(warmRealm);
    expect(gas.run('leak')).toBe('string');
    expect(gas.run('readLeak')).toEqual(['undefined', 'function']);
  });

  test('go on after an execution that failed', () => {
    const gas = runtime(warmRealm);
    expect(() => gas.run('fail')).toThrow('boom');
    expect(gas.run('count')).toBe(1);
  });
});

describe('the warm realm refuses what it cannot reset', () => {
  test.each([
    { what: 'a property added to a built-in prototype', name: 'patchArray', builtIn: 'Array.prototype.last' },
    { what: 'a built-in method replaced', name: 'replaceJson', builtIn: 'JSON.parse' },
  ])('$what throws, naming it', ({ name, builtIn }) => {
    expect(() => runtime(true).run(name)).toThrow(`the script changed the built-in ${builtIn}`);
  });

  test.each([
    { what: 'a built-in method replaced', name: 'replaceJson', builtIn: 'JSON.parse' },
    { what: 'a property added to a built-in prototype', name: 'patchArray', builtIn: 'Array.prototype.last' },
  ])('$what later in a run throws within eight executions (the built-ins are compared at every eighth)', ({ name, builtIn }) => {
    const gas = runtime(true);
    gas.run('count');
    gas.run('count');
    let error = '';
    let runs = 0;
    for (let i = 0; i < 8 && !error; i += 1) {
      try {
        runs += 1;
        gas.run(i === 0 ? name : 'count');
      } catch (e) {
        error = String(e);
      }
    }
    expect(error).toContain(`the script changed the built-in ${builtIn}`);
    expect(runs).toBe(7); // the realm's ninth execution: it compares at the first, then every eighth
  });

  test('a global the script replaced or deleted is put back for the next execution', () => {
    const gas = new LocalAppsScript({ now: Date.UTC(2026, 11, 1), warmRealm: true });
    gas.loadFile('Code.gs', `
      function replace() { Utilities = 'mine'; return typeof Utilities; }
      function remove() { delete globalThis.Utilities; delete globalThis.Math; return typeof Math; }
      function look() { return [typeof Utilities.sleep, typeof Math.max, Number.isNaN(NaN)]; }`);
    expect(gas.run('replace')).toBe('string');
    expect(gas.run('look')).toEqual(['function', 'function', true]);
    expect(gas.run('remove')).toBe('undefined');
    expect(gas.run('look')).toEqual(['function', 'function', true]);
  });

  test('a fresh realm per execution accepts it (the next one starts clean)', () => {
    const gas = runtime(false);
    expect(gas.run('patchArray')).toBe(2);
    expect(gas.run('count')).toBe(1);
  });

  test('a project of two files is refused', () => {
    const gas = runtime(true);
    gas.loadFile('Other.gs', 'function other() { return 1; }');
    expect(() => gas.run('count')).toThrow('warm realm: runs one script file, and the project has 2');
  });
});

describe('the warm realm reset, on the fast path and off it', () => {
  test('a global added (alone, or while another is deleted) is taken away, and a deleted one put back', () => {
    const gas = new LocalAppsScript({ now: Date.UTC(2026, 11, 1), warmRealm: true });
    gas.loadFile('Code.gs', `
      function swap() { delete globalThis.Utilities; globalThis.mine = 1; return [typeof Utilities, typeof mine]; }
      function add() { globalThis.mine = 1; return typeof mine; }
      function look() { return [typeof Utilities.sleep, typeof mine]; }`);
    expect(gas.run('look')).toEqual(['function', 'undefined']);
    expect(gas.run('swap')).toEqual(['undefined', 'number']);
    expect(gas.run('look')).toEqual(['function', 'undefined']);
    // Only added, nothing of the baseline touched: the count of names says so.
    expect(gas.run('add')).toBe('number');
    expect(gas.run('look')).toEqual(['function', 'undefined']);
  });

  test('a function the file declares is its own again at each execution, whatever an execution made of it', () => {
    const gas = new LocalAppsScript({ now: Date.UTC(2026, 11, 1), warmRealm: true });
    gas.loadFile('Code.gs', `
      var mood = 'calm';
      function spoil() { mood = 'spoilt'; look = function () { return 'replaced'; }; return look(); }
      function look() { return mood; }`);
    expect(gas.run('spoil')).toBe('replaced');
    expect(gas.run('look')).toBe('calm');
  });
});
