// Which e-mails wait for « Envoyer les e-mails en attente » when automatic sending is off.
import type { EmailKind, Settings } from '../model';

/**
 * Answers to a member's own action, and the coordination's alerts (a held close, volunteers
 * missing): they leave at once whatever the setting. A volunteer's duty reminder is a reminder: it waits.
 */
const ALWAYS_AT_ONCE: ReadonlySet<string> = new Set<EmailKind>(['confirmation', 'rejection', 'cancellation', 'close-held', 'duty-alert']);

/**
 * Whether an automatic sending run (a trigger) leaves this e-mail in `Envois` for the coordinator
 * to send from the menu: with `Envoi automatique = non`, reminders and the close's e-mails wait.
 * `kind` is the outbox row's `Type` cell, so an unknown kind (a row typed by hand) waits too.
 * @example waitsForMenu('reminder', { autoSend: false }) // true
 * @example waitsForMenu('confirmation', { autoSend: false }) // false
 */
export function waitsForMenu(kind: string, settings: Pick<Settings, 'autoSend'> | null): boolean {
  return settings !== null && !settings.autoSend && !ALWAYS_AT_ONCE.has(kind);
}
