// Wraps a local service class so that any Apps Script method it does not implement throws
// `not implemented: Class.method` when called, instead of silently being undefined.
import type { CallKind } from './accounting';
import type { RuntimeEnv } from './env';
import { unmodeledMember } from './unmodeled';

// Names that host tools probe on any object (jest matchers, promises, JSON, util.inspect): they
// must stay undefined, or a service object would look like a thenable or an asymmetric matcher.
const PROBED = new Set(['then', 'asymmetricMatch', 'toJSON', '$$typeof', 'nodeType', 'inspect', 'constructor', 'length', 'prototype']);

/** A proxy of `target` typed as the Apps Script interface `T`. */
export function serviceObject<T>(env: RuntimeEnv, className: string, target: object): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop !== 'string' || prop in t || PROBED.has(prop) || prop.startsWith('_') || prop.startsWith('@@')) {
        return Reflect.get(t, prop, receiver);
      }
      return unmodeledMember(env, className, prop);
    },
  }) as T;
}

/** Records one call in the execution's accounting (shorthand used by every local service). */
export function record(env: RuntimeEnv, service: string, method: string, kind: CallKind, cells?: { read?: number; written?: number }): void {
  env.accounting.record(service, method, kind, cells);
}
