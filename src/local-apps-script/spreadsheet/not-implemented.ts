// Makes every Apps Script method a local class does not implement throw
// `not implemented: Class.method` instead of being undefined, so a script that strays off the
// modeled surface fails loudly with the method's name rather than "x is not a function".
import type { RuntimeEnv } from '../env';
import { unmodeledMember } from '../unmodeled';

// Apps Script method names start with a verb; other probes (then, toJSON, asymmetricMatch,
// nodeType, symbols) must stay undefined so promises, JSON and jest keep working.
const METHOD = /^(get|set|is|insert|delete|add|remove|create|clear|copy|hide|show|auto|move|new|find|match|use|replace|require|with|build|protect|sort|activate|append|merge|break|trim|uncheck|check|expand|collapse|shift|randomize|apply|can|unhide|update|duplicate|group|ungroup|reset|refresh|start|offset|flush|open|rename|toast|undo|enable|ignore|wait|has|add|bind|wrap|waitFor)([A-Z].*)?$/;

/**
 * Puts a prototype at the end of `ctor`'s chain that answers unknown method names with a function
 * throwing the Apps Script-style error in the caller's realm (instances carry `env`).
 */
export function throwOnUnimplemented(ctor: { prototype: object }, className: string): void {
  const fallback = new Proxy(Object.create(Object.prototype) as object, {
    get(target, prop, receiver) {
      // Enums and nested namespaces (`SpreadsheetApp.BandingTheme`) the class does not define.
      if (typeof prop === 'string' && /^[A-Z]/.test(prop) && !(prop in target)) {
        const env = (receiver as { env?: RuntimeEnv }).env;
        if (env) return unmodeledMember(env, className, prop);
      }
      if (typeof prop !== 'string' || prop in target || !METHOD.test(prop)) return Reflect.get(target, prop, receiver);
      return function notImplemented(this: { env?: RuntimeEnv }) {
        const message = `not implemented: ${className}.${prop}`;
        throw (receiver as { env?: RuntimeEnv }).env?.realm.error(message) ?? new Error(message);
      };
    },
  });
  let proto = ctor.prototype;
  // Attach at the first prototype whose parent is Object.prototype (classes here do not extend).
  while (Object.getPrototypeOf(proto) !== Object.prototype && Object.getPrototypeOf(proto) !== null) proto = Object.getPrototypeOf(proto);
  Object.setPrototypeOf(proto, fallback);
}
