// PropertiesService: script, document and user stores of strings, with Apps Script's limits of
// 9 KB per value and 500 KB per store (https://developers.google.com/apps-script/guides/services/quotas).
// https://developers.google.com/apps-script/reference/properties/properties
import type { RuntimeEnv } from '../env';
import { record, serviceObject } from '../service-object';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
// As scripts report them (github search "Argument too large: value", "property storage quota").
export const PROPERTY_ERRORS = {
  value: 'Argument too large: value',
  store: 'You have exceeded the property storage quota. Please remove some properties and try again.',
};

export type PropertyScope = 'script' | 'document' | 'user';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class LocalProperties {
  readonly service: GoogleAppsScript.Properties.PropertiesService;
  readonly stores: Record<PropertyScope, Map<string, string>> = { script: new Map(), document: new Map(), user: new Map() };

  constructor(private readonly env: RuntimeEnv) {
    const get = (scope: PropertyScope, method: string) => () => {
      record(env, 'PropertiesService', `PropertiesService.${method}`, 'local');
      return this.store(scope);
    };
    this.service = serviceObject(env, 'PropertiesService', {
      getScriptProperties: get('script', 'getScriptProperties'),
      getDocumentProperties: get('document', 'getDocumentProperties'),
      getUserProperties: get('user', 'getUserProperties'),
    });
  }

  private store(scope: PropertyScope): GoogleAppsScript.Properties.Properties {
    const env = this.env;
    const map = this.stores[scope];
    let self: GoogleAppsScript.Properties.Properties;
    const rpc = (method: string) => record(env, 'PropertiesService', `Properties.${method}`, 'rpc');
    const check = (next: Map<string, string>) => {
      for (const v of next.values()) if (bytes(v) > MAX_VALUE_BYTES) throw env.realm.error(PROPERTY_ERRORS.value);
      let total = 0;
      for (const [k, v] of next) total += bytes(k) + bytes(v);
      if (total > MAX_STORE_BYTES) throw env.realm.error(PROPERTY_ERRORS.store);
    };
    const commit = (next: Map<string, string>) => {
      check(next);
      map.clear();
      for (const [k, v] of next) map.set(k, v);
      return self;
    };
    self = serviceObject(env, 'Properties', {
      getProperty: (key: string) => {
        rpc('getProperty');
        return map.get(String(key)) ?? null;
      },
      setProperty: (key: string, value: string) => {
        rpc('setProperty');
        return commit(new Map(map).set(String(key), String(value)));
      },
      setProperties: (properties: Record<string, string>, deleteAllOthers?: boolean) => {
        rpc('setProperties');
        const next = deleteAllOthers ? new Map<string, string>() : new Map(map);
        for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
        return commit(next);
      },
      getProperties: () => {
        rpc('getProperties');
        return env.realm.adopt(Object.fromEntries(map));
      },
      getKeys: () => {
        rpc('getKeys');
        return env.realm.adopt([...map.keys()]);
      },
      deleteProperty: (key: string) => {
        rpc('deleteProperty');
        map.delete(String(key));
        return self;
      },
      deleteAllProperties: () => {
        rpc('deleteAllProperties');
        map.clear();
        return self;
      },
    });
    return self;
  }
}
