// A real SMTP server on the loopback (smtp-server), for the offline mode's `--smtp`: it checks the
// credentials, keeps every message that arrives (parsed with mailparser), refuses some recipients
// for good (550) and some for a while (451, as greylisting does). The server runs in a worker
// thread (smtp-sink-thread.cjs), so that the CLI can run in the test's own thread, where it blocks
// while each message is sent: `settle()` then brings in what arrived.
import { simpleParser, type ParsedMail } from 'mailparser';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface Arrived { from: string; to: string[]; mail: ParsedMail }

export interface SmtpSink {
  url: string;
  /** What arrived, as of the latest `settle()`. */
  arrived: Arrived[];
  /** Every RCPT TO the server answered, accepted or not, as of the latest `settle()`. */
  recipients: string[];
  /** Takes in everything the server has received so far. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

type FromThread =
  | { kind: 'listening'; port: number }
  | { kind: 'rcpt'; address: string }
  | { kind: 'data'; from: string; to: string[]; raw: Uint8Array }
  | { kind: 'flushed' };

export async function startSmtpSink(o: { user?: string; pass?: string; refuse?: string[]; greylist?: Map<string, number> } = {}): Promise<SmtpSink> {
  const user = o.user ?? 'gac';
  const pass = o.pass ?? 's3cret';
  const worker = new Worker(join(__dirname, 'smtp-sink-thread.cjs'), {
    workerData: { user, pass, refuse: o.refuse ?? [], greylist: [...(o.greylist ?? new Map<string, number>())] },
  });
  const raw: { from: string; to: string[]; raw: Uint8Array }[] = [];
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  let closing = false;
  const sink: SmtpSink = {
    url: '', arrived: [], recipients: [],
    settle: () => new Promise<void>((resolve, reject) => {
      flushed = () => {
        Promise.all(raw.slice(sink.arrived.length).map(async (r) => ({ from: r.from, to: r.to, mail: await simpleParser(Buffer.from(r.raw)) })))
          .then((parsed) => { sink.arrived.push(...parsed); resolve(); }, reject);
      };
      worker.postMessage('flush');
    }),
    // Twice is once: a test's afterEach may close a sink an earlier test closed.
    close: async () => {
      if (!closing) worker.postMessage('close');
      closing = true;
      await exited;
    },
  };
  let flushed: () => void = () => undefined;
  const port = await new Promise<number>((resolve, reject) => {
    worker.on('message', (m: FromThread) => {
      if (m.kind === 'listening') resolve(m.port);
      else if (m.kind === 'rcpt') sink.recipients.push(m.address);
      else if (m.kind === 'data') raw.push(m);
      else flushed();
    });
    worker.once('error', reject);
  });
  sink.url = `smtp://${user}:${pass}@127.0.0.1:${port}`;
  return sink;
}
