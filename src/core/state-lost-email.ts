// The e-mail that tells the coordination the hidden state of a running cycle is lost.
import { htmlDocument, htmlParagraph } from './email/html';
import { catalogue } from './i18n';
import type { Email, Locale } from './model';

/**
 * One alert per cycle and per day (its key), however many answers are refused meanwhile.
 * @example composeStateLost({ to: 'coord@example.org', locale: 'fr', cycleId: '2026-12-10', detail: '', day: '2026-12-03' }).key
 * // 'state-lost:2026-12-10:2026-12-03'
 */
export function composeStateLost(input: { to: string; locale: Locale; cycleId: string; detail: string; day: string }): Email {
  const t = catalogue(input.locale).ui;
  const body = `${t.stateLost}\n\n${t.stateLostBody(input.cycleId, input.detail)}`;
  return {
    key: `state-lost:${input.cycleId}:${input.day}`, kind: 'digest', to: input.to, subject: t.stateLostSubject,
    text: body, html: htmlDocument(t.stateLostSubject, body.split('\n\n').map(htmlParagraph), 'Cabas'),
  };
}
