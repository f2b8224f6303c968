// PropertiesService: script, document and user stores of strings, with Apps Script's limits of
// 9 KB per value and 500 KB per store (https://developers.google.com/apps-script/guides/services/quotas).
// https://developers.google.com/apps-script/reference/properties/properties
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { APPS_SCRIPT_CLASS, fakeObject, type Surface } from '../surface/guard';

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
  /** The `PropertiesService` global handed to scripts. */
  readonly service;
  readonly stores: Record<PropertyScope, Map<string, string>> = { script: new Map(), document: new Map(), user: new Map() };

  constructor(private readonly env: RuntimeEnv) {
    const get = (scope: PropertyScope, method: string) => () => {
      record(env, 'PropertiesService', `PropertiesService.${method}`, 'local');
      return this.store(scope);
    };
    this.service = fakeObject<GoogleAppsScript.Properties.PropertiesService>()('Properties.PropertiesService', {
      getScriptProperties: get('script', 'getScriptProperties'),
      getDocumentProperties: get('document', 'getDocumentProperties'),
      getUserProperties: get('user', 'getUserProperties'),
    });
  }

  private store(scope: PropertyScope): LocalPropertyStore {
    return new LocalPropertyStore(this.env, this.stores[scope]);
  }
}

/** One store of properties (script, document or user). */
export class LocalPropertyStore implements Surface<GoogleAppsScript.Properties.Properties> {
  get [APPS_SCRIPT_CLASS]() { return 'Properties.Properties' as const; }

  constructor(private readonly env: RuntimeEnv, private readonly map: Map<string, string>) {}

  private rpc(method: string): void {
    record(this.env, 'PropertiesService', `Properties.${method}`, 'rpc');
  }

  private commit(next: Map<string, string>): this {
    for (const v of next.values()) if (bytes(v) > MAX_VALUE_BYTES) throw this.env.realm.error(PROPERTY_ERRORS.value);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) throw this.env.realm.error(PROPERTY_ERRORS.store);
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
    return this;
  }

  getProperty(key: string): string | null {
    this.rpc('getProperty');
    return this.map.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string): this {
    this.rpc('setProperty');
    return this.commit(new Map(this.map).set(String(key), String(value)));
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): this {
    this.rpc('setProperties');
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.map);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    return this.commit(next);
  }
  getProperties(): Record<string, string> {
    this.rpc('getProperties');
    return this.env.realm.adopt(Object.fromEntries(this.map));
  }
  getKeys(): string[] {
    this.rpc('getKeys');
    return this.env.realm.adopt([...this.map.keys()]);
  }
  deleteProperty(key: string): this {
    this.rpc('deleteProperty');
    this.map.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.rpc('deleteAllProperties');
    this.map.clear();
    return this;
  }
}
