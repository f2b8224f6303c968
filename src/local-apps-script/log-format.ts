// How Logger.log and console.* turn what a script logs into a line of the execution log. Values
// come from the script's realm, so kinds are told by their tag, not by `instanceof`.
// Logger: https://developers.google.com/apps-script/reference/base/logger#log(Object) ("If the
// object contains a message property, that property is used as the log message";
// `Logger.log({ key: "value" })` shows `{key=value}`).
// console: https://developers.google.com/apps-script/reference/base/console (a format string
// with substitutions, or an object "logged as a JavaScript object").
import { inspect } from 'node:util';
import { formatString } from './utilities/utilities';

function tag(value: unknown): string {
  return Object.prototype.toString.call(value);
}

/** An error as the execution log shows it: `Exception: message` for a service error, `TypeError: …`. */
function errorLine(value: unknown): string {
  const e = value as { name?: unknown; message?: unknown };
  return `${String(e.name ?? 'Error')}: ${String(e.message ?? '')}`;
}

/** Java's rendering, which Logger uses for objects: `{key=value, list=[1, 2]}`. */
function javaString(value: unknown, depth = 0): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return String(value);
  if (tag(value) === '[object Error]') return errorLine(value);
  if (tag(value) === '[object Date]') return String(value);
  if (depth > 8) return '…';
  if (Array.isArray(value)) return `[${value.map((v) => javaString(v, depth + 1)).join(', ')}]`;
  return `{${Object.entries(value).map(([k, v]) => `${k}=${javaString(v, depth + 1)}`).join(', ')}}`;
}

/** One Logger.log line: `Logger.log(format, values…)` or `Logger.log(data)`. */
export function loggerLine(data: unknown, values: unknown[]): string {
  if (values.length && typeof data === 'string') return formatString(data, values);
  if (typeof data === 'string') return data;
  if (typeof data === 'object' && data !== null && tag(data) !== '[object Error]' && 'message' in data) {
    return String((data as { message: unknown }).message);
  }
  return javaString(data);
}

function consoleValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (tag(value) === '[object Error]') return errorLine(value);
  if (typeof value !== 'object' || value === null) return String(value);
  // The execution log shows objects the way V8's console does: `{ a: 1, b: 'x' }`, `[ 1, 2 ]`.
  return inspect(value, { depth: 4, breakLength: Infinity, customInspect: false });
}

/** One console.* line: a format string with substitutions, or values separated by spaces. */
export function consoleLine(values: unknown[]): string {
  const [first, ...rest] = values;
  if (typeof first === 'string' && rest.length && /%[sdifoOj%]/.test(first)) {
    const used = (first.match(/%[sdifoOj]/g) ?? []).length;
    const text = formatString(first.replace(/%[oOj]/g, '%s'), rest.map((v) => (typeof v === 'object' && v !== null ? consoleValue(v) : v)));
    return [text, ...rest.slice(used).map(consoleValue)].join(' ');
  }
  return values.map(consoleValue).join(' ');
}
