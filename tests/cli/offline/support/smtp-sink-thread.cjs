// The SMTP sink's server side, in a worker thread: `cabas` runs in the test's own thread and waits
// there (Atomics.wait) for each message's answer, so the server must answer from another thread.
// Every RCPT TO and every message's raw bytes are posted back in order; 'flush' is answered after
// them, so the test's thread has seen everything that arrived before it asked.
const { parentPort, workerData } = require('node:worker_threads');
const { SMTPServer } = require('smtp-server');

const { user, pass, refuse, greylist: greylisted } = workerData;
const greylist = new Map(greylisted);
const server = new SMTPServer({
  secure: false, disabledCommands: ['STARTTLS'], allowInsecureAuth: true, logger: false,
  onAuth(auth, _session, callback) {
    if (auth.username === user && auth.password === pass) callback(null, { user });
    else callback(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
  },
  onRcptTo(address, _session, callback) {
    parentPort.postMessage({ kind: 'rcpt', address: address.address });
    if (refuse.includes(address.address)) return callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 }));
    const left = greylist.get(address.address) ?? 0;
    if (left > 0) {
      greylist.set(address.address, left - 1);
      return callback(Object.assign(new Error('4.7.1 Greylisted, try again later'), { responseCode: 451 }));
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      parentPort.postMessage({ kind: 'data', from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ kind: 'listening', port: server.server.address().port }));
parentPort.on('message', (m) => {
  if (m === 'flush') parentPort.postMessage({ kind: 'flushed' });
  if (m === 'close') server.close(() => process.exit(0));
});
