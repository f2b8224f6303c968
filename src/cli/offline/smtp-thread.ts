// The entry of the `--smtp` worker thread, built on its own as dist/smtp-worker.js: the thread
// loads nodemailer and this, not the whole CLI (which took some 0.7 s to start).
import { workerData } from 'node:worker_threads';
import { runSmtpWorker, type SmtpWorkerData } from './smtp-worker';

runSmtpWorker(workerData as SmtpWorkerData);
