// « Vérifier l'installation »: each fact gives a finding that says what to do.
import { checkInstallation, type InstallFacts } from '../../src/core/install-check';

const healthy: InstallFacts = {
  cycle: { id: '2026-12-12', status: 'open' }, handlers: ['onFormSubmitTrigger', 'onDeadlineTrigger'], form: { found: true, accepting: true },
  authorizationRequired: false, quotaLeft: 100, pending: 0, failed: 0, errors: [],
};

describe('checkInstallation', () => {
  test('a healthy open cycle: only findings that say all is well', () => {
    expect(checkInstallation(healthy, 'fr').filter((f) => f.level !== 'ok')).toEqual([]);
  });

  test.each([
    { scenario: 'the deadline trigger is another account’s', change: { handlers: ['onFormSubmitTrigger'] }, level: 'error', says: /Installer ou mettre à jour/ },
    { scenario: 'the form does not accept answers', change: { form: { found: true, accepting: false } }, level: 'error', says: /Accepter les réponses/ },
    { scenario: 'the form is gone', change: { form: { found: false, accepting: false } }, level: 'error', says: /Clôturer maintenant/ },
    { scenario: 'authorization to give again', change: { authorizationRequired: true }, level: 'error', says: /choisissez une commande du menu Cabas et acceptez/ },
    { scenario: 'the state cannot be read', change: { cycle: 'lost' as const }, level: 'error', says: /_cabas/ },
    { scenario: 'e-mails wait with no sending scheduled', change: { pending: 3 }, level: 'warning', says: /3 e-mails attendent.*Envoyer les e-mails en attente/ },
    { scenario: 'less quota than e-mails waiting', change: { pending: 3, handlers: [...healthy.handlers, 'onOutboxTrigger'], quotaLeft: 2 }, level: 'warning', says: /Quota d’e-mails restant aujourd’hui\s:\s2/ },
    { scenario: 'failed e-mails', change: { failed: 2 }, level: 'warning', says: /2 e-mails en échec/ },
    { scenario: 'errors in the Journal', change: { errors: ['Erreur — boom'] }, level: 'warning', says: /Dernières erreurs du Journal\s:\sErreur — boom/ },
  ])('$scenario: a $level that says what to do', ({ change, level, says }) => {
    const findings = checkInstallation({ ...healthy, ...change }, 'fr').filter((f) => f.level !== 'ok');
    expect(findings).toEqual([{ level, text: expect.stringMatching(says) }]);
  });

  test('speaks English to an English group', () => {
    expect(checkInstallation({ ...healthy, authorizationRequired: true }, 'en')[0].text).toMatch(/^Google asks for your authorization again/);
  });
});
