// Accounting: an injected kill ends the execution for good, as a real kill would.
import { LocalAppsScript } from '../../src/local-apps-script/runtime';

describe('killAtNthCall', () => {
  test.each([
    { name: 'kills at the n-th call', catches: false },
    { name: 'a script that catches the kill cannot carry on: every later call dies too', catches: true },
  ])('$name', ({ catches }) => {
    const gas = new LocalAppsScript({ now: 0 });
    gas.loadFile('Code.js', `function f(catches) {
      var p = PropertiesService.getScriptProperties();
      try { p.setProperty('a', '1'); } catch (e) { if (!catches) throw e; }
      p.setProperty('b', '2');
    }`);
    gas.accounting.killAtNthCall(1);
    expect(() => gas.run('f', catches)).toThrow(/killed/);
    expect(gas.properties.service.getScriptProperties().getProperty('b')).toBeNull();
    gas.run('f', false); // the next execution is not killed
    expect(gas.properties.service.getScriptProperties().getProperty('b')).toBe('2');
  });
});
