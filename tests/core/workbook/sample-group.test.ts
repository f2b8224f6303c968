import type { Locale } from '../../../src/core/model';
import { readConfiguration, type TabInput } from '../../../src/core/workbook/read-configuration';
import { sampleGroup } from '../../../src/core/workbook/sample-group';
import { headerOf, TABLES, tableName, type TableKey } from '../../../src/core/workbook/tables';

function sampleTabs(locale: Locale): Partial<Record<TableKey, TabInput>> {
  const sample = sampleGroup(locale);
  const tab = (table: TableKey, rows: unknown[][]): TabInput => ({
    tabName: tableName(table, locale),
    values: [TABLES[table].columns.map((c) => headerOf(table, c.key, locale)), ...rows],
  });
  return {
    settings: tab('settings', sample.settings), sites: tab('sites', sample.sites), members: tab('members', sample.members),
    producers: tab('producers', sample.producers), products: tab('products', sample.products), duties: tab('duties', sample.duties),
  };
}

describe.each([{ locale: 'fr' as Locale }, { locale: 'en' as Locale }])('the sample group in $locale', ({ locale }) => {
  const { config, problems, locale: read } = readConfiguration(sampleTabs(locale));

  test('passes the check with no error and no warning', () => {
    expect(problems).toEqual([]);
    expect(read).toBe(locale);
    expect(config?.settings).toMatchObject({ groupName: 'GAC du Pays Midi-Quercy', coordinationEmail: 'coordination@example.org', locale });
  });

  test('has two pickup sites and about forty households spread over both, three inactive', () => {
    expect(config?.sites.map((s) => s.name)).toEqual(['Monclar-de-Quercy', 'Septfonds']);
    expect(config?.members).toHaveLength(40);
    expect(config?.members.filter((m) => !m.active)).toHaveLength(3);
    expect(new Set(config?.members.map((m) => m.site))).toEqual(new Set(['Monclar-de-Quercy', 'Septfonds']));
    expect(new Set(config?.members.map((m) => m.phone)).size).toBe(40);
  });

  test('uses example.org addresses only', () => {
    const addresses = [config!.settings.coordinationEmail, ...config!.members.map((m) => m.email), ...config!.producers.map((p) => p.email)];
    expect(addresses.filter((a) => !a.endsWith('@example.org'))).toEqual([]);
  });

  test('has six producers and about thirty products, some by the case, some limited, one unavailable', () => {
    expect(config?.producers).toHaveLength(6);
    expect(config?.producers.some((p) => p.minimumCents > 0) && config?.producers.some((p) => p.minimumCents === 0)).toBe(true);
    expect(config?.producers.some((p) => p.shareNames) && config?.producers.some((p) => !p.shareNames)).toBe(true);
    expect(config?.products.length).toBeGreaterThanOrEqual(28);
    expect(new Set(config?.products.map((p) => p.producer)).size).toBe(6);
    expect(config?.products.filter((p) => !p.available)).toHaveLength(1);
    expect(new Set(config?.products.filter((p) => p.caseSize !== null).map((p) => p.caseSize))).toEqual(new Set([6, 12]));
    expect(config?.products.some((p) => p.maxPerMember !== null)).toBe(true);
    expect(config?.products.some((p) => p.stock !== null)).toBe(true);
    expect(config?.products.some((p) => p.step === 0.5)).toBe(true);
  });

  test('has duties at both sites, held by members', () => {
    expect(new Set(config?.duties.map((d) => d.site))).toEqual(new Set(['Monclar-de-Quercy', 'Septfonds']));
    expect(config?.duties.every((d) => d.date !== null)).toBe(true);
  });

  test('writes rows in the columns order of their table', () => {
    const sample = sampleGroup(locale);
    for (const table of ['sites', 'members', 'producers', 'products', 'duties'] as const) {
      expect(sample[table].every((row) => row.length === TABLES[table].columns.length)).toBe(true);
    }
  });
});

describe('sampleGroup', () => {
  test('has the same people and farms in both locales, with the locale\'s yes/no words', () => {
    const fr = sampleGroup('fr');
    const en = sampleGroup('en');
    expect(en.members.map((m) => m[1])).toEqual(fr.members.map((m) => m[1]));
    expect(en.producers.map((p) => p[0])).toEqual(fr.producers.map((p) => p[0]));
    expect(fr.members[0][4]).toBe('oui');
    expect(en.members[0][4]).toBe('yes');
    expect(en.settings[0][0]).toBe('Group name');
  });

  test('returns fresh rows on each call', () => {
    const first = sampleGroup('fr');
    first.sites[0][0] = 'changed';
    expect(sampleGroup('fr').sites[0][0]).toBe('Monclar-de-Quercy');
  });
});
