// Reads the volunteer duties (permanences): a date, a site, a role, a member's e-mail (or name).
import { householdKeyOfName } from '../members/household-key';
import type { Duty, Locale, Member, Site } from '../model';
import { parseDate, parseEmail } from './parse-cell';
import { byName } from './read-directory';
import { ProblemList, tabView, type TabInput } from './tab-reader';

export function readDuties(tab: TabInput, sites: Site[], members: Member[], timeZone: string, locale: Locale, problems: ProblemList): Duty[] {
  const view = tabView('duties', tab, ['date', 'site', 'role', 'volunteer'], locale, problems);
  const emails = new Set(members.map((m) => m.email));
  const inactive = new Set(members.filter((m) => !m.active).map((m) => m.email));
  // A household typed by its name (the only way for one without e-mail): its key, when one household alone has that name.
  const byHouseholdName = new Map<string, string | null>();
  for (const m of members) {
    if (m.name.trim() === '') continue;
    const key = householdKeyOfName(m.name);
    byHouseholdName.set(key, byHouseholdName.has(key) && byHouseholdName.get(key) !== m.email ? null : m.email);
  }
  const siteNamed = byName(sites);
  return view.rows.map((r) => {
    const date = r.read('date', 'duties.bad-date', (cell) => parseDate(cell, timeZone), null);
    const typedSite = r.text('site');
    const site = typedSite === '' ? null : siteNamed(typedSite);
    if (typedSite !== '' && !site) r.warn('duties.unknown-site', 'site', { site: typedSite });
    // An open slot (no volunteer yet) is normal; a name or an address nobody has is worth a look.
    const typedVolunteer = r.text('volunteer');
    const email = parseEmail(typedVolunteer);
    const volunteer = email.ok ? email.value : (typedVolunteer !== '' && byHouseholdName.get(householdKeyOfName(typedVolunteer))) || typedVolunteer;
    if (typedVolunteer !== '' && !emails.has(volunteer)) r.warn('duties.unknown-volunteer', 'volunteer', { volunteer: typedVolunteer });
    else if (inactive.has(volunteer)) r.warn('duties.inactive-volunteer', 'volunteer', { volunteer: typedVolunteer });
    return { date, site: site ? site.name : typedSite, role: r.text('role'), volunteer, row: r.row };
  });
}
