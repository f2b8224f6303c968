// `cabas send`: the offline « Envoyer la commande ». A cycle that closed waiting for the
// coordinator (manual cases, a producer on hold) is finalized from the
// output workbook of `cabas run`, after the coordinator has reviewed `Attribué` in it: the
// producers' orders and the members' final summaries are sent, and written as .eml files. A
// cycle closed with automatic sending off has its e-mails pending in the outbox: they are sent as they are.
import { dirname, join, resolve } from 'node:path';
import { parseDateTime } from '../../core/workbook/parse-cell';
import { readConfiguration } from '../../core/workbook/read-configuration';
import { tableOfTabName } from '../../core/workbook/tables';
import { CabasDriver } from '../cabas-driver';
import { CliError } from '../cli-error';
import { readXlsx, type KeptFormula } from '../import/read-xlsx';
import { writeOutputs } from '../write-outputs';
import { foreignEntries } from './check-out-dir';
import { MailSpool } from './mail-spool';
import { exportBilan, offlineUser, pendingEmails, reportSending, sendThrough, writeBilan } from './run-offline';
import { startSmtp, type SmtpRelay } from './smtp-relay';
import { cliCatalogue, type CliCatalogue } from '../../core/i18n/cli-catalogue';

export interface SendOptions {
  workbook: string;
  out: string;
  now?: string;
  force?: boolean;
  /** As for `cabas run`: the e-mails leave through this SMTP server. */
  smtp?: string;
  smtpFrom?: string;
  workerScript?: string;
  bundle: string;
  log: (line: string) => void;
}

export async function sendOffline(o: SendOptions): Promise<{ status: string; emails: number }> {
  let snapshot: Awaited<ReturnType<typeof readXlsx>>;
  try {
    snapshot = await readXlsx(o.workbook);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const settings = snapshot.sheets.find((s) => tableOfTabName(s.name) === 'settings');
  const { config, readable, locale } = readConfiguration({ settings: settings ? { tabName: settings.name, values: settings.values.map((r) => r.map((v) => v ?? '')) } : undefined });
  const t = cliCatalogue(locale);
  // The folder of the workbook a step continues from holds the e-mails that step wrote (their text
  // is nowhere else): not replaced without --force. Found by probing: « --out r » on « r/workbook.xlsx » lost them.
  if (!o.force && resolve(dirname(o.workbook)) === resolve(o.out)) throw new CliError(t.outIsInput(o.out, o.workbook));
  const foreign = o.force ? [] : foreignEntries(o.out);
  if (foreign.length > 0) throw new CliError(t.outNotOurs(o.out, foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? ', …' : '')));
  if (!snapshot.sheets.some((s) => s.name === '_cabas')) throw new CliError(t.nothingToSend(o.workbook));

  let now = Date.now();
  if (o.now) {
    const parsed = parseDateTime(o.now, config?.settings.timeZone ?? 'Europe/Paris');
    if (!parsed.ok || parsed.value === null) throw new CliError(t.badDate('--now', o.now));
    now = parsed.value;
  }
  const driver = new CabasDriver({ now, bundle: o.bundle, spreadsheet: snapshot, mailQuota: 100000, userEmail: offlineUser(readable?.settings.coordinationEmail ?? '') });
  let status: string;
  try {
    status = driver.state().catalog.cycle.status;
  } catch {
    throw new CliError(t.nothingToSend(o.workbook));
  }
  // A cycle closed with automatic sending off is `sent` with its e-mails pending in the outbox.
  const held = status === 'sent' ? pendingEmails(driver) : 0;
  if (status !== 'closed' && held === 0) throw new CliError(status === 'open' ? t.sendOpen(o.workbook) : t.nothingToSend(o.workbook));
  const smtp = await startSmtp(o, config?.settings.coordinationEmail ?? '', t);
  const spool = new MailSpool(join(o.out, 'mail'));
  try {
    sendThrough(driver, spool, smtp);
    return await finalize(driver, o, t, smtp, snapshot.formulas, spool, held);
  } finally {
    await spool.close();
    await smtp?.close();
  }
}

async function finalize(driver: CabasDriver, o: SendOptions, t: CliCatalogue, smtp: SmtpRelay | null, formulas: KeptFormula[], spool: MailSpool, held: number): Promise<{ status: string; emails: number }> {
  // Sending happens after the deadline: the clock starts there at the earliest.
  const deadline = driver.state().catalog.cycle.deadline;
  if (driver.gas.clock.now() < deadline) driver.gas.advanceTo(deadline + 60 * 1000);
  if (held > 0) driver.run('sendPendingEmails'); // « Envoyer les e-mails en attente »
  else {
    // Refused (an « Attribué » cell that is no quantity): nothing is written, and the message says which cells.
    const report = driver.run<{ ok: boolean; message: string }>('closeCycleNow', { finalize: true });
    if (!report.ok && report.message) throw new CliError(report.message);
    driver.gas.advanceBy(2 * 3600 * 1000); // the outbox's retries
  }
  const final = driver.state().catalog.cycle.status as 'open' | 'closed' | 'sent';
  o.log(t.status[final]);
  // The season's bilan, from what was sent: a review held at the close is done now.
  const bilan = exportBilan(driver, final);
  const outputs = await writeOutputs(driver.gas, o.out, { title: 'Cabas', workbookName: 'workbook.xlsx', summary: [], formulas, spool });
  writeBilan(o.out, bilan, t, o.log, () => o.log(t.written(outputs.emails, outputs.workbook)));
  reportSending(driver, smtp, outputs.mailDir, t, o.log);
  return { status: final, emails: outputs.emails };
}
