import { frenchTypography as fr } from '../../../src/core/i18n/typography';
import { closeCycle } from '../../../src/core/close/close-cycle';
import type { Locale } from '../../../src/core/model';
import { closeInput } from './fixtures/two-sites-juice-case-completed';

const digest = (input = closeInput()) => [...closeCycle(input).emails].find((e) => e.kind === 'digest')!;

describe('composeDigest', () => {
  test.each<[Locale, 'automatic' | 'manual', 'cancel' | 'hold']>([
    ['fr', 'automatic', 'cancel'], ['en', 'automatic', 'cancel'], ['fr', 'manual', 'hold'], ['en', 'manual', 'hold'],
  ])('renders the digest (%s, cases %s, minimum %s)', (locale, cases, minimum) => {
    expect(digest(closeInput(locale, cases, minimum))).toMatchSnapshot();
  });

  // Found by probing: a household whose address changed in Adhérents after it ordered lost its
  // tariff at the close, silently (its lines keep the address it ordered with).
  test('names the households that ordered and that Adhérents no longer knows', () => {
    const input = closeInput();
    input.members = input.members.filter((m) => m.email !== 'bruno@example.org');
    expect(digest(input).text).toContain(fr('Ces foyers ont commandé mais ne sont plus dans Adhérents (leur adresse ou leur nom a changé ?) : Bruno Vidal.'));
    expect(digest().text).not.toContain('ne sont plus dans Adhérents');
  });

  test('names a household found again by its name after its address changed', () => {
    const input = closeInput();
    input.members = input.members.map((m) => (m.email === 'bruno@example.org' ? { ...m, email: 'bruno.vidal@example.org' } : m));
    const text = digest(input).text;
    expect(text).toContain(fr('Bruno Vidal : commande sous bruno@example.org, adresse actuelle bruno.vidal@example.org'));
    expect(text).not.toContain('ne sont plus dans Adhérents');
    expect(digest().text).not.toContain('adresse actuelle');
  });

  test('goes to the coordination address only', () => {
    expect(digest()).toMatchObject({ key: 'digest:2026-12-10', to: 'coordination@gac-midi-quercy.fr', kind: 'digest' });
  });

  test.each`
    pending | sentence
    ${0}    | ${'Aucun e-mail en attente dans Envois.'}
    ${1}    | ${'1 e-mail attend encore dans Envois.'}
    ${3}    | ${'3 e-mails attendent encore dans Envois.'}
  `('counts $pending pending e-mails', ({ pending, sentence }) => {
    expect(digest({ ...closeInput(), pendingEmails: pending }).text).toContain(sentence);
  });

  test('lists rejections oldest first with their reasons in words', () => {
    const { text } = digest();
    const bruno = text.indexOf(fr('bruno@example.org, le vendredi 4 décembre 2026 à 7 h 05 : quantité hors du pas du produit, tolérance invalide'));
    const unknown = text.indexOf(fr('inconnu@example.net, le mercredi 9 décembre 2026 à 21 h 15 : adresse inconnue'));
    expect(bruno).toBeGreaterThan(-1);
    expect(unknown).toBeGreaterThan(bruno);
  });

  test('shows an unknown rejection code as it is rather than dropping it', () => {
    expect(digest({ ...closeInput(), rejections: [{ at: 0, email: 'x@example.org', codes: ['order.something-new'] }] }).text).toContain('order.something-new');
  });

  test('says when no answer was rejected', () => {
    expect(digest({ ...closeInput(), rejections: [] }).text).toContain('Aucune réponse refusée.');
  });
});
