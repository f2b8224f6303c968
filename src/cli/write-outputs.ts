// Writes what a run produced: the workbook as .xlsx, every e-mail as .eml, and index.html.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeEmls } from './export/write-eml';
import { writeIndexHtml } from './export/write-index-html';
import { writeXlsx } from './export/write-xlsx';
import type { KeptFormula } from './import/read-xlsx';
import type { MailSpool } from './offline/mail-spool';
import type { LocalAppsScript } from '../local-apps-script/runtime';
import { snapshotProject } from '../local-apps-script/project-snapshot';
import { encodeProject } from './project-state';

export interface Outputs {
  workbook: string;
  mailDir: string;
  emails: number;
  index: string;
}

/**
 * `spool`: the e-mails were written as they left (the offline mode); otherwise they are written
 * here from `gas.mail.sent`. `pace`: called between the steps (a long replay's HeapPacer.tick).
 */
export async function writeOutputs(gas: LocalAppsScript, outDir: string, options: { title: string; workbookName: string; summary: string[]; formulas?: KeptFormula[]; spool?: MailSpool; pace?: () => void }): Promise<Outputs> {
  mkdirSync(outDir, { recursive: true });
  const mailDir = join(outDir, 'mail');
  const { spool } = options;
  if (spool) spool.prepare();
  else {
    rmSync(mailDir, { recursive: true, force: true });
    mkdirSync(mailDir, { recursive: true });
  }
  options.pace?.();
  const snapshot = gas.snapshot();
  const workbook = join(outDir, options.workbookName);
  await writeXlsx(snapshot, workbook, { project: encodeProject(snapshotProject(gas)), formulas: options.formulas, afterSheet: options.pace });
  const emlFiles = spool ? spool.files : writeEmls(gas.mail.sent, mailDir).map((f) => join('mail', f.split('/').pop()!));
  const index = join(outDir, 'index.html');
  writeIndexHtml({ title: options.title, snapshot, messages: spool ? spool.shown : gas.mail.sent, more: spool?.more, emlFiles, summary: options.summary }, index);
  // The spool's files were being written meanwhile, on their own thread.
  await spool?.flush();
  return { workbook, mailDir, emails: emlFiles.length, index };
}
