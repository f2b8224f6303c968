// The script realm: Apps Script's JavaScript globals, none of Node's, and a Date on the simulated clock
// (developers.google.com/apps-script/guides/v8-runtime: no Node APIs, no setTimeout, no URL…).
import vm from 'node:vm';
import { createScriptRealm } from '../../src/local-apps-script/realm';

describe('script realm', () => {
  test.each(['require', 'process', 'Buffer', 'setTimeout', 'setInterval', 'URL', 'TextEncoder', 'TextDecoder', 'fetch', 'crypto', 'structuredClone', 'queueMicrotask', 'module', 'console'])(
    'has no %s', (name) => {
      const { context } = createScriptRealm(() => 0);
      expect(vm.runInContext(`typeof ${name}`, context)).toBe('undefined');
    });

  test('new Date() and Date.now() read the simulated clock, other constructors work as usual', () => {
    let now = Date.UTC(2026, 11, 10, 19, 0);
    const { context } = createScriptRealm(() => now);
    expect(vm.runInContext('new Date().getTime()', context)).toBe(now);
    now += 5000;
    expect(vm.runInContext('Date.now()', context)).toBe(now);
    expect(vm.runInContext('new Date(2026, 0, 2, 3).getHours()', context)).toBe(3);
    expect(vm.runInContext('new Date(0) instanceof Date && new Date() instanceof Date', context)).toBe(true);
    expect(vm.runInContext('typeof Date()', context)).toBe('string');
  });

  test('eval and new Function are refused, as code generation from strings is off', () => {
    const { context } = createScriptRealm(() => 0);
    expect(() => vm.runInContext('eval("1")', context)).toThrow();
    expect(() => vm.runInContext('new Function("return 1")', context)).toThrow();
  });

  test('adopted values are the script realm\'s own arrays, objects and dates', () => {
    const { context, realm, global } = createScriptRealm(() => 0);
    global.value = realm.adopt({ list: [1, 2], when: new Date(5), nested: { a: 'b' } });
    expect(vm.runInContext('value.list instanceof Array && value.when instanceof Date && value instanceof Object', context)).toBe(true);
    global.err = realm.error('boom');
    expect(vm.runInContext('err instanceof Error && String(err)', context)).toBe('Exception: boom');
  });
});
