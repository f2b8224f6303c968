// What every local service needs from the runtime: the clock, the call accounting, and the
// script's realm (values handed to the script must be the script's own Date, Error and Array,
// or `instanceof Date` inside dist/Code.js would fail, as it never does in Apps Script).
import type { Accounting } from './accounting';
import type { Clock } from './clock';

export interface Realm {
  /** A Date of the script's realm. */
  date(ms: number): Date;
  /** An Error of the script's realm, the way Apps Script's services throw (`Exception: …`). */
  error(message: string): Error;
  /** Deep-copies plain data (arrays, objects, Dates) into the script's realm. */
  adopt<T>(value: T): T;
}

export interface RuntimeEnv {
  clock: Clock;
  accounting: Accounting;
  realm: Realm;
  /** `Session.getScriptTimeZone()`: the manifest's timeZone. */
  scriptTimeZone: string;
  /** The account the script runs as (trigger owner / the user at the keyboard). */
  userEmail: string;
  /**
   * Host-only, for the offline mode, which has no Google Form for members to open: the address
   * where the group's members answer (its own form tool), given for every form's published URL
   * and every response's edit URL; '' for none. Unset: Google's own kinds of address.
   */
  formAddress?: string;
}

/** True for a Date of any realm (host or script). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
