// PropertiesService and CacheService (developers.google.com/apps-script/reference/properties/properties,
// .../cache/cache; limits from developers.google.com/apps-script/guides/services/quotas).
import { LocalCache } from '../../../src/local-apps-script/properties/local-cache';
import { LocalProperties, PROPERTY_ERRORS } from '../../../src/local-apps-script/properties/local-properties';
import { serviceEnv, thrownMessage } from '../support/service-env';

describe('PropertiesService', () => {
  test('stores strings per scope, null for a missing key', () => {
    const p = new LocalProperties(serviceEnv());
    const script = p.service.getScriptProperties();
    script.setProperty('cabas.formId', 'F1').setProperties({ a: '1', b: 2 as unknown as string });
    expect(script.getProperty('cabas.formId')).toBe('F1');
    expect(script.getProperty('b')).toBe('2');
    expect(script.getProperty('nope')).toBeNull();
    expect(p.service.getUserProperties().getProperty('a')).toBeNull();
    script.setProperties({ only: 'x' }, true);
    expect(script.getKeys()).toEqual(['only']);
    script.deleteAllProperties();
    expect(script.getProperties()).toEqual({});
  });

  test.each([
    { name: 'a value over 9 KB', fill: 1, size: 9 * 1024 + 1, message: PROPERTY_ERRORS.value },
    { name: 'a store over 500 KB', fill: 56, size: 9 * 1024, message: PROPERTY_ERRORS.store },
  ])('refuses $name and keeps the store as it was', ({ fill, size, message }) => {
    const store = new LocalProperties(serviceEnv()).service.getScriptProperties();
    const error = thrownMessage(() => {
      for (let i = 0; i < fill; i += 1) store.setProperty(`k${i}`, 'x'.repeat(size));
    });
    expect(error).toBe(message);
    expect(store.getKeys().length).toBe(fill - 1);
  });

  test('reads and writes are counted as service calls', () => {
    const env = serviceEnv();
    const store = new LocalProperties(env).service.getScriptProperties();
    store.setProperty('a', '1');
    store.getProperty('a');
    expect(env.accounting.execution().byMethod).toEqual({ 'Properties.setProperty': 1, 'Properties.getProperty': 1 });
  });
});

describe('CacheService', () => {
  test('an entry expires on the simulated clock', () => {
    const env = serviceEnv();
    const cache = new LocalCache(env).service.getScriptCache();
    cache.put('k', 'v', 60);
    env.clock.advance(59_000);
    expect(cache.get('k')).toBe('v');
    env.clock.advance(1_000);
    expect(cache.get('k')).toBeNull();
  });

  test('putAll, getAll and remove work on several keys; values over 100 KB are refused', () => {
    const cache = new LocalCache(serviceEnv()).service.getScriptCache();
    cache.putAll({ a: '1', b: '2' });
    cache.remove('a');
    expect(cache.getAll(['a', 'b'])).toEqual({ b: '2' });
    expect(thrownMessage(() => cache.put('big', 'x'.repeat(100 * 1024 + 1)))).toBe('Argument too large: value');
  });

  // https://developers.google.com/apps-script/reference/cache/cache#put(String,String)
  test.each([
    { what: 'a key over 250 characters', put: (c: GoogleAppsScript.Cache.Cache) => c.put('k'.repeat(251), 'v'), message: 'Argument too large: key' },
    { what: 'a value over 100 KB', put: (c: GoogleAppsScript.Cache.Cache) => c.put('k', 'x'.repeat(100 * 1024 + 1)), message: 'Argument too large: value' },
    { what: 'a value over 100 KB in putAll', put: (c: GoogleAppsScript.Cache.Cache) => c.putAll({ k: 'x'.repeat(100 * 1024 + 1) }), message: 'Argument too large: value' },
  ])('$what is refused with "$message"', ({ put, message }) => {
    expect(thrownMessage(() => put(new LocalCache(serviceEnv()).service.getScriptCache()))).toBe(message);
  });

  test('a value kept longer than 6 hours expires after 6 hours (21,600 s)', () => {
    const env = serviceEnv();
    const cache = new LocalCache(env).service.getScriptCache();
    cache.put('k', 'v', 86_400);
    env.clock.advance(21_600_000 - 1);
    expect(cache.get('k')).toBe('v');
    env.clock.advance(1);
    expect(cache.get('k')).toBeNull();
  });

  test.each([
    { label: '1,000 items are all kept', items: 1000, kept: 1000 },
    { label: 'the 1,001st item keeps the 900 farthest from expiration', items: 1001, kept: 900 },
  ])('$label', ({ items, kept }) => {
    const cache = new LocalCache(serviceEnv()).service.getScriptCache();
    // Item i expires after 100 + i seconds: the farthest from expiration are the last written.
    for (let i = 0; i < items; i += 1) cache.put(`k${i}`, String(i), 100 + i);
    const keys = Array.from({ length: items }, (_, i) => `k${i}`);
    const left = Object.keys(cache.getAll(keys));
    expect(left).toHaveLength(kept);
    expect(left[0]).toBe(`k${items - kept}`);
  });

  test('the cap keeps the items farthest from expiration, not the last written', () => {
    const cache = new LocalCache(serviceEnv()).service.getScriptCache();
    cache.put('long', 'v', 21_600);
    for (let i = 0; i < 1000; i += 1) cache.put(`k${i}`, String(i), 600);
    expect(cache.get('long')).toBe('v');
  });
});
