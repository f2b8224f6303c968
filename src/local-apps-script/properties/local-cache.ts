// CacheService: script, document and user caches whose entries expire on the simulated clock
// (default 600 s, at most 21600 s; 100 KB per value, 250 characters per key; at most 1,000 items).
// https://developers.google.com/apps-script/reference/cache/cache#put(String,String)
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { fakeObject } from '../surface/guard';

export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
const DEFAULT_TTL_S = 600;
const MAX_TTL_S = 21_600;
/**
 * "The cap for cached items is 1,000. If more than 1,000 items are written, the cache stores the
 * 900 items farthest from expiration." (Cache.put reference, above).
 */
export const MAX_CACHE_ITEMS = 1000;
const KEPT_AFTER_CAP = 900;

type Entry = { value: string; expires: number };

export class LocalCache {
  /** The `CacheService` global handed to scripts. */
  readonly service;
  private readonly caches: Record<string, Map<string, Entry>> = { script: new Map(), document: new Map(), user: new Map() };

  constructor(private readonly env: RuntimeEnv) {
    const get = (scope: string, method: string) => () => {
      record(env, 'CacheService', `CacheService.${method}`, 'local');
      return this.cache(this.caches[scope]);
    };
    this.service = fakeObject<GoogleAppsScript.Cache.CacheService>()('Cache.CacheService', {
      getScriptCache: get('script', 'getScriptCache'),
      getDocumentCache: get('document', 'getDocumentCache'),
      getUserCache: get('user', 'getUserCache'),
    });
  }

  private cache(map: Map<string, Entry>) {
    const env = this.env;
    const rpc = (method: string) => record(env, 'CacheService', `Cache.${method}`, 'rpc');
    const live = (key: string) => {
      const e = map.get(key);
      if (e && e.expires <= env.clock.now()) map.delete(key);
      return map.get(key)?.value ?? null;
    };
    const put = (key: string, value: string, ttl?: number) => {
      if (String(key).length > 250) throw env.realm.error('Argument too large: key');
      if (Buffer.byteLength(String(value)) > MAX_CACHE_VALUE_BYTES) throw env.realm.error('Argument too large: value');
      const seconds = Math.min(MAX_TTL_S, Math.max(1, ttl ?? DEFAULT_TTL_S));
      map.delete(String(key)); // a rewrite moves the key to the end of the write order
      map.set(String(key), { value: String(value), expires: env.clock.now() + seconds * 1000 });
    };
    const cap = () => {
      if (map.size <= MAX_CACHE_ITEMS) return;
      const now = env.clock.now();
      for (const [k, e] of map) if (e.expires <= now) map.delete(k);
      if (map.size <= MAX_CACHE_ITEMS) return;
      // Farthest from expiration first; among equals, the later written (Map keeps write order).
      const kept = [...map].map((entry, order) => ({ entry, order }))
        .sort((a, b) => b.entry[1].expires - a.entry[1].expires || b.order - a.order).slice(0, KEPT_AFTER_CAP);
      map.clear();
      for (const { entry } of kept.sort((a, b) => a.order - b.order)) map.set(entry[0], entry[1]);
    };
    return fakeObject<GoogleAppsScript.Cache.Cache>()('Cache.Cache', {
      get: (key: string) => {
        rpc('get');
        return live(String(key));
      },
      getAll: (keys: string[]) => {
        rpc('getAll');
        const out: Record<string, string> = {};
        for (const k of keys) {
          const v = live(String(k));
          if (v !== null) out[k] = v;
        }
        return env.realm.adopt(out);
      },
      put: (key: string, value: string, expirationInSeconds?: number) => {
        rpc('put');
        put(key, value, expirationInSeconds);
        cap();
      },
      putAll: (values: Record<string, string>, expirationInSeconds?: number) => {
        rpc('putAll');
        for (const [k, v] of Object.entries(values)) put(k, v, expirationInSeconds);
        cap();
      },
      remove: (key: string) => {
        rpc('remove');
        map.delete(String(key));
      },
      removeAll: (keys: string[]) => {
        rpc('removeAll');
        for (const k of keys) map.delete(String(k));
      },
    });
  }
}
