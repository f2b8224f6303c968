// MailApp / GmailApp.sendEmail and their limits (developers.google.com/apps-script/reference/mail/mail-app,
// developers.google.com/apps-script/guides/services/quotas).
import { LocalMail, MAIL_ERRORS } from '../../../src/local-apps-script/mail/local-mail';
import { createUtilities } from '../../../src/local-apps-script/utilities/utilities';
import { serviceEnv, thrownMessage } from '../support/service-env';

const HOUR = 3_600_000;
const many = (n: number) => Array.from({ length: n }, (_, i) => `m${i}@example.org`).join(',');

describe('LocalMail', () => {
  test('a message object becomes a SentMessage with every field and its attachments', () => {
    const env = serviceEnv();
    const mail = new LocalMail(env);
    const csv = createUtilities(env).newBlob('ref;qty\nOEU;4\n', 'text/csv', 'commande.csv');
    mail.mailApp.sendEmail({ to: 'ferme@example.org', cc: 'a@example.org', subject: 'Commande', body: 'texte', htmlBody: '<p>html</p>', name: 'Cabas', replyTo: 'coord@example.org', attachments: [csv] });
    expect(mail.sent).toEqual([expect.objectContaining({
      at: env.clock.now(), from: 'coordination@example.org', to: 'ferme@example.org', cc: 'a@example.org', bcc: '',
      replyTo: 'coord@example.org', name: 'Cabas', subject: 'Commande', body: 'texte', htmlBody: '<p>html</p>', via: 'MailApp',
    })]);
    expect(mail.sent[0].attachments.map((a) => [a.name, a.mimeType, Buffer.from(a.bytes).toString()])).toEqual([['commande.csv', 'text/csv', 'ref;qty\nOEU;4\n']]);
  });

  test('recipients are counted over to, cc and bcc', () => {
    const mail = new LocalMail(serviceEnv(), 10);
    mail.mailApp.sendEmail('a@example.org, b@example.org', 'Objet', 'corps', { cc: 'c@example.org', bcc: 'd@example.org' });
    expect(mail.mailApp.getRemainingDailyQuota()).toBe(6);
  });

  test.each([
    { name: 'more recipients than the quota left', quota: 2, to: many(3), body: 'x', message: MAIL_ERRORS.quota },
    { name: 'more than 50 recipients', quota: 100, to: many(51), body: 'x', message: MAIL_ERRORS.recipients },
    { name: 'a body over 200 KB', quota: 100, to: many(1), body: 'x'.repeat(200 * 1024 + 1), message: MAIL_ERRORS.body },
    { name: 'no recipient', quota: 100, to: '', body: 'x', message: MAIL_ERRORS.noRecipient },
    { name: 'a malformed address', quota: 100, to: 'pas-une-adresse', body: 'x', message: 'Invalid email: pas-une-adresse' },
  ])('refuses $name with Apps Script\'s error and sends nothing', ({ quota, to, body, message }) => {
    const mail = new LocalMail(serviceEnv(), quota);
    expect(thrownMessage(() => mail.mailApp.sendEmail(to, 'Objet', body))).toBe(message);
    expect(mail.sent).toHaveLength(0);
    expect(mail.mailApp.getRemainingDailyQuota()).toBe(quota);
  });

  // "Argument too large: subject": Apps Script's refusal of a subject over 250 characters, as
  // scripts report it (e.g. a 2017 trigger log of Gmail-AutoResponder; scripts cap subjects at 250).
  test('refuses a subject over 250 characters with Apps Script\'s error; 250 is accepted', () => {
    const mail = new LocalMail(serviceEnv(), 10);
    expect(thrownMessage(() => mail.mailApp.sendEmail('a@example.org', 'x'.repeat(251), 'corps'))).toBe(MAIL_ERRORS.subject);
    expect(thrownMessage(() => mail.mailApp.sendEmail({ to: 'a@example.org', subject: 'é'.repeat(251), body: 'corps' }))).toBe('Argument too large: subject');
    expect(mail.sent).toHaveLength(0);
    mail.mailApp.sendEmail('a@example.org', 'x'.repeat(250), 'corps');
    expect(mail.sent).toHaveLength(1);
  });

  test('the quota comes back 24 hours after the first send of the window, not at midnight', () => {
    const env = serviceEnv();
    const mail = new LocalMail(env, 2);
    mail.mailApp.sendEmail('a@example.org', 's', 'b');
    env.clock.advance(12 * HOUR);
    mail.mailApp.sendEmail('b@example.org', 's', 'b');
    expect(thrownMessage(() => mail.mailApp.sendEmail('c@example.org', 's', 'b'))).toBe(MAIL_ERRORS.quota);
    env.clock.advance(12 * HOUR - 1);
    expect(mail.mailApp.getRemainingDailyQuota()).toBe(0);
    env.clock.advance(1);
    expect(mail.mailApp.getRemainingDailyQuota()).toBe(2);
  });

  test('setRemainingQuota lowers what is left today', () => {
    const mail = new LocalMail(serviceEnv(), 100);
    mail.setRemainingQuota(1);
    expect(thrownMessage(() => mail.mailApp.sendEmail(many(2), 's', 'b'))).toBe(MAIL_ERRORS.quota);
  });

  test('GmailApp.sendEmail sends too and is recorded as such', () => {
    const env = serviceEnv();
    const mail = new LocalMail(env);
    mail.gmailApp.sendEmail('a@example.org', 'Objet', 'corps');
    expect(mail.sent.map((m) => m.via)).toEqual(['GmailApp']);
    expect(env.accounting.execution().byMethod['GmailApp.sendEmail']).toBe(1);
  });
});
