// google.script.run as an HtmlService page (a sidebar, a dialog) sees it, bridged to the runtime:
// each call runs the named top-level function as its own execution, later (the API is
// asynchronous), then calls the success or the failure handler. Arguments and return values obey
// Apps Script's rules: primitives, null, and objects and arrays made of them; a Date, a function
// or any other object fails the call, so does a circular reference; undefined inside an array
// becomes null; the server gets a copy. Functions whose name ends with `_` are private.
// https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
// https://developers.google.com/apps-script/guides/html/reference/run

/** What google.script.run offers a page: handlers, a user object, and every server function by name. */
export interface GoogleScriptRun {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): GoogleScriptRun;
  withFailureHandler(handler: (error: Error, userObject?: unknown) => void): GoogleScriptRun;
  withUserObject(object: unknown): GoogleScriptRun;
  // Any server function, with any arguments (checked when called).
  [functionName: string]: (...args: any[]) => unknown;
}

/** Runs one top-level function as its own execution and gives its value (throws the script's error). */
export type ServerCall = (functionName: string, args: unknown[]) => unknown;

interface Handlers {
  success?: (value: unknown, userObject?: unknown) => void;
  failure?: (error: Error, userObject?: unknown) => void;
  userObject?: unknown;
}

/** A copy of `value` as it crosses between page and server, or an Error saying what may not cross. */
export function transferred(value: unknown, path = 'value', seen: Set<object> = new Set()): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value !== 'object') throw new Error(`google.script.run: ${path} is a ${typeof value}; only primitives, objects and arrays cross`);
  if (seen.has(value)) throw new Error(`google.script.run: ${path} refers to itself (a circular reference)`);
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((v, i) => (v === undefined ? null : transferred(v, `${path}[${i}]`, seen)));
    // A plain object of any realm (the script's values come from its own): its prototype is an Object.prototype.
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) {
      const kind = Object.prototype.toString.call(value).slice(8, -1);
      throw new Error(`google.script.run: ${path} is a ${kind}; only primitives, objects and arrays cross`);
    }
    const copy: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) if (v !== undefined) copy[key] = transferred(v, `${path}.${key}`, seen);
    return copy;
  } finally {
    seen.delete(value);
  }
}

/** Runs `task` after the current host task, as the browser gets the server's answer later. */
const later = (task: () => void) => { setTimeout(task, 0); };

/**
 * A fresh google.script.run bound to `call`. Each `with…` returns a new runner carrying its
 * handlers, as the page's own object does; a call returns undefined at once.
 */
export function scriptRun(call: ServerCall, handlers: Handlers = {}): GoogleScriptRun {
  const api = {
    withSuccessHandler: (success: Handlers['success']) => scriptRun(call, { ...handlers, success }),
    withFailureHandler: (failure: Handlers['failure']) => scriptRun(call, { ...handlers, failure }),
    withUserObject: (userObject: unknown) => scriptRun(call, { ...handlers, userObject }),
  };
  return new Proxy(api, {
    get(target, name) {
      if (typeof name !== 'string') return undefined;
      if (name in target) return target[name as keyof typeof target];
      return (...args: unknown[]) => {
        let sent: unknown[] | Error;
        try {
          if (name.endsWith('_')) throw new Error(`Script function not found: ${name}`); // private functions are not callable from a page
          sent = transferred(args, 'arguments') as unknown[];
        } catch (e) {
          sent = e as Error;
        }
        later(() => {
          let value: unknown;
          try {
            if (sent instanceof Error) throw sent;
            value = transferred(call(name, sent), 'the return value');
          } catch (e) {
            const error = e instanceof Error ? e : new Error(String(e));
            handlers.failure?.(error, handlers.userObject);
            return;
          }
          handlers.success?.(value, handlers.userObject);
        });
        return undefined;
      };
    },
  }) as unknown as GoogleScriptRun;
}

/** The same call as a promise, for a host (a test's browser bridge) that awaits the answer. */
export function callServer(run: GoogleScriptRun, functionName: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    run.withSuccessHandler((v) => resolve(v)).withFailureHandler((e) => reject(e))[functionName](...args);
  });
}
