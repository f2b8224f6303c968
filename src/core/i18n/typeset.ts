// Wraps a catalogue so that every string it gives, constant or built by a function, is finished by the locale's typography.
/**
 * A view of `texts` where each string is `finish(string)` and each function returns its result
 * finished (strings, arrays of strings, nested objects). This is the one path every catalogue
 * string takes: a sentence added to a catalogue gets French typography without asking for it.
 * The view is lazy: an entry is finished the first time it is read, then kept. A catalogue holds
 * some two thousand texts and an execution reads a few dozen, and Apps Script runs the bundle's
 * top level again at every execution, so finishing them all up front cost more than the rest of
 * the load (about 8 ms of each execution).
 * @example typeset({ a: "l'onglet : x", f: (n: string) => `${n} !` }, frenchTypography).f('Merci') // "Merci\u202f!"
 */
export function typeset<T>(texts: T, finish: (text: string) => string): T {
  return set(texts, finish) as T;
}

function set(value: unknown, finish: (text: string) => string): unknown {
  if (typeof value === 'string') return finish(value);
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => set(fn(...args), finish);
  }
  if (Array.isArray(value)) return value.map((v) => set(v, finish));
  if (value !== null && typeof value === 'object') return lazyObject(value as Record<string, unknown>, finish);
  return value;
}

/** An object whose entries are finished when first read; enumerable, so spreads and `Object.entries` see them all. */
function lazyObject(source: Record<string, unknown>, finish: (text: string) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = set(source[key], finish);
        Object.defineProperty(out, key, { value, enumerable: true, configurable: false, writable: false });
        return value;
      },
    });
  }
  return out;
}
