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
//   which Apps Script never does: the reset checks every built-in and throws, naming it.
// - Only one file: files of an Apps Script project share one global scope (a `const` of one file
//   is seen by the next), which separate wrappers cannot give.
import vm from 'node:vm';
import { createScriptRealm, type ScriptRealm } from './realm';

/** The built-ins whose own properties the reset compares (constructors, their prototypes, namespaces). */
const BUILT_INS = ['Object', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Date', 'RegExp', 'Error', 'TypeError', 'RangeError',
  'Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'JSON', 'Math', 'Intl', 'Reflect', 'ArrayBuffer', 'Uint8Array'];

type Shape = Map<PropertyKey, unknown>;

function shapeOf(target: object): Shape {
  const shape: Shape = new Map();
  for (const key of Reflect.ownKeys(target)) {
    const d = Reflect.getOwnPropertyDescriptor(target, key)!;
    shape.set(key, 'value' in d ? d.value : d.get);
  }
  return shape;
}

/** The first own property of `now` that is not as it was in `before`, or null. */
function changedKey(before: Shape, now: Shape): PropertyKey | null {
  for (const [k, v] of now) if (!before.has(k) || !Object.is(before.get(k), v)) return k;
  for (const k of before.keys()) if (!now.has(k)) return k;
  return null;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export class WarmRealm {
  readonly realm: ScriptRealm;
  private readonly baseline = new Map<PropertyKey, PropertyDescriptor>();
  private readonly builtIns: { name: string; target: object; shape: Shape }[] = [];
  /** The file's top level as a function of this realm, once its first run has shown what it declares. */
  private wrapper: (() => Record<string, unknown>) | null = null;
  private declared: string[] = [];
  private inUse = false;

  constructor(now: () => number, timeZone: string, globals: Record<string, unknown>) {
    this.realm = createScriptRealm(now, timeZone);
    Object.assign(this.realm.global, globals);
    const global = this.realm.global;
    for (const key of Reflect.ownKeys(global)) this.baseline.set(key, Reflect.getOwnPropertyDescriptor(global, key)!);
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
      this.wrapper = new vm.Script(source, { filename: file.name }).runInContext(this.realm.context) as () => Record<string, unknown>;
      return;
    }
    Object.assign(global, this.wrapper.call(global));
  }

  /** After an execution: the global as a fresh one would be, or an error naming the built-in the script changed. */
  end(): void {
    this.inUse = false;
    const global = this.realm.global;
    for (const key of Reflect.ownKeys(global)) {
      if (this.baseline.has(key)) continue;
      // A `var` or function declaration of the script's first run cannot be deleted: it is
      // declared again, with a fresh value, by the next run's top level.
      if (!Reflect.deleteProperty(global, key)) global[key as string] = undefined;
    }
    for (const [key, descriptor] of this.baseline) {
      const now = Reflect.getOwnPropertyDescriptor(global, key);
      if (!now || now.value !== descriptor.value || now.get !== descriptor.get) Reflect.defineProperty(global, key, descriptor);
    }
    for (const b of this.builtIns) {
      const key = changedKey(b.shape, shapeOf(b.target));
      if (key !== null) throw new Error(`warm realm: the script changed the built-in ${b.name}.${String(key)}, which the next execution would see (Apps Script starts each one afresh); run it without warmRealm`);
    }
  }
}
