// The one shape of every fake Apps Script object, and the one guard between the fakes and the
// script.
//
// A fake is a host object (a class instance, or for a stateless service an object literal) that
// names the Apps Script interface it stands for under APPS_SCRIPT_CLASS, and is typed with
// Surface<T> so that the compiler checks each method it implements against the typings. The
// script never holds a fake: it holds the fake's *script view* (scriptView()), a proxy that
//  (a) answers each member of the interface (surface-table.ts, generated from the typings) that
//      the fake lacks with `not implemented: Class.member` (unmodeled.ts says how);
//  (b) answers every other name, the fake's host-only members included (`sheet.grid`,
//      `form.responses`, `snapshot()`…), with undefined, as Google does for a name its class lacks;
//  (c) so leaves host probes (then, toJSON, asymmetricMatch, symbols…) undefined too, but
//      `toString()` gives the class name, as Apps Script prints a service object;
// and whose methods take script views as arguments (the fake receives the fakes behind them) and
// return script views (a fake, or an array holding fakes, is viewed on the way out). The host
// (the runtime, the driver, tests) keeps the fakes themselves, with their host-only members.
import type { RuntimeEnv } from '../env';
import { unmodeledMember } from '../unmodeled';
import { SURFACE_ADDITIONS } from './surface-additions';
import { APPS_SCRIPT_SURFACE } from './surface-table';

/** Where a fake names its Apps Script interface(s): `'Spreadsheet.Sheet'`, or several, the first naming the class in errors. */
export const APPS_SCRIPT_CLASS: unique symbol = Symbol('Apps Script class');

export type AppsScriptClass = string | readonly [string, ...string[]];

export interface Fake {
  readonly [APPS_SCRIPT_CLASS]: AppsScriptClass;
}

type Primitive = string | number | boolean | bigint | symbol | null | undefined | void;
// A fake may answer null where the typings say a value (Google does: FormResponse.getId() of a draft).
type Loose<R> = R extends Primitive ? R | null : unknown;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a fake's parameter may be any of its own classes
type LooseArgs<A extends unknown[]> = { [I in keyof A]: A[I] extends Primitive ? A[I] : any };

/**
 * What a fake of the Apps Script interface `T` may declare: any of its members, each method with
 * the typings' parameters and return type where they are plain values (a wrong signature does not
 * compile); where they are Apps Script objects, a fake takes and returns other fakes (the local
 * classes), which the typings' types do not describe.
 */
export type Surface<T> = {
  [K in keyof T]?: T[K] extends (...args: infer A) => infer R ? (...args: LooseArgs<A>) => Loose<R> : unknown;
};

/** The members the script may see on `fake` (its interfaces' members), and the class name errors use. */
interface Shape {
  name: string;
  members: ReadonlySet<string>;
}

const shapes = new Map<string, Shape>();

function shapeOf(cls: AppsScriptClass): Shape {
  const names: readonly string[] = typeof cls === 'string' ? [cls] : cls;
  const key = names.join('|');
  let shape = shapes.get(key);
  if (!shape) {
    const members = new Set<string>();
    for (const name of names) {
      const listed = APPS_SCRIPT_SURFACE[name];
      const added = SURFACE_ADDITIONS[name];
      if (!listed && !added) throw new Error(`surface: no Apps Script interface ${name} (see src/local-apps-script/surface/surface-table.ts)`);
      for (const m of [...(listed ?? []), ...(added ?? [])]) members.add(m);
    }
    shape = { name: names[0].slice(names[0].indexOf('.') + 1), members };
    shapes.set(key, shape);
  }
  return shape;
}

/**
 * A fake written as an object literal over a closure (a service without state of its own, or whose
 * state its host class keeps: `Cache`, `Session`, `ScriptApp`…). Same shape as a class's: the
 * tag, and members checked against Surface<T>: `fakeObject<GoogleAppsScript.Cache.Cache>()('Cache.Cache', {…})`.
 */
export function fakeObject<T>(): <M extends Surface<T>>(cls: AppsScriptClass, members: M) => M & Fake {
  return (cls, members) => Object.assign(members, { [APPS_SCRIPT_CLASS]: cls });
}

export function isFake(value: unknown): value is Fake {
  return typeof value === 'object' && value !== null && APPS_SCRIPT_CLASS in value && !views.has(value);
}

// Script views by fake, and fakes by script view: one view per fake, so identity holds in the script.
const viewOf = new WeakMap<object, object>();
const views = new WeakMap<object, object>();

/** True for a script view (what the script holds). */
export function isScriptView(value: unknown): boolean {
  return typeof value === 'object' && value !== null && views.has(value);
}

/** What the script gets for a value a fake or the runtime hands it: fakes (also in an array) become their views. */
export function scriptView<T>(env: RuntimeEnv, value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    // Rows of cell values are the common case: only an array holding a fake is copied.
    if (!value.some(holdsFake)) return value;
    return value.map((v: unknown) => scriptView(env, v)) as T;
  }
  if (!isFake(value)) return value;
  let view = viewOf.get(value);
  if (!view) {
    view = new Proxy(value, handler(env, value));
    viewOf.set(value, view);
    views.set(view, value);
  }
  return view as T;
}

/** An element `scriptView` must look into: a fake (an array element that is a row of values is not one). */
function holdsFake(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && isFake(value);
}

/** The fake behind a script view, in an argument, an array or a plain options object (`{ attachments: [blob] }`). */
export function hostValue<T>(value: T, depth = 0): T {
  if (typeof value !== 'object' || value === null) return value;
  const fake = views.get(value);
  if (fake) return fake as T;
  if (depth >= 3) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      // A cell value (string, number, boolean, null) needs no look: most of a setValues grid.
      if (typeof item !== 'object' || item === null) continue;
      const v = hostValue(item, depth + 1);
      if (v !== item) (copy ??= value.slice())[i] = v;
    }
    return (copy ?? value) as T;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  // Only plain objects (of any realm) are looked into: Dates, fakes and the rest are passed as they are.
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return value;
  let copy: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value)) {
    const h = hostValue(v, depth + 1);
    if (h !== v) (copy ??= { ...(value as Record<string, unknown>) })[k] = h;
  }
  return (copy ?? value) as T;
}

// One handler per view: the fake's shape is looked up once, when the view is made (a fake's class
// never changes), and the methods it hands out are kept here.
function handler(env: RuntimeEnv, target: Fake): ProxyHandler<Fake> {
  const shape = shapeOf(target[APPS_SCRIPT_CLASS]);
  const methods = new Map<string, unknown>();
  return {
    get(fake, prop) {
      if (typeof prop !== 'string') return undefined;
      // `String(sheet)` and `Logger.log(sheet)` print the class name in Apps Script.
      if (prop === 'toString' && !shape.members.has(prop)) return () => shape.name;
      if (!shape.members.has(prop)) return undefined;
      const known = methods.get(prop);
      // A method once handed out is the same function again (identity holds in the script); a
      // fake's methods live on its class and are never replaced.
      if (known !== undefined) return known;
      if (!(prop in fake)) return unmodeledMember(env, shape.name, prop);
      const value = (fake as unknown as Record<string, unknown>)[prop];
      if (typeof value !== 'function') return scriptView(env, value);
      const fn = value as (...args: unknown[]) => unknown;
      const method = function appsScriptMethod(...args: unknown[]): unknown {
        for (let i = 0; i < args.length; i += 1) args[i] = hostValue(args[i]);
        return scriptView(env, fn.apply(fake, args));
      };
      methods.set(prop, method);
      return method;
    },
    has(_fake, prop) {
      return typeof prop === 'string' && shape.members.has(prop);
    },
    // A script sees no own keys (JSON.stringify gives {}), no prototype, and cannot write.
    ownKeys: () => [],
    getOwnPropertyDescriptor: () => undefined,
    getPrototypeOf: () => null,
    set: () => true,
    defineProperty: () => true,
    deleteProperty: () => true,
  };
}
