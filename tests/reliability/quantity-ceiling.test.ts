// Every quantity has a ceiling: the `Quantité maximale par ligne` setting (999 by default). The
// Form refuses more on screen; Cabas's own rules refuse it too (a Form whose validation a
// volunteer removed, an answer typed before the setting changed), journaled and e-mailed.
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { HOUR, MONCLAR, OPEN_AT, liveLines, openGroup, setSetting, tabRows, twoSitesSmallGroup } from './support/reliability-group';

const ALICE = 'alice@example.org';
const at = (h: number) => OPEN_AT + h * HOUR;

/** The group, with `Quantité maximale par ligne` set when given. */
function group(ceiling?: number): CabasDriver {
  const snapshot = twoSitesSmallGroup();
  if (ceiling !== undefined) setSetting(snapshot, 'Quantité maximale par ligne', ceiling);
  return openGroup({ snapshot });
}

/** A volunteer removes the validation of every product question in the Form editor. */
function withoutFormValidation(driver: CabasDriver): void {
  const { formId, items } = driver.state();
  const form = driver.gas.forms.form(formId);
  for (const [ref, id] of Object.entries(items)) if (!ref.startsWith('#')) form.items.find((i) => i.id === id)!.validation = null;
}

const ordered = (driver: CabasDriver) => liveLines(driver).filter((r) => r['E-mail'] === ALICE).map((r) => `${r['Réf']} ${r['Quantité']}`);

describe('the Form refuses a quantity over the ceiling, on screen', () => {
  test.each([
    { ceiling: undefined, ref: 'LEG-TOM', typed: '99999999999999999999', refused: true },
    { ceiling: undefined, ref: 'LEG-TOM', typed: '999,5', refused: true },
    { ceiling: undefined, ref: 'LEG-TOM', typed: '999', refused: false },
    { ceiling: undefined, ref: 'HUI-NOI', typed: '1000', refused: true },
    { ceiling: undefined, ref: 'HUI-NOI', typed: '999', refused: false },
    { ceiling: undefined, ref: 'HUI-NOI', typed: '1,5', refused: true }, // whole units only, as before
    { ceiling: undefined, ref: 'LEG-PAN', typed: '4', refused: true }, // the product's own max (3) is lower
    { ceiling: 20, ref: 'HUI-NOI', typed: '21', refused: true },
    { ceiling: 20, ref: 'HUI-NOI', typed: '20', refused: false },
    { ceiling: 20, ref: 'LEG-TOM', typed: '20,5', refused: true },
  ])('ceiling $ceiling: $typed for $ref refused $refused', ({ ceiling, ref, typed, refused }) => {
    const driver = group(ceiling);
    const submit = () => driver.submit(ALICE, { [ref]: typed }, { site: MONCLAR, at: at(1) });
    if (refused) {
      expect(submit).toThrow();
      expect(ordered(driver)).toEqual([]);
    } else {
      submit();
      expect(ordered(driver)).toEqual([`${ref} ${Number(typed)}`]);
    }
  });
});

describe('Cabas refuses a quantity over the ceiling that the Form let through', () => {
  test.each([
    { ceiling: undefined, ref: 'LEG-TOM', typed: '99999999999999999999', max: '999' },
    { ceiling: undefined, ref: 'HUI-NOI', typed: '1000', max: '999' },
    { ceiling: 20, ref: 'HUI-NOI', typed: '21', max: '20' },
    { ceiling: 2.5, ref: 'LEG-TOM', typed: '3', max: '2,5' },
  ])('ceiling $ceiling: $typed for $ref is refused, journaled and e-mailed', ({ ceiling, ref, typed, max }) => {
    const driver = group(ceiling);
    withoutFormValidation(driver);
    driver.submit(ALICE, { [ref]: typed, 'LEG-PAN': 1 }, { site: MONCLAR, at: at(1) });
    expect(ordered(driver)).toEqual([]);
    const refusal = tabRows(driver, 'Journal').filter((r) => r['Événement'] === 'Commande refusée' && r['Qui'] === ALICE);
    expect(refusal).toHaveLength(1);
    const mails = driver.gas.mail.sent.filter((m) => m.to === ALICE);
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain(`«\u00a0${typed}\u00a0»`);
    expect(mails[0].body).toContain(`au maximum ${max}`);
  });

  test('a quantity at the ceiling is taken, and no amount is written with an exponent', () => {
    const driver = group();
    withoutFormValidation(driver);
    driver.submit(ALICE, { 'LEG-TOM': '999' }, { site: MONCLAR, at: at(1) });
    expect(ordered(driver)).toEqual(['LEG-TOM 999']);
    expect(driver.gas.mail.sent.filter((m) => m.to === ALICE).map((m) => m.body).join('\n')).not.toMatch(/e\+\d/);
  });
});
