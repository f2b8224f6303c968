// The worker thread behind `--smtp`: it holds one nodemailer connection to the group's mail
// server and hands it each message the script sends. The script's MailApp call is synchronous, so
// the main thread waits on a shared counter (smtp-relay.ts) while this thread talks to the server.
import { createTransport } from 'nodemailer';
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { SentMessage } from '../../local-apps-script/mail/sent-message';

export interface SmtpWorkerData {
  url: string;
  from: string;
  /** Waits before each new try of a transient failure (ms). */
  retryDelays: number[];
  port: MessagePort;
  replies: Int32Array;
}

export interface SmtpRequest { id: number; message: SentMessage }
export type SmtpReply = { id: number; ok: true } | { id: number; ok: false; error: string; permanent: boolean };

interface SmtpError extends Error { responseCode?: number; response?: string; code?: string }

/**
 * A 5yz reply is permanent ("permanent negative completion", RFC 5321 §4.2.1); a 4yz one, or a
 * connection that failed, may pass later.
 */
export function isPermanent(error: SmtpError): boolean {
  return typeof error.responseCode === 'number' && error.responseCode >= 500;
}

/** The server's own answer when there is one ("550 5.1.1 <x@y>: Recipient address rejected"). */
export function answerOf(error: SmtpError): string {
  return (error.response ?? error.message).replace(/\s+/g, ' ').trim();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function runSmtpWorker(data: SmtpWorkerData): void {
  const transport = createTransport(data.url, { from: data.from });
  const send = async (m: SentMessage): Promise<void> => {
    const info = await transport.sendMail({
      from: m.name ? { name: m.name, address: data.from } : data.from,
      to: m.to, cc: m.cc || undefined, bcc: m.bcc || undefined, replyTo: m.replyTo || undefined,
      subject: m.subject, text: m.body, html: m.htmlBody || undefined,
      attachments: m.attachments.map((a) => ({ filename: a.name, contentType: a.mimeType, content: Buffer.from(a.bytes) })),
    });
    if (info.accepted.length === 0) throw Object.assign(new Error(String(info.response)), { response: String(info.response) });
  };
  const deliver = async ({ id, message }: SmtpRequest): Promise<SmtpReply> => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await send(message);
        return { id, ok: true };
      } catch (e) {
        const error = e as SmtpError;
        if (isPermanent(error) || attempt >= data.retryDelays.length) return { id, ok: false, error: answerOf(error), permanent: isPermanent(error) };
        await sleep(data.retryDelays[attempt]);
      }
    }
  };
  data.port.on('message', (request: SmtpRequest) => {
    void deliver(request).then((reply) => {
      data.port.postMessage(reply);
      Atomics.add(data.replies, 0, 1);
      Atomics.notify(data.replies, 0);
    });
  });
  parentPort?.on('message', (command: 'verify' | 'close') => {
    if (command === 'verify') {
      transport.verify().then(() => parentPort?.postMessage({ verified: true }), (e: SmtpError) => parentPort?.postMessage({ verified: false, error: answerOf(e) }));
    } else {
      transport.close();
      data.port.close();
      parentPort?.close();
    }
  });
}
