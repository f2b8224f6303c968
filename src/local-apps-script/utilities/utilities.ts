// The Utilities global: dates, blobs, base64, digests, uuids, printf-like formatting, sleep.
// https://developers.google.com/apps-script/reference/utilities/utilities
import { createHash } from 'node:crypto';
import type { RuntimeEnv } from '../env';
import { isDate } from '../env';
import { record } from '../service-object';
import { fakeObject } from '../surface/guard';
import { fromData, LocalBlob, toSigned } from './blob';
import { formatDate } from './format-date';

export const MAX_SLEEP_MS = 300_000;

const DIGESTS: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** printf-like, as Utilities.formatString: %s, %d, %i, %f with precision, %%. */
export function formatString(template: string, args: unknown[]): string {
  let i = 0;
  return template.replace(/%(-?\d+)?(?:\.(\d+))?([sdif%])/g, (_, width: string | undefined, precision: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const arg = args[i++];
    let text: string;
    if (conv === 's') text = String(arg);
    else if (conv === 'd' || conv === 'i') text = String(Math.trunc(Number(arg)));
    else text = precision !== undefined ? Number(arg).toFixed(Number(precision)) : String(Number(arg));
    const w = width ? Number(width) : 0;
    return w < 0 ? text.padEnd(-w) : text.padStart(w);
  });
}

export function createUtilities(env: RuntimeEnv) {
  let uuids = 0;
  const local = (method: string) => record(env, 'Utilities', `Utilities.${method}`, 'local');
  const bytesOf = (value: unknown) => fromData(value);
  const signed = (bytes: Uint8Array) => env.realm.adopt(toSigned(bytes));
  return fakeObject<GoogleAppsScript.Utilities.Utilities>()('Utilities.Utilities', {
    DigestAlgorithm: Object.fromEntries(['MD2', ...Object.keys(DIGESTS)].map((n) => [n, n])),
    Charset: { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' },
    formatDate: (date: Date, timeZone: string, pattern: string) => {
      local('formatDate');
      if (!isDate(date)) throw env.realm.error('Invalid argument: date');
      return formatDate(date.getTime(), String(timeZone), String(pattern));
    },
    formatString: (template: string, ...args: unknown[]) => {
      local('formatString');
      return formatString(String(template), args);
    },
    /**
     * Advances the simulated clock: the execution's time passes, nothing else runs meanwhile.
     * "The maximum allowed value is 300000 (or 5 minutes)"
     * (https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)).
     * Google's message for a longer sleep was not found: Apps Script's generic wording for a bad
     * argument is used (docs/runtime-fidelity.md, "Limits").
     */
    sleep: (ms: number) => {
      local('sleep');
      if (Number(ms) > MAX_SLEEP_MS) throw env.realm.error('Invalid argument: milliseconds');
      env.clock.advance(Math.max(0, Number(ms)));
    },
    newBlob: (data: unknown, contentType?: string, name?: string) => {
      local('newBlob');
      return new LocalBlob(env, bytesOf(data), contentType ?? null, name ?? null);
    },
    base64Encode: (data: unknown) => {
      local('base64Encode');
      return Buffer.from(bytesOf(data)).toString('base64');
    },
    base64EncodeWebSafe: (data: unknown) => {
      local('base64EncodeWebSafe');
      return Buffer.from(bytesOf(data)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode: (encoded: string) => {
      local('base64Decode');
      return signed(new Uint8Array(Buffer.from(String(encoded), 'base64')));
    },
    base64DecodeWebSafe: (encoded: string) => {
      local('base64DecodeWebSafe');
      return signed(new Uint8Array(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64')));
    },
    computeDigest: (algorithm: GoogleAppsScript.Utilities.DigestAlgorithm | string, value: unknown) => {
      local('computeDigest');
      const name = DIGESTS[String(algorithm)];
      if (!name) throw env.realm.error(`not implemented: Utilities.computeDigest(${String(algorithm)})`);
      return signed(new Uint8Array(createHash(name).update(bytesOf(value)).digest()));
    },
    /** Deterministic: the n-th uuid of a run is always the same, so replays are identical. */
    getUuid: () => {
      local('getUuid');
      const h = createHash('sha256').update(`cabas-uuid-${++uuids}`).digest('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  });
}
