import { closeCycle } from '../../../src/core/close/close-cycle';
import type { Email, TabLayout } from '../../../src/core/model';
import { MEMBERS, closeInput } from './fixtures/two-sites-juice-case-completed';

// Everything a producer sees: its tab, its e-mail (both parts) and the CSV attachment.
function producerOutput(tabs: TabLayout[], emails: Iterable<Email>, producer: string): string[] {
  const tab = tabs.find((t) => t.name === `▸ ${producer}`);
  const email = [...emails].find((e) => e.key.endsWith(`:${producer}`) && e.kind === 'producer-order');
  if (!tab || !email) throw new Error(`no output for ${producer}`);
  return [JSON.stringify(tab.rows), email.subject, email.text, email.html, ...(email.attachments ?? []).map((a) => a.content)];
}

describe('privacy of members in what producers receive', () => {
  const { tabs, emails } = closeCycle(closeInput());

  test.each(MEMBERS.map((m) => [m.name]))('a producer that does not share names never sees %s', (name) => {
    for (const text of producerOutput(tabs, emails, 'Rucher du Causse')) expect(text).not.toContain(name);
  });

  test.each(['Rucher du Causse', 'Ferme des Tilleuls'])('%s never sees a member e-mail address or phone number', (producer) => {
    for (const text of producerOutput(tabs, emails, producer)) {
      for (const m of MEMBERS) {
        expect(text).not.toContain(m.email);
        if (m.phone) expect(text).not.toContain(m.phone);
      }
    }
  });

  test('a producer that shares names sees the names of its own customers only', () => {
    const [tab, , text, , csv] = producerOutput(tabs, emails, 'Ferme des Tilleuls');
    for (const part of [tab, text, csv]) {
      expect(part).toContain('Anne Delmas');
      expect(part).toContain('David Roques');
    }
  });

  test('a member with no name is shown without falling back to their e-mail address', () => {
    const input = closeInput();
    input.members = input.members.map((m) => (m.email === 'david@example.org' ? { ...m, name: '' } : m));
    input.lines = input.lines.map((l) => (l.email === 'david@example.org' ? { ...l, member: '' } : l));
    const result = closeCycle(input);
    for (const text of producerOutput(result.tabs, [...result.emails], 'Ferme des Tilleuls')) expect(text).not.toContain('david@example.org');
    expect(result.tabs[0].rows.flat()).toContain('Adhérent sans nom');
  });
});

describe('safety of text that came from people', () => {
  const hostile = '=HYPERLINK("http://evil","<b>x</b>")';

  test('a hostile member name is neutralised in the CSV and escaped in the HTML', () => {
    const input = closeInput();
    input.members = input.members.map((m) => (m.email === 'anne@example.org' ? { ...m, name: hostile } : m));
    const email = [...closeCycle(input).emails].find((e) => e.key === 'producer-order:2026-12-10:Ferme des Tilleuls')!;
    expect(email.attachments![0].content).toContain(`"'=HYPERLINK(""http://evil"",""<b>x</b>"")"`);
    expect(email.html).not.toContain('<b>x</b>');
    expect(email.html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  test('a hostile producer name is escaped in the member summary', () => {
    const input = closeInput();
    input.catalog.producers[1].payment = '<script>alert(1)</script>';
    const anne = [...closeCycle(input).emails].find((e) => e.key === 'member-summary:2026-12-10:anne@example.org')!;
    expect(anne.html).not.toContain('<script>');
    expect(anne.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
