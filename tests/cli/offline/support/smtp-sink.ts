// A real SMTP server on the loopback (smtp-server), for the offline mode's `--smtp`: it checks the
// credentials, keeps every message that arrives (parsed with mailparser), refuses some recipients
// for good (550) and some for a while (451, as greylisting does).
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Arrived { from: string; to: string[]; mail: ParsedMail }

export interface SmtpSink {
  url: string;
  arrived: Arrived[];
  /** Every RCPT TO the server answered, accepted or not. */
  recipients: string[];
  close(): Promise<void>;
}

export async function startSmtpSink(o: { user?: string; pass?: string; refuse?: string[]; greylist?: Map<string, number> } = {}): Promise<SmtpSink> {
  const user = o.user ?? 'gac';
  const pass = o.pass ?? 's3cret';
  const arrived: Arrived[] = [];
  const recipients: string[] = [];
  const greylist = new Map(o.greylist ?? []);
  const server = new SMTPServer({
    secure: false, disabledCommands: ['STARTTLS'], allowInsecureAuth: true, logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user });
      else callback(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      recipients.push(address.address);
      if (o.refuse?.includes(address.address)) return callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 }));
      const left = greylist.get(address.address) ?? 0;
      if (left > 0) {
        greylist.set(address.address, left - 1);
        return callback(Object.assign(new Error('4.7.1 Greylisted, try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks)).then((mail) => {
          arrived.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${user}:${pass}@127.0.0.1:${port}`, arrived, recipients,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
