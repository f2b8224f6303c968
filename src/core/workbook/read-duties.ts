// Reads the volunteer duties (permanences): a date, a site, a role, a member's e-mail.
import type { Duty, Locale, Member, Site } from '../model';
import { isBlank, parseDate, parseEmail } from './parse-cell';
import { findByName } from './read-directory';
import { ProblemList, shown, tabView, type TabInput } from './tab-reader';

export function readDuties(tab: TabInput, sites: Site[], members: Member[], timeZone: string, locale: Locale, problems: ProblemList): Duty[] {
  const view = tabView('duties', tab, ['date', 'site', 'role', 'volunteer'], locale, problems);
  const emails = new Set(members.map((m) => m.email));
  return view.rows.map((r) => {
    let date: number | null = null;
    if (!isBlank(r.cell('date'))) {
      const parsed = parseDate(r.cell('date'), timeZone);
      if (parsed.ok) date = parsed.value;
      else problems.add('duties.bad-date', 'error', r.place('date'), { value: shown(r.cell('date')) });
    }
    const typedSite = shown(r.cell('site'));
    const site = typedSite === '' ? null : findByName(sites, typedSite);
    if (typedSite !== '' && !site) problems.add('duties.unknown-site', 'warning', r.place('site'), { site: typedSite });
    // An open slot (no volunteer yet) is normal; a name or an address nobody has is worth a look.
    const typedVolunteer = shown(r.cell('volunteer'));
    const email = parseEmail(typedVolunteer);
    const volunteer = email.ok ? email.value : typedVolunteer;
    if (typedVolunteer !== '' && !emails.has(volunteer)) {
      problems.add('duties.unknown-volunteer', 'warning', r.place('volunteer'), { volunteer: typedVolunteer });
    }
    return { date, site: site ? site.name : typedSite, role: shown(r.cell('role')), volunteer, row: r.row };
  });
}
