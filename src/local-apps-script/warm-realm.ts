// One script realm kept for every execution, for a host that runs thousands of them in a row (the
// offline replay of an answers file). Apps Script runs the script's top level again in a fresh
// global at each execution; so does this realm, on the same global object reset between
// executions, because V8 keeps the code it optimized only for functions of the same context.
//
// Why: V8 keeps what it learned about a function (its feedback vector, where the optimized code
// lives) per closure site of the enclosing function's own feedback. A script run in a new context
// (or run again as a new script) starts every function cold, and the bundle's execution costs
// several times what it costs warm. Calling the same compiled wrapper of the file again re-runs
// its whole top level (fresh module state, fresh closures) on warm feedback.
//
// What stays faithful, and what fails loudly:
// - The top level runs at each execution, so nothing the file's own code holds survives.
// - Globals the script added or replaced are removed or put back after each execution.
// - A built-in the script changed (`Array.prototype.x = …`) would be seen by the next execution,
//   which Apps Script never does: the reset checks every built-in (at the first execution, then every
//   eighth) and throws, naming it.
// - Only one file: files of an Apps Script project share one global scope (a `const` of one file
//   is seen by the next), which separate wrappers cannot give.
import vm from 'node:vm';
import { compiledScript } from './compiled-script';
import { createScriptRealm, type ScriptRealm } from './realm';

/** The built-ins whose own properties the reset compares (constructors, their prototypes, namespaces). */
const BUILT_INS = ['Object', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Date', 'RegExp', 'Error', 'TypeError', 'RangeError',
  'Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'JSON', 'Math', 'Intl', 'Reflect', 'ArrayBuffer', 'Uint8Array'];

/**
 * An object's own properties as they were: keys in order, and each one's value (or getter, for an
 * accessor). Checked after every execution, so it is kept cheap: a fresh shape per check (maps,
 * descriptors) cost some 2 ms an execution, more than the execution itself.
 */
interface Shape {
  keys: PropertyKey[];
  values: unknown[];
  accessor: boolean[];
}

function shapeOf(target: object): Shape {
  const keys = Reflect.ownKeys(target);
  const values: unknown[] = [];
  const accessor: boolean[] = [];
  for (const key of keys) {
    const d = Reflect.getOwnPropertyDescriptor(target, key)!;
    accessor.push(!('value' in d));
    values.push('value' in d ? d.value : d.get);
  }
  return { keys, values, accessor };
}

/**
 * The first own property of `target` that is not as `before` recorded it, or null. Data properties
 * are read directly (no descriptor allocated); a data property turned into an accessor would be
 * read through its getter, which a script replacing a built-in has no reason to do.
 */
function changedKey(before: Shape, target: object): PropertyKey | null {
  const keys = Reflect.ownKeys(target);
  if (keys.length !== before.keys.length) {
    const known = new Set(before.keys);
    const now = new Set<PropertyKey>(keys);
    return keys.find((k) => !known.has(k)) ?? before.keys.find((k) => !now.has(k)) ?? null;
  }
  const object = target as Record<PropertyKey, unknown>;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i];
    if (key !== before.keys[i]) return key;
    const value = before.accessor[i] ? Reflect.getOwnPropertyDescriptor(target, key)?.get : object[key as string];
    if (!Object.is(value, before.values[i])) return key;
  }
  return null;
}

/** How often the reset compares the built-ins' own keys and values (see end()). */
const CHECK_EVERY = 8;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export class WarmRealm {
  readonly realm: ScriptRealm;
  private readonly baseline = new Map<PropertyKey, PropertyDescriptor>();
  /** The baseline's data properties as two arrays, compared by a plain read at every reset (see end()). */
  private readonly dataKeys: string[] = [];
  private readonly dataValues: unknown[] = [];
  /** The baseline's other own properties (accessors, symbols, NaN), compared by descriptor at every reset. */
  private readonly otherKeys: PropertyKey[] = [];
  private readonly builtIns: { name: string; target: object; shape: Shape }[] = [];
  /** The file's top level as a function of this realm, once its first run has shown what it declares. */
  private wrapper: (() => Record<string, unknown>) | null = null;
  private declared: string[] = [];
  private inUse = false;
  private ends = 0;

  constructor(now: () => number, timeZone: string, globals: Record<string, unknown>) {
    this.realm = createScriptRealm(now, timeZone);
    Object.assign(this.realm.global, globals);
    const global = this.realm.global;
    for (const key of Reflect.ownKeys(global)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(global, key)!;
      this.baseline.set(key, descriptor);
      // `NaN`, `undefined`, `Infinity`: neither writable nor configurable, no script can change them.
      if ('value' in descriptor && !descriptor.writable && !descriptor.configurable) continue;
      // A value read back as undefined (deleted) must differ from the baseline's: undefined ones go by descriptor.
      if ('value' in descriptor && typeof key === 'string' && !Number.isNaN(descriptor.value) && descriptor.value !== undefined) {
        this.dataKeys.push(key);
        this.dataValues.push(descriptor.value);
      } else this.otherKeys.push(key);
    }
    for (const name of BUILT_INS) {
      const ctor = global[name] as { prototype?: object } | undefined;
      if (!ctor) continue;
      this.builtIns.push({ name, target: ctor, shape: shapeOf(ctor) });
      if (ctor.prototype) this.builtIns.push({ name: `${name}.prototype`, target: ctor.prototype, shape: shapeOf(ctor.prototype) });
    }
  }

  /** True while an execution runs in it: an execution started inside that one needs a realm of its own. */
  get busy(): boolean {
    return this.inUse;
  }

  /** Runs the file's top level, as Apps Script does at the start of every execution. */
  begin(files: { name: string; code: string; script: vm.Script }[]): void {
    if (files.length !== 1) throw new Error(`warm realm: runs one script file, and the project has ${files.length}; run it without warmRealm`);
    this.inUse = true;
    const [file] = files;
    const global = this.realm.global;
    if (!this.wrapper) {
      // The first run is the script's own, on the global: what it adds is what the file declares.
      file.script.runInContext(this.realm.context);
      this.declared = Reflect.ownKeys(global).filter((k): k is string => typeof k === 'string' && !this.baseline.has(k) && IDENTIFIER.test(k));
      const returned = this.declared.map((n) => `${JSON.stringify(n)}: typeof ${n} === 'undefined' ? undefined : ${n}`).join(', ');
      const source = `(function () {${file.code}\n;return { ${returned} };\n})`;
      this.wrapper = compiledScript(file.name, source).runInContext(this.realm.context) as () => Record<string, unknown>;
      return;
    }
    Object.assign(global, this.wrapper.call(global));
  }

  /** After an execution: the global as a fresh one would be, or an error naming the built-in the script changed. */
  end(): void {
    this.inUse = false;
    const global = this.realm.global;
    // The global's data properties are read directly, two arrays side by side (no descriptor, no
    // map entry): a value that is not the baseline's (replaced, or deleted and read as undefined)
    // is put back whole, below. The rest (accessors, NaN) is compared by descriptor.
    const object = global as Record<string, unknown>;
    const { dataKeys, dataValues } = this;
    let changed = false;
    for (let i = 0; i < dataKeys.length; i += 1) {
      if (object[dataKeys[i]] !== dataValues[i]) {
        changed = true;
        break;
      }
    }
    for (const key of this.otherKeys) {
      if (changed) break;
      const now = Reflect.getOwnPropertyDescriptor(global, key);
      const was = this.baseline.get(key)!;
      changed = !now || !Object.is(now.value, was.value) || now.get !== was.get || now.set !== was.set;
    }
    const keys = Reflect.ownKeys(global);
    if (!changed && keys.length === this.baseline.size + this.declared.length) {
      // Nothing of the baseline changed and nothing was added but what the file declares (a
      // declaration cannot be deleted: the count says no other name came): the usual case, and the
      // declarations are given fresh values by the next run's top level.
      for (const name of this.declared) object[name] = undefined;
    } else {
      for (const key of keys) {
        if (this.baseline.has(key)) continue;
        // A `var` or function declaration of the script's first run cannot be deleted: it is
        // declared again, with a fresh value, by the next run's top level.
        if (!Reflect.deleteProperty(global, key)) global[key as string] = undefined;
      }
      for (const [key, descriptor] of this.baseline) {
        const now = Reflect.getOwnPropertyDescriptor(global, key);
        if (!now || !Object.is(now.value, descriptor.value) || now.get !== descriptor.get || now.set !== descriptor.set) Reflect.defineProperty(global, key, descriptor);
      }
    }
    // Every CHECK_EVERY-th execution (the first, then every eighth) compares the built-ins' own keys
    // and values (a comparison at every execution cost more than the execution, and a count alone,
    // every time, still a third of an hourly run): a script that adds to a built-in or replaces its
    // method still fails loudly, at most CHECK_EVERY executions later.
    this.ends += 1;
    if (this.ends % CHECK_EVERY === 1) {
      for (const b of this.builtIns) {
        const key = changedKey(b.shape, b.target);
        if (key !== null) throw new Error(`warm realm: the script changed the built-in ${b.name}.${String(key)}, which the next execution would see (Apps Script starts each one afresh); run it without warmRealm`);
      }
    }
  }
}
