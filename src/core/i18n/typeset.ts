// Wraps a catalogue so that every string it gives, constant or built by a function, is finished by the locale's typography.
/**
 * A copy of `texts` where each string is `finish(string)` and each function returns its result
 * finished (strings, arrays of strings, nested objects). This is the one path every catalogue
 * string takes: a sentence added to a catalogue gets French typography without asking for it.
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
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = set(v, finish);
    return out;
  }
  return value;
}
