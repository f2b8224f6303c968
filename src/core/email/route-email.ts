// Where an e-mail really goes: in trial mode (the sample group), to the coordination only, marked as a trial.
import { catalogue } from '../i18n';
import { subjectText } from './header-text';
import type { Email, Settings } from '../model';
import { escapeHtml } from './html';

/**
 * The e-mail as it must leave. A trial workbook never e-mails a member's or a producer's
 * (invented) address: the message goes to the coordination address, its subject marked, with a
 * first paragraph naming who would have received it. Anything else is returned unchanged.
 * @example routeEmail({ ...email, to: 'claire.delmas@example.org' }, { ...settings, trial: true, coordinationEmail: 'me@gmail.com' }).to // "me@gmail.com"
 */
export function routeEmail(email: Email, settings: Pick<Settings, 'trial' | 'coordinationEmail' | 'locale'>): Email {
  if (!settings.trial || email.to === settings.coordinationEmail) return email;
  const t = catalogue(settings.locale).close.trial;
  const banner = t.banner(email.to);
  const htmlBanner = `<p style="margin:0 0 12px;padding:8px;background:#fff4ce;border:1px solid #d4a72c">${escapeHtml(banner)}</p>`;
  const body = /<body[^>]*>/i.exec(email.html);
  const html = body ? email.html.replace(body[0], body[0] + htmlBanner) : htmlBanner + email.html;
  return { ...email, to: settings.coordinationEmail, subject: subjectText(t.subject(email.subject)), text: `${banner}\n\n${email.text}`, html };
}
