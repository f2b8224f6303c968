// The offline mode's e-mails, written out as they leave: each message the script sends becomes its
// .eml file at once (after the SMTP server took it, with --smtp), and only the first ones stay in
// memory for index.html, so a run of 100,000 answers does not hold 150,000 messages. The files are
// written on a thread of their own (file-writer-thread.ts): `flush` before reading them.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MailRelay } from '../../local-apps-script/mail/local-mail';
import type { SentMessage } from '../../local-apps-script/mail/sent-message';
import { emlFileName, toEml } from '../export/write-eml';
import { FileWriterThread } from './file-writer-thread';

/** Messages shown in full in index.html; the others are listed with a link to their file. */
export const SHOWN_IN_FULL = 300;
/** File numbers' width: sorting the names keeps the sending order up to a million messages. */
const WIDTH = 6;

export class MailSpool {
  readonly files: string[] = [];
  readonly shown: SentMessage[] = [];
  readonly more: { to: string; subject: string }[] = [];

  private ready = false;
  private writer: FileWriterThread | null = null;

  constructor(readonly mailDir: string) {}

  /** Empties (or makes) `mailDir`, once: at the first message, or when the outputs are written (a run refused before writes nothing). */
  prepare(): void {
    if (this.ready) return;
    rmSync(this.mailDir, { recursive: true, force: true });
    mkdirSync(this.mailDir, { recursive: true });
    this.ready = true;
  }

  /** Waits until every message's file is written (throws if one could not be). */
  async flush(): Promise<void> {
    const writer = this.writer;
    this.writer = null;
    await writer?.flush();
  }

  /** Ends the writing thread of a run that failed (its own error is the one reported). */
  async close(): Promise<void> {
    const writer = this.writer;
    this.writer = null;
    await writer?.close();
  }

  /** The relay to hand the runtime's MailApp: `next` (the SMTP server) first, then the file. */
  through(next: MailRelay | null): MailRelay {
    return (message) => {
      const sent = next ? next(message) : { ok: true as const };
      if (!sent.ok) return sent;
      this.prepare();
      const name = emlFileName(message, this.files.length + 1, WIDTH);
      (this.writer ??= new FileWriterThread()).write(join(this.mailDir, name), toEml(message));
      this.files.push(join('mail', name));
      if (this.shown.length < SHOWN_IN_FULL) this.shown.push(message);
      else this.more.push({ to: message.to, subject: message.subject });
      return sent;
    };
  }
}
