// The paragraph block, the one the member e-mails of the order flow are mostly made of.
import type { EmailBlock } from './email-blocks';

/**
 * A paragraph of an e-mail.
 * @example paragraph('Bonjour,') // { kind: 'paragraph', text: 'Bonjour,' }
 */
export const paragraph = (text: string): EmailBlock => ({ kind: 'paragraph', text });
