// `--smtp`: the e-mails the script sends leave through a real mail server. The runtime's MailApp
// hands each accepted message to this relay and waits for its answer, as Google's MailApp does; a
// refusal comes back to the script as MailApp's error, so Cabas's own outbox (`Envois`) records
// what left, what waits and what failed, and never sends a row twice across runs.
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { CliCatalogue } from '../../core/i18n/cli-catalogue';
import { parseStatus } from '../../core/workbook/tables';
import type { MailRelay } from '../../local-apps-script/mail/local-mail';
import { CliError } from '../cli-error';
import { type SmtpReply, type SmtpRequest, type SmtpWorkerData } from './smtp-worker';

/** A transient failure (4yz, a dropped connection) is tried again after these waits, then left to the outbox's next round. */
const RETRY_DELAYS_MS = [1000, 3000];

/**
 * The waits, or shorter ones from `CABAS_SMTP_RETRY_MS` (a comma list: the tests' greylisting
 * server answers at once, and a second of sleep per retry was most of their time).
 */
function retryDelays(): number[] {
  const text = process.env.CABAS_SMTP_RETRY_MS;
  const delays = text ? text.split(',').map(Number) : [];
  return delays.length > 0 && delays.every((d) => Number.isInteger(d) && d >= 0) ? delays : RETRY_DELAYS_MS;
}
/** How long one message may take, retries included, before it counts as a transient failure. */
const MESSAGE_TIMEOUT_MS = 3 * 60 * 1000;

export interface SmtpRelay {
  /** host:port, without the credentials: what messages may print. */
  server: string;
  relay: MailRelay;
  /** Messages the server accepted, and messages it refused for good, in this run. */
  delivered: number;
  refused: number;
  close(): Promise<void>;
}

/** The URL when it names an SMTP server (smtp:// or smtps://, a host), else null. */
export function parseSmtpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

export function serverLabel(url: URL): string {
  return `${url.hostname}${url.port ? `:${url.port}` : ''}`;
}

/**
 * Starts the worker that talks to the server and checks the connection and the credentials
 * (before anything opens). `workerScript` is the worker's built entry (dist/smtp-worker.js, from smtp-thread.ts).
 */
export async function openSmtpRelay(o: { url: URL; from: string; workerScript: string }): Promise<{ ok: true; relay: SmtpRelay } | { ok: false; answer: string }> {
  const replies = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const data: SmtpWorkerData = { url: o.url.href, from: o.from, retryDelays: retryDelays(), port: port2, replies };
  const worker = new Worker(o.workerScript, { workerData: data, transferList: [port2] });
  const verified = await new Promise<{ verified: boolean; error?: string }>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (e) => resolve({ verified: false, error: e.message }));
    worker.postMessage('verify');
  });
  const close = async () => {
    worker.postMessage('close');
    port1.close();
    await new Promise((resolve) => worker.once('exit', resolve));
  };
  if (!verified.verified) {
    await worker.terminate();
    port1.close();
    return { ok: false, answer: verified.error ?? '' };
  }
  let next = 0;
  const relay: SmtpRelay = {
    server: serverLabel(o.url), delivered: 0, refused: 0, close,
    relay: (message) => {
      const id = (next += 1);
      const seen = Atomics.load(replies, 0);
      port1.postMessage({ id, message } satisfies SmtpRequest);
      const deadline = Date.now() + MESSAGE_TIMEOUT_MS;
      for (let counter = seen; Date.now() < deadline;) {
        Atomics.wait(replies, 0, counter, deadline - Date.now());
        counter = Atomics.load(replies, 0);
        // Replies are read in order; one for an earlier message that timed out is dropped.
        for (let r = receiveMessageOnPort(port1); r !== undefined; r = receiveMessageOnPort(port1)) {
          const reply = r.message as SmtpReply;
          if (reply.id !== id) continue;
          if (reply.ok) {
            relay.delivered += 1;
            return { ok: true };
          }
          if (reply.permanent) relay.refused += 1;
          return { ok: false, error: reply.error };
        }
      }
      return { ok: false, error: `no answer from ${relay.server} within ${MESSAGE_TIMEOUT_MS / 1000} s` };
    },
  };
  return { ok: true, relay };
}

/** `--smtp` and `--smtp-from` as given: the relay, or null without --smtp; a CliError when they cannot be used. */
export async function startSmtp(o: { smtp?: string; smtpFrom?: string; workerScript?: string }, coordinationEmail: string, t: CliCatalogue): Promise<SmtpRelay | null> {
  if (o.smtp === undefined) return null;
  const url = parseSmtpUrl(o.smtp);
  if (!url) throw new CliError(t.smtpBadUrl(o.smtp.replace(/\/\/[^@/]*@/, '//…@')));
  const from = (o.smtpFrom ?? coordinationEmail).trim();
  if (from === '') throw new CliError(t.smtpNoFrom());
  if (!/^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/.test(from)) throw new CliError(t.smtpBadFrom(from));
  const opened = await openSmtpRelay({ url, from, workerScript: o.workerScript ?? join(__dirname, 'smtp-worker.js') });
  if (!opened.ok) throw new CliError(t.smtpUnreachable(serverLabel(url), opened.answer));
  return opened.relay;
}

/** How many rows of `Envois` failed and how many wait, as the script left them. */
export function outboxTally(rows: Record<string, unknown>[]): { failed: number; pending: number } {
  const statuses = rows.map((r) => parseStatus('outboxStatus', String(r.status ?? '')));
  return { failed: statuses.filter((s) => s === 'failed').length, pending: statuses.filter((s) => s === 'pending').length };
}
