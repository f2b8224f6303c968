// Reads the pickup sites and the member households, with a problem per slip.
import type { Locale, Member, Site, Tariff } from '../model';
import { householdKeyOfName } from '../members/household-key';
import { tariffsText } from '../tariffs/parse-tariffs';
import { normalizeHeader } from './normalize-header';
import { isBlank, parseEmail, parseOptionalInteger } from './parse-cell';
import { FirstSeen, ProblemList, tabView, type RowView, type TabInput } from './tab-reader';

/** Sites by row; a site needs a name, and a group needs at least one site. */
export function readSites(tab: TabInput, locale: Locale, problems: ProblemList): Site[] {
  const view = tabView('sites', tab, ['name'], locale, problems);
  if (!view.has('name')) return [];
  const sites: Site[] = [];
  const seen = new FirstSeen(normalizeHeader);
  for (const r of view.rows) {
    const name = seen.identify(r, 'name', 'sites.missing-name', 'sites.duplicate');
    if (name === null) continue;
    const volunteers = r.read('volunteers', 'sites.bad-volunteers', parseOptionalInteger, null, (n) => n === null || n >= 0);
    const bring = r.text('bring');
    sites.push({
      name, address: r.text('address'), pickup: r.text('pickup'), contact: r.text('contact'), row: r.row,
      ...(volunteers ? { volunteers } : {}), ...(bring ? { bring } : {}),
    });
  }
  if (sites.length === 0) problems.add('sites.none', 'error', { tab: tab.tabName });
  return sites;
}

/**
 * Finds items by a typed name, whatever its case, accents and spaces: `byName(sites)('septfonds ')`
 * -> the site 'Septfonds', or null. The names are compared once, not once per row looked up.
 */
export function byName<T extends { name: string }>(items: T[]): (typed: string) => T | null {
  const index = new Map<string, T>();
  for (const item of items) {
    const key = normalizeHeader(item.name);
    if (!index.has(key)) index.set(key, item); // the first of two alike names, as a search would find
  }
  return (typed) => index.get(normalizeHeader(typed)) ?? null;
}

/**
 * Members by row: one row per e-mail, a known site or none, active unless said otherwise, and a
 * tariff the settings name or none (checked when `tariffs` is given). A household without e-mail
 * is a member too, keyed by its name (`members/household-key.ts`): its `email` is that key, and
 * two such households may not share a name.
 */
export function readMembers(tab: TabInput, sites: Site[], locale: Locale, problems: ProblemList, tariffs?: Tariff[]): Member[] {
  const view = tabView('members', tab, ['email', 'name'], locale, problems);
  if (!view.has('email')) return [];
  const members: Member[] = [];
  const seen = new FirstSeen();
  const siteNamed = byName(sites);
  const tariffNamed = byName(tariffs ?? []);
  const formerly: { member: Member; r: RowView; typed: string }[] = [];
  for (const r of view.rows) {
    const rawEmail = r.cell('email');
    const name = r.text('name');
    let email: { ok: true; value: string } | { ok: false };
    if (isBlank(rawEmail)) {
      // Without e-mail and without a name, nothing says who the household is.
      if (name === '') {
        r.error('members.missing-email', 'email', { name });
        continue;
      }
      email = { ok: true, value: householdKeyOfName(name) };
      const first = seen.check(email.value, r.row);
      if (first !== null) {
        r.error('members.duplicate-name', 'name', { name, firstRow: first });
        continue;
      }
    } else {
      email = parseEmail(rawEmail);
      if (!email.ok) {
        r.refuse('members.bad-email', 'email');
        continue;
      }
      const first = seen.check(email.value, r.row);
      if (first !== null) {
        r.error('members.duplicate-email', 'email', { email: email.value, firstRow: first });
        continue;
      }
    }
    const typedSite = r.text('site');
    const site = typedSite === '' ? null : siteNamed(typedSite);
    if (typedSite !== '' && !site && sites.length > 0) r.error('members.unknown-site', 'site', { site: typedSite });
    const typedTariff = r.text('tariff');
    const tariff = typedTariff === '' ? null : tariffNamed(typedTariff);
    if (typedTariff !== '' && !tariff && tariffs) {
      r.error('members.unknown-tariff', 'tariff', { tariff: typedTariff, tariffs: tariffsText(tariffs, locale) });
    }
    const member: Member = {
      email: email.value, name, phone: r.text('phone'), site: site ? site.name : typedSite,
      active: r.yesNo('active', true), notes: r.text('notes'), row: r.row,
      ...(typedTariff === '' ? {} : { tariff: tariff ? tariff.name : typedTariff }),
    };
    members.push(member);
    formerly.push({ member, r, typed: r.text('formerly') });
  }
  readFormerly(formerly);
  return members;
}

/**
 * The `Anciennement` column: the former addresses and names each household wrote, as keys
 * (`members/former-keys.ts` links what Cabas recorded under them). Checked once every row is read:
 * a key that is still a household of its own, or that two rows claim, links nothing and is warned.
 */
function readFormerly(rows: { member: Member; r: RowView; typed: string }[]): void {
  const listed = new Map(rows.map(({ member }) => [member.email, member.row]));
  const claimed = new Map<string, number>();
  const twice = new Set<string>();
  const wanted: { member: Member; r: RowView; key: string; value: string }[] = [];
  for (const { member, r, typed } of rows) {
    for (const value of typed.split(/[,;\n]/).map((v) => v.trim()).filter((v) => v !== '')) {
      let key: string;
      if (value.includes('@')) {
        const email = parseEmail(value);
        if (!email.ok) {
          r.warn('members.bad-former', 'formerly', { value });
          continue;
        }
        key = email.value;
      } else key = householdKeyOfName(value);
      if (key === member.email) continue; // its own key: nothing to link
      const otherRow = listed.get(key);
      if (otherRow !== undefined) {
        r.warn('members.former-listed', 'formerly', { value, firstRow: otherRow });
        continue;
      }
      const firstRow = claimed.get(key);
      if (firstRow !== undefined) {
        if (firstRow !== member.row) {
          r.warn('members.former-twice', 'formerly', { value, firstRow });
          twice.add(key);
        }
        continue;
      }
      claimed.set(key, member.row);
      wanted.push({ member, r, key, value });
    }
  }
  for (const { member, key } of wanted) {
    if (!twice.has(key)) member.formerly = [...(member.formerly ?? []), key];
  }
}
