// Issue 19: solidarity prices, end to end on dist/Code.js — each household pays its tariff's price,
// producers the catalogue's, and only the household reads which tariff it has.
import { CabasDriver } from '../../src/cli/cabas-driver';
import { defaultSettingsSheet, tableSheet, workbookSnapshot } from '../../src/cli/workbook-snapshot';
import { CLOSED_BY, DEADLINE, OPEN_AT, PICKUP, SENT_BY, twoSitesSmallGroup } from './fixtures/two-sites-small-group';

const HOUR = 3600 * 1000;
const TARIFF_OF: Record<string, string> = { 'alice@example.org': 'solidaire', 'chloe@example.org': 'Soutien' };
const plainText = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function groupWithTariffs(floor: number | null = null) {
  const base = twoSitesSmallGroup();
  const members = base.sheets.find((s) => s.name === 'Adhérents')!;
  const rows = members.values.slice(1).map((r) => ({ email: r[0], name: r[1], phone: r[2], site: r[3], active: r[4], tariff: TARIFF_OF[String(r[0])] ?? '' }));
  return workbookSnapshot([
    defaultSettingsSheet({
      groupName: 'GAC des Deux Villages', coordinationEmail: 'coordination@example.org',
      tariffs: [{ name: 'solidaire', percent: -30 }, { name: 'normal', percent: 0 }, { name: 'soutien', percent: 20 }],
      ...(floor === null ? {} : { solidarityFloorCents: floor }),
    }),
    ...base.sheets.filter((s) => s.name !== 'Paramètres' && s.name !== 'Adhérents'),
    tableSheet('members', rows as never),
  ]);
}

describe('solidarity prices through a whole cycle', () => {
  let driver: CabasDriver;
  beforeAll(() => {
    driver = new CabasDriver({ now: OPEN_AT, spreadsheet: groupWithTariffs() });
    driver.install(false);
    expect(driver.open({ deadline: DEADLINE, pickup: PICKUP })).toMatchObject({ ok: true });
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: 'Monclar-de-Quercy', at: OPEN_AT + HOUR });
    driver.submit('bruno@example.org', { 'LEG-TOM': 2 }, { site: 'Monclar-de-Quercy', at: OPEN_AT + 2 * HOUR });
    driver.submit('chloe@example.org', { 'LEG-TOM': 2, 'LEG-PAN': 1 }, { site: 'Septfonds', at: OPEN_AT + 3 * HOUR });
    driver.gas.advanceTo(SENT_BY);
  });
  const mails = () => driver.gas.mail.sent;
  const mailTo = (to: string, subject: RegExp) => mails().find((m) => m.to === to && subject.test(m.subject))!;

  test('the Form shows catalogue prices and says the household’s tariff applies in its confirmation', () => {
    const form = driver.gas.forms.form(driver.state().formId);
    expect(form.getDescription()).toContain('Les prix affichés sont ceux du catalogue.');
    expect(form.getItems().map((i) => plainText(i.getTitle()))).toContain('Tomates anciennes — 4,20 € / kg');
  });

  test.each([
    { who: 'alice@example.org', price: '2,94 €', total: '5,88 €', own: 'solidaire' },
    { who: 'bruno@example.org', price: '4,20 €', total: '8,40 €', own: null },
    { who: 'chloe@example.org', price: '5,04 €', total: '28,08 €', own: 'soutien' },
  ])('$who’s confirmation shows its own prices ($price a kilo)', ({ who, price, total, own }) => {
    const body = plainText(mailTo(who, /commande|order/i).body);
    expect(body).toContain(price);
    expect(body).toContain(total);
    for (const name of ['solidaire', 'soutien'].filter((n) => n !== own)) expect(body).not.toContain(name);
  });

  test('Commandes keeps the catalogue price: what the producers are paid', () => {
    const prices = driver.rows('Commandes').filter((r) => r['Réf'] === 'LEG-TOM').map((r) => r['Prix']);
    expect(new Set(prices)).toEqual(new Set([4.2]));
  });

  test('no e-mail to a producer, and none to a member about another, names a tariff', () => {
    const producers = mails().filter((m) => m.to === 'ruisseau@example.org' || m.to === 'noyers@example.org');
    expect(producers.length).toBeGreaterThan(0);
    for (const m of producers) {
      const parts = [m.subject, m.body, m.htmlBody ?? '', ...m.attachments.map((a) => Buffer.from(a.bytes).toString('utf8'))].join('\n');
      expect(parts).not.toMatch(/solidaire|soutien|tarif/i);
      expect(plainText(parts)).not.toContain('2,94');
    }
    for (const m of mails().filter((x) => x.to === 'bruno@example.org')) expect(`${m.body}${m.htmlBody ?? ''}`).not.toMatch(/solidaire|soutien|tarif/i);
  });

  test('Distribution shows what each household pays, never why', () => {
    const tab = driver.snapshot().sheets.find((s) => s.name.includes('Distribution Monclar'))!;
    const alice = tab.values.find((r) => r[0] === 'Alice Martin')!;
    expect(alice).toContain(5.88);
    expect(JSON.stringify(tab.values)).not.toMatch(/solidaire|soutien|tarif/i);
  });

  // Ferme du Ruisseau is paid directly (« Chèque à l'ordre de la Ferme du Ruisseau »): Alice (solidaire)
  // hands it her own price, 5,88 €, and the group the other 2,52 €; Chloé (soutien) hands it the
  // catalogue price, 23,40 €, and the group her 4,68 € supplement. It gets its 40,20 € either way.
  test('a producer members pay directly gets the catalogue price: Paiements says what the group adds', () => {
    const farm = driver.rows('Paiements').find((r) => r['Producteur'] === 'Ferme du Ruisseau')!;
    expect(farm['Dû']).toBe(40.2);
    expect(plainText(String(farm['Détail']))).toBe('payé en direct par les adhérents : 37,68 € (chèques, espèces ou virements à lui remettre) ; à payer par le groupement : 2,52 € (la différence des tarifs solidaires)');
    const recap = driver.snapshot().sheets.find((s) => s.name.includes('Récap'))!.values;
    expect(recap.find((r) => plainText(String(r[0])) === 'À verser par le groupement à Ferme du Ruisseau (payé en direct par les adhérents)')?.[1]).toBe(2.52);
  });

  test('a soutien household hands the producer the catalogue price and the group its supplement', () => {
    const summary = plainText(mailTo('chloe@example.org', /définitive/).body);
    expect(summary).toMatch(/Ferme du Ruisseau : 23,40 € — Chèque à l.ordre de la Ferme du Ruisseau/);
    expect(summary).toContain('Au groupement : 4,68 €');
    expect(summary).toContain('Total à régler : 28,08 €.');
    const tab = driver.snapshot().sheets.find((s) => s.name.includes('Distribution Septfonds'))!.values;
    const at = (name: string) => tab.find((r) => r[0] === 'Chloé Durand')![tab[0].indexOf(name)];
    expect([at('Ferme du Ruisseau'), at('Au groupement'), at('Total')]).toEqual([23.4, 4.68, 28.08]);
    const chloe = driver.rows('Paiements').find((r) => r['E-mail'] === 'chloe@example.org')!;
    expect(plainText(String(chloe['Détail']))).toBe('Ferme du Ruisseau : 23,40 € ; au groupement : 4,68 €');
  });

  test('the season’s Bilan finds the same balance as the Récap, from Paiements', () => {
    expect(driver.run('reviewNow', { from: '', to: '' })).toMatchObject({ ok: true });
    const bilan = driver.snapshot().sheets.find((s) => s.name.includes('Bilan'))!.values;
    const at = bilan.findIndex((r) => plainText(String(r[0])).startsWith('Solde solidaire par cycle'));
    expect(bilan[at + 2].slice(0, 3)).toEqual([driver.state().catalog.cycle.id, 2.16, 2.16]);
  });

  test('Récap shows the solidarity balance and warns when it is below the threshold', () => {
    const recap = driver.snapshot().sheets.find((s) => s.name.includes('Récap'))!.values;
    const row = (label: string) => recap.find((r) => plainText(String(r[0])).startsWith(label));
    expect(row('solidaire (1 foyer)')?.[1]).toBe(-2.52);
    expect(row('soutien (1 foyer)')?.[1]).toBe(4.68);
    expect(row('Solde du cycle')?.[1]).toBe(2.16);
    expect(row('Attention')).toBeUndefined();
  });
});

describe('a threshold above the balance', () => {
  test('Récap warns', () => {
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: groupWithTariffs(1000) });
    driver.install(false);
    driver.open({ deadline: DEADLINE, pickup: PICKUP });
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: 'Monclar-de-Quercy', at: OPEN_AT + HOUR });
    driver.gas.advanceTo(CLOSED_BY);
    const recap = driver.snapshot().sheets.find((s) => s.name.includes('Récap'))!.values;
    expect(recap.map((r) => plainText(String(r[0])))).toContain('Attention : le solde solidaire (-2,52 €) est sous le seuil fixé dans Paramètres (10,00 €). Il faut plus de tarifs de soutien, ou une autre ressource.');
  });
});
