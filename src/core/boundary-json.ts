// zod, configured once for the JSON that crosses a boundary (the `_cabas` rows, script
// properties, files the CLI reads back): jitless, since Apps Script code must not rely on `eval`,
// and its messages in the group's language.
import * as z from 'zod/mini';
// From the locales' index, not `zod/v4/locales/fr.js`: that path maps to the ES module for
// `require` too, which Jest cannot load; esbuild keeps only these two locales of the index.
import { en, fr } from 'zod/v4/locales';
import type { Locale } from './model';

z.config({ jitless: true });

const LOCALES = { fr, en };
const errorMaps: Partial<Record<Locale, ReturnType<typeof fr>['localeError']>> = {};

/** What a decode gives: the typed value, or a message saying what is wrong and where, in `locale`. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; error: string };

/** Checks a value already parsed against `schema`. */
export function decodeValue<T>(schema: z.ZodMiniType<T>, value: unknown, locale: Locale = 'fr'): Decoded<T> {
  const error = (errorMaps[locale] ??= LOCALES[locale]().localeError);
  const result = schema.safeParse(value, { error, jitless: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, error: z.prettifyError(result.error) };
}

/**
 * JSON text checked against `schema`. Text that is not JSON (empty, cut, a hand edit) is checked as
 * `undefined`, so that its message too comes from zod in the group's language.
 * @example decodeJson(z.object({ n: z.number() }), '{"n":1}') // { ok: true, value: { n: 1 } }
 */
export function decodeJson<T>(schema: z.ZodMiniType<T>, text: unknown, locale: Locale = 'fr'): Decoded<T> {
  let value: unknown;
  try {
    value = typeof text === 'string' && text !== '' ? JSON.parse(text) : undefined;
  } catch {
    value = undefined;
  }
  return decodeValue(schema, value, locale);
}
