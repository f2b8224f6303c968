// One message the local MailApp accepted: what tests read and the demo writes as .eml.
export interface SentAttachment {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface SentMessage {
  /** Epoch ms of the simulated clock when it was sent. */
  at: number;
  from: string; // the effective user
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  name: string; // sender display name ('' = default)
  subject: string;
  body: string;
  htmlBody: string; // '' when none
  attachments: SentAttachment[];
  via: 'MailApp' | 'GmailApp';
}
