// A household whose address changed in `Adhérents` keeps what Cabas recorded under its former one
// (its order lines, its ledger rows): this is where a former key is recognised, so that orders and
// money follow the household instead of splitting it in two.
//
// The rule: a key `Adhérents` no longer lists, recorded with a name that exactly one row of
// `Adhérents` bears (accents, case and spaces aside), belongs to that row's household. A key still
// listed is never moved, and a name two rows share links nothing. What is linked is only read
// together: nothing recorded is rewritten, so putting the old address back undoes the link.
import type { Member } from '../model';
import { householdKeyOfName } from './household-key';

/** A key as Cabas recorded it, with the household's name recorded beside it. */
export interface RecordedKey {
  key: string;
  name: string;
}

export interface FormerKeys {
  /** The household of each former key: its row of `Adhérents` now. */
  readonly byKey: ReadonlyMap<string, Member>;
  /** The key a household's records count under: its current one for a former key, else the key itself (trimmed, lower case). */
  current(key: string): string;
}

/** No former key: every key counts as it is. */
export const NO_FORMER_KEYS: FormerKeys = { byKey: new Map(), current: (key) => key.trim().toLowerCase() };

/**
 * The former keys among `recorded`, each with the member it now belongs to.
 * @example formerKeys([{ key: 'bruno@old.org', name: 'Bruno Petit' }], members).current('bruno@old.org') // "bruno@new.org" (Adhérents: Bruno Petit, bruno@new.org)
 * @example formerKeys([{ key: 'gone@example.org', name: 'Nobody Now' }], members).byKey.size // 0
 */
export function formerKeys(recorded: Iterable<RecordedKey>, members: Member[]): FormerKeys {
  const listed = new Set(members.map((m) => m.email.trim().toLowerCase()));
  const byName = new Map<string, Member | null>();
  for (const m of members) {
    if (m.name.trim() === '') continue;
    const name = householdKeyOfName(m.name);
    byName.set(name, byName.has(name) ? null : m); // a name borne twice links nothing
  }
  const byKey = new Map<string, Member>();
  for (const { key, name } of recorded) {
    const former = key.trim().toLowerCase();
    if (former === '' || listed.has(former) || byKey.has(former) || name.trim() === '') continue;
    const member = byName.get(householdKeyOfName(name));
    if (member) byKey.set(former, member);
  }
  if (byKey.size === 0) return NO_FORMER_KEYS;
  return {
    byKey,
    current: (key) => {
      const k = key.trim().toLowerCase();
      return byKey.get(k)?.email.trim().toLowerCase() ?? k;
    },
  };
}
