// Writes files on a worker thread: the offline replay renders each e-mail and goes on with the next
// answer while the system writes the file (a write per message was a tenth of the replay's time,
// and a file system that is slow for a moment stalled the replay with it). At most `QUEUED` files
// wait for the thread, so memory does not follow the answers; `flush` waits for every one.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** Files handed to the thread and not written yet, at most (then the caller waits for the thread). */
const QUEUED = 256;

// Slot 0: files written; slot 1: 1 once a write failed (its message is posted back).
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
const done = new Int32Array(workerData.done);
const errors = workerData.errors;
parentPort.on('message', (m) => {
  if (m === null) { errors.close(); parentPort.close(); return; }
  try {
    if (Atomics.load(done, 1) === 0) writeFileSync(m[0], m[1]);
  } catch (e) {
    Atomics.store(done, 1, 1);
    errors.postMessage(m[0] + ': ' + (e && e.message));
  }
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
});
`;

export class FileWriterThread {
  private readonly done = new Int32Array(new SharedArrayBuffer(8));
  private readonly worker: Worker;
  /** Where the thread says which write failed, read without waiting for the event loop (the replay never yields to it). */
  private readonly errors: MessagePort;
  private posted = 0;
  private error: string | null = null;
  private closed: Promise<void> | null = null;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.errors = port1;
    this.worker = new Worker(THREAD, { eval: true, workerData: { done: this.done.buffer, errors: port2 }, transferList: [port2] });
    this.worker.on('error', (e) => { this.error ??= e.message; });
  }

  /** Queues `text` to be written to `path` (overwritten); waits while the thread is `QUEUED` files behind. */
  write(path: string, text: string): void {
    if (this.closed) throw new Error(`file writer: ${path} written after the writer closed`);
    this.failIfFailed();
    for (let waited = 0; this.posted - Atomics.load(this.done, 0) >= QUEUED; waited += 1) {
      // A thread that writes nothing for a minute is gone (its 'error' event waits for the event loop).
      if (Atomics.wait(this.done, 0, Atomics.load(this.done, 0), 1000) === 'timed-out' && waited >= 60) throw new Error(`file writer: no file written for a minute (${path})`);
      this.failIfFailed();
    }
    this.worker.postMessage([path, text]);
    this.posted += 1;
  }

  /** Waits until every queued file is written, then ends the thread; throws the first write's error. */
  async flush(): Promise<void> {
    this.closed ??= new Promise<void>((resolve) => {
      this.worker.once('exit', () => resolve());
      this.worker.postMessage(null);
    });
    await this.closed;
    this.failIfFailed();
    this.errors.close();
    if (Atomics.load(this.done, 0) !== this.posted) throw new Error(`file writer: ${this.posted - Atomics.load(this.done, 0)} files were not written`);
  }

  /** Ends the thread without reporting (a run that failed anyway). */
  async close(): Promise<void> {
    try {
      await this.flush();
    } catch {
      // the run's own error is the one to report
    }
  }

  private failIfFailed(): void {
    if (this.error === null && Atomics.load(this.done, 1) === 1) {
      // The flag is set just before the message is posted: wait for it a little.
      for (let i = 0; i < 100 && this.error === null; i += 1) {
        const received = receiveMessageOnPort(this.errors);
        if (received) this.error = String(received.message);
        else Atomics.wait(this.done, 0, Atomics.load(this.done, 0), 10);
      }
      this.error ??= 'a file could not be written';
    }
    if (this.error !== null) throw new Error(`file writer: ${this.error}`);
  }
}
