// The script's realm: a fresh `node:vm` context with Apps Script's JavaScript globals and none of
// Node's, whose `Date` reads the simulated clock and keeps local time in the project's time zone
// (zoned-date.ts). One is made per execution, because Apps Script runs every file's top level
// again on each execution (nothing survives in globals between them).
import vm from 'node:vm';
import type { Realm } from './env';
import { isDate } from './env';
import { isFake, isScriptView } from './surface/guard';
import { installZonedDate } from './zoned-date';

// What a fresh V8 context has that Apps Script does not (Apps Script's V8 has no WebAssembly API,
// no shared memory; its console is Apps Script's own, installed by the runtime).
const NOT_IN_APPS_SCRIPT = ['console', 'SharedArrayBuffer', 'Atomics', 'WebAssembly', 'FinalizationRegistry', 'WeakRef'];

export interface ScriptRealm {
  readonly context: vm.Context;
  /** The context's global object, where services are installed and top-level functions live. */
  readonly global: Record<string, unknown>;
  readonly realm: Realm;
}

/** `timeZone` is the project's (the manifest's timeZone); the host's TZ plays no part. */
export function createScriptRealm(now: () => number, timeZone = 'Europe/Paris'): ScriptRealm {
  // An ordinary global object (DONT_CONTEXTIFY), not a "contextified" sandbox: Node answers every
  // global name a sandboxed script reads (`Array`, `Number`, `Promise`…) through an interceptor that
  // first looks in the sandbox object, about 50 times slower than a plain global read; zod's decode
  // of the cycle snapshot reads a few of them per field. Nothing here uses the sandbox object.
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY, { name: 'apps-script', codeGeneration: { strings: false, wasm: false } });
  const global = vm.runInContext('globalThis', context) as Record<string, unknown>;
  for (const name of NOT_IN_APPS_SCRIPT) delete global[name];
  installZonedDate(context, now, timeZone);
  const ScriptDate = global.Date as DateConstructor;
  const ScriptError = global.Error as ErrorConstructor;
  const ScriptArray = global.Array as ArrayConstructor;
  const ScriptObject = global.Object as ObjectConstructor;

  const adopt = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || isScriptView(value) || isFake(value)) return value;
    if (isDate(value)) return new ScriptDate((value as Date).getTime());
    if (Array.isArray(value)) return ScriptArray.from(value, adopt);
    const proto = Object.getPrototypeOf(value);
    // Service objects (class instances, proxies) are handed over as they are.
    if (proto !== Object.prototype && proto !== ScriptObject.prototype && proto !== null) return value;
    const copy = new ScriptObject() as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) copy[k] = adopt(v);
    return copy;
  };

  const realm: Realm = {
    date: (ms) => new ScriptDate(ms),
    error: (message) => {
      const e = new ScriptError(message);
      // Apps Script's service errors print as `Exception: message`.
      e.name = 'Exception';
      return e;
    },
    adopt: <T>(value: T) => adopt(value) as T,
  };
  return { context, global, realm };
}
