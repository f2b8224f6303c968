// Reads the pickup sites and the member households, with a problem per slip.
import type { Locale, Member, Site } from '../model';
import { normalizeHeader } from './normalize-header';
import { isBlank, parseBoolean, parseEmail } from './parse-cell';
import { FirstSeen, ProblemList, shown, tabView, type TabInput } from './tab-reader';

/** Sites by row; a site needs a name, and a group needs at least one site. */
export function readSites(tab: TabInput, locale: Locale, problems: ProblemList): Site[] {
  const view = tabView('sites', tab, ['name'], locale, problems);
  if (!view.has('name')) return [];
  const sites: Site[] = [];
  const seen = new FirstSeen();
  for (const r of view.rows) {
    const name = shown(r.cell('name'));
    if (name === '') {
      problems.add('sites.missing-name', 'error', r.place('name'));
      continue;
    }
    const first = seen.check(normalizeHeader(name), r.row);
    if (first !== null) {
      problems.add('sites.duplicate', 'error', r.place('name'), { name, firstRow: first });
      continue;
    }
    sites.push({ name, address: shown(r.cell('address')), pickup: shown(r.cell('pickup')), contact: shown(r.cell('contact')), row: r.row });
  }
  if (sites.length === 0) problems.add('sites.none', 'error', { tab: tab.tabName });
  return sites;
}

/** The site of `sites` a typed name means (`septfonds ` -> 'Septfonds'), or null. */
export function findByName<T extends { name: string }>(items: T[], typed: string): T | null {
  const wanted = normalizeHeader(typed);
  return items.find((item) => normalizeHeader(item.name) === wanted) ?? null;
}

/** Members by row: one row per e-mail, a known site or none, active unless said otherwise. */
export function readMembers(tab: TabInput, sites: Site[], locale: Locale, problems: ProblemList): Member[] {
  const view = tabView('members', tab, ['email', 'name'], locale, problems);
  if (!view.has('email')) return [];
  const members: Member[] = [];
  const seen = new FirstSeen();
  for (const r of view.rows) {
    const rawEmail = r.cell('email');
    const name = shown(r.cell('name'));
    if (isBlank(rawEmail)) {
      problems.add('members.missing-email', 'error', r.place('email'), { name });
      continue;
    }
    const email = parseEmail(rawEmail);
    if (!email.ok) {
      problems.add('members.bad-email', 'error', r.place('email'), { value: shown(rawEmail) });
      continue;
    }
    const first = seen.check(email.value, r.row);
    if (first !== null) {
      problems.add('members.duplicate-email', 'error', r.place('email'), { email: email.value, firstRow: first });
      continue;
    }
    const typedSite = shown(r.cell('site'));
    const site = typedSite === '' ? null : findByName(sites, typedSite);
    if (typedSite !== '' && !site && sites.length > 0) problems.add('members.unknown-site', 'error', r.place('site'), { site: typedSite });
    const active = parseBoolean(r.cell('active'), true);
    if (!active.ok) problems.add('cell.bad-yesno', 'error', r.place('active'), { value: shown(r.cell('active')) });
    members.push({
      email: email.value, name, phone: shown(r.cell('phone')), site: site ? site.name : typedSite,
      active: active.ok ? active.value : true, notes: shown(r.cell('notes')), row: r.row,
    });
  }
  return members;
}
