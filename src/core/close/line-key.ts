// Which order line a close's outcome belongs to: the close's results are matched to lines by key, never by position.
import type { OrderLine } from '../model';

const SEPARATOR = '\u001f'; // never typed in a form answer nor in a reference

/**
 * One key per line: its response and its product. A line written twice (it should not be) gets its
 * rank after the first, so that every line still has a key of its own.
 * @example lineKeys([{ responseId: 'r1', ref: 'JUS' }, { responseId: 'r1', ref: 'JUS' }]) // ["r1␟JUS", "r1␟JUS␟2"]
 */
export function lineKeys(lines: Array<Pick<OrderLine, 'responseId' | 'ref'>>): string[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const key = `${line.responseId}${SEPARATOR}${line.ref}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}${SEPARATOR}${count}`;
  });
}
