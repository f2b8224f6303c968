// A household whose address changed in `Adhérents` keeps what Cabas recorded under its former one
// (its order lines, its ledger rows): this is where a former key is recognised, so that orders and
// money follow the household instead of splitting it in two.
//
// The rule: a key `Adhérents` no longer lists belongs to the household whose `Anciennement` cell
// names it (an address, or a name for a household without e-mail: read-directory.ts keeps only
// keys no row lists and one row claims); failing that, when it was recorded with a name that
// exactly one row of `Adhérents` bears (accents, case and spaces aside), to that row's household.
// A key still listed is never moved, and a name two rows share links nothing by itself. What is
// linked is only read together: nothing recorded is rewritten, so undoing the change undoes the link.
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
  /** The former keys linked by the household's `Anciennement` cell (the others by their name). */
  readonly written: ReadonlySet<string>;
  /** Every household `Adhérents` lists, by its key: its name and site as they are now. */
  readonly listed: ReadonlyMap<string, Member>;
  /** The key a household's records count under: its current one for a former key, else the key itself (trimmed, lower case). */
  current(key: string): string;
}

/** No former key: every key counts as it is. */
export const NO_FORMER_KEYS: FormerKeys = { byKey: new Map(), written: new Set(), listed: new Map(), current: (key) => key.trim().toLowerCase() };

/**
 * The former keys among `recorded`, each with the member it now belongs to.
 * @example formerKeys([{ key: 'bruno@old.org', name: 'Bruno Petit' }], members).current('bruno@old.org') // "bruno@new.org" (Adhérents: Bruno Petit, bruno@new.org)
 * @example formerKeys([{ key: 'gone@example.org', name: 'Nobody Now' }], members).byKey.size // 0
 * @example formerKeys([{ key: 'nom:jeanne bousquet', name: 'Jeanne Bousquet' }], members).current('nom:jeanne bousquet') // "nom:jeanne bousquet-lacaze" (Anciennement: Jeanne Bousquet)
 */
export function formerKeys(recorded: Iterable<RecordedKey>, members: Member[]): FormerKeys {
  const listed = new Map(members.map((m) => [m.email.trim().toLowerCase(), m]));
  const byName = new Map<string, Member | null>();
  for (const m of members) {
    if (m.name.trim() === '') continue;
    const name = householdKeyOfName(m.name);
    byName.set(name, byName.has(name) ? null : m); // a name borne twice links nothing
  }
  const writtenBy = new Map<string, Member>();
  for (const m of members) for (const key of m.formerly ?? []) writtenBy.set(key, m);
  const byKey = new Map<string, Member>();
  const written = new Set<string>();
  for (const { key, name } of recorded) {
    const former = key.trim().toLowerCase();
    if (former === '' || listed.has(former) || byKey.has(former)) continue;
    const member = writtenBy.get(former) ?? (name.trim() === '' ? null : byName.get(householdKeyOfName(name)));
    if (!member) continue;
    byKey.set(former, member);
    if (writtenBy.has(former)) written.add(former);
  }
  if (byKey.size === 0 && listed.size === 0) return NO_FORMER_KEYS;
  return {
    byKey,
    written,
    listed,
    current: (key) => {
      const k = key.trim().toLowerCase();
      return byKey.get(k)?.email.trim().toLowerCase() ?? k;
    },
  };
}
