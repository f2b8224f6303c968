// English texts of the command line (`cabas run`): the same keys as the French ones.
import { counted, noun } from '../grammar';
import type { CliCatalogue } from '../cli-catalogue';

export const cli: CliCatalogue = {
  answers: {
    'answers.empty-file': (file) => `${file}: the file is empty; it needs at least the header line.`,
    'answers.unterminated-quote': (file, line) => `${file}, line ${line}: a quote is opened and never closed. Close it (or remove it) and run again.`,
    'answers.no-timestamp-column': (file) => `${file}, line 1: no "Timestamp" column (or "Horodateur", "Horodatage"). Add it: every answer needs its time.`,
    'answers.no-email-column': (file) => `${file}, line 1: no "Email address" column (or "Email", "Adresse e-mail"). Add it.`,
    'answers.unknown-column': (file, column) => `${file}, line 1, column "${column}": it is neither a product ref, nor "[ref] …", nor a question title, nor Site, Tolerance or Comment. Fix the header so that no order is lost.`,
    'answers.duplicate-column': (file, column, ref) => `${file}, line 1, column "${column}": product ${ref} already has a column. Keep only one.`,
    'answers.cell-count': (file, line, found, expected) =>
      `${file}, line ${line}: ${found} cells instead of ${expected} (a stray comma or semicolon in a cell without quotes?). Fix the line and run again.`,
    'answers.bad-timestamp': (file, line, column, value) =>
      `${file}, line ${line}, column "${column}": "${value}" is not a readable date (expected 08/12/2026 18:30, 2026-12-08T18:30:00+01:00 or 2026/12/08 6:30:00 PM GMT+1). Fix the cell and run again.`,
    'answers.utf16': (file) => `${file}, line 1: the file is UTF-16 without a byte order mark (BOM) and cannot be read as it is. Save it as "CSV UTF-8" and run again.`,
    'answers.bad-encoding': (file, line) => `${file}, line ${line}: some bytes are not UTF-8 (saved as Latin-1 / Windows-1252?). Save it as "CSV UTF-8" and run again.`,
    'answers.ignored-blank-header': (file, line, value) => `${file}, line ${line}: a column without a header holds "${value}"; it is ignored.`,
    'answers.no-email': (file, line) => `${file}, line ${line}: no e-mail address; this answer will be rejected.`,
    'answers.unavailable-product': (file, line, column, ref, value) =>
      `${file}, line ${line}, column "${column}": this answer orders ${value} of ${ref}, which is not offered this cycle (Products: Available, or its producer inactive). Make it available in the workbook, or remove the column from the file, then run again: nothing was done.`,
    'answers.unavailable-column': (file, column, ref) =>
      `${file}, column "${column}": ${ref} is not offered this cycle, and no answer orders it; the column is ignored.`,
    'answers.unknown-site': (file, line, column, value, sites) =>
      `${file}, line ${line}, column "${column}": "${value}" is not one of the group's sites (${sites}); the order is picked up at the member's site in Members. Fix the cell and run again for another site.`,
    'answers.unknown-help-site': (file, line, column, value, sites) =>
      `${file}, line ${line}, column "${column}": "${value}" is not one of the group's sites (${sites}); this offer to help is not kept. Fix the cell and run again to keep it.`,
  },
  outNotOurs: (dir, files) =>
    `${dir} holds files Cabas did not write (${files}): choose a new or empty folder for --out, or add --force to replace them.`,
  outIsInput: (dir, file) =>
    `${dir} holds the workbook you continue from (${file}) and the e-mails of the step that wrote it: a new step would replace them. Choose another folder for --out (for example ${dir}-next), or add --force to replace them all the same.`,
  nothingToSend: (file) => `${file}: no closed cycle waiting to be sent in this workbook (use the workbook written by "cabas run").`,
  sendOpen: (file) => `${file}: the cycle is still open; "cabas run" closes it at the deadline (or with --close-at), then "cabas send" sends the order.`,
  stillOpen: (file, id) =>
    `${file}: cycle ${id} is still open in it (a previous "cabas run" left it open) and its form does not exist offline. Run "cabas run" again on the workbook you started from, with every answer in the file (the earlier ones and the new ones), adding --close-at to close it then if you wish.`,
  fileNotFound: (file) => `${file}: file not found.`,
  notAWorkbook: (file, detail) => `${file}: not a readable .xlsx workbook (${detail}). Save it in Excel format (.xlsx) and run again.`,
  badDate: (what, text) => `${what}: "${text}" is not a readable date (e.g. 10/12/2026 20:00 or 2026-12-10 20:00).`,
  closeAtAfterDeadline: (closeAt, id, deadline) => `--close-at "${closeAt}" comes after the deadline of cycle ${id} (${deadline}, Cycles tab): the cycle would close at its deadline, not then. To push it back, change it in Cycles; otherwise leave --close-at out or give an earlier date.`,
  noDeadline: (file) => `${file}: no deadline. Add a draft row to the Cycles tab (status "draft") or pass --close-at "2026-12-10 20:00".`,
  openRefused: (file) => `${file}: the cycle cannot be opened:`,
  continued: (id) => `cycle ${id} taken up where the workbook left it`,
  answerBeforeRun: (file, line, when) =>
    `${file}, line ${line}: this answer is older than what the workbook already holds (up to ${when}). Keep only the answers that came since in the file, then run again.`,
  opened: (id) => `cycle ${id} open`,
  refusedRow: (file, line, email, reasons) => `${file}, line ${line}: ${email || 'no address'} — refused (${reasons}): in the Log${email ? ', with an e-mail to that address' : ''}.`,
  reminderPast: (when) => `reminder not sent: its time (${when}) has already passed, and with --smtp it would leave now, for an order closed or nearly so.`,
  late: (file, line, email) => `${file}, line ${line}: ${email} — arrived after the deadline, refused (in the Log, and the member told by e-mail).`,
  heldInOutbox: (n: number) => `cycle closed; automatic sending off: ${counted(n, noun('e-mail waits', 'no e-mail waits', 'e-mails wait'))} in the Outbox. Review the written workbook, then "cabas send" ("Send pending e-mails")`,
  status: {
    open: 'deadline ahead: the cycle stays open',
    sent: 'cycle closed, e-mails sent',
    closed: 'cycle closed; orders on hold: review "Allocated" in the written workbook, then "cabas send" ("Send the order")',
  },
  summary: (read, accepted, capped, cancelled, rejected, late) =>
    `${counted(read, noun('answer read', 'No answer read', 'answers read'))}: ${accepted} accepted of which ${capped} capped, ${counted(cancelled, noun('cancellation', 'no cancellation'))}, ${rejected} rejected, ${late} after the deadline`,
  rejectedBecause: (reason, n) => `  ${reason}: ${counted(n, noun('answer rejected', 'no answer rejected', 'answers rejected'))}`,
  written: (emails, workbook) => `${counted(emails, noun('e-mail', 'No e-mail'))}; ${workbook}`,
  smtpBadUrl: (url) => `--smtp: "${url}" is not the address of a mail server (expected smtp://user:password@smtp.example.org:587, or smtps://… on port 465).`,
  badFormUrl: (url) => `--form-url: "${url}" is not a web address. Give your form's whole address, starting with https:// (e.g. https://framaforms.org/group-order).`,
  smtpBadFrom: (from) => `--smtp-from: "${from}" is not an e-mail address. Give the sender address the server accepts (e.g. group@example.org).`,
  smtpNoFrom: () => `--smtp: no sender address. Add --smtp-from group@example.org, or fill in "Coordination email" in Settings.`,
  smtpUnreachable: (server, answer) => `--smtp: the server ${server} refuses or does not answer (${answer}). Nothing was opened or written: check the address, port, user name and password, then run again.`,
  smtpReport: (server, sent, failed, pending) =>
    `sent through ${server}: ${counted(sent, noun('e-mail', 'no e-mail'))} handed to the server, ${failed} failed, ${pending} waiting (see the Outbox tab)`,
  noSmtp: (mailDir) => `without --smtp nothing left: the e-mails are in ${mailDir} (.eml files)`,
  territory: {
    bilanWritten: (file) => `the season's review: ${file} (to send to the animating organisation, which merges groups with "cabas bilan")`,
    noFiles: 'cabas bilan: give at least one file written by "Export the review", and --out territory.xlsx (cabas --help).',
    emptyFile: (file) => `${file}: the file is empty; it takes the CSV written by "Export the review", header line included.`,
    badHeader: (file, column, found, expected) =>
      `${file}, line 1, column ${column}: "${found}" instead of "${expected}". This is not a file written by "Export the review": export it again without editing it.`,
    cellCount: (file, line, found, expected) => `${file}, line ${line}: ${found} cells instead of ${expected}. Fix the line (or export the review again), then run again.`,
    unknownIndicator: (file, line, column, value) => `${file}, line ${line}, column "${column}": "${value}" is not an indicator of Cabas's review. Fix the cell or export the review again.`,
    notANumber: (file, line, column, value) => `${file}, line ${line}, column "${column}": "${value}" is not a number. Fix the cell, then run again.`,
    noGroup: (file, line, column) => `${file}, line ${line}, column "${column}": the group's name is empty. Fill in "Group name" in Settings, then export the review again.`,
    twoGroups: (file, line, column, first, other) => `${file}, line ${line}, column "${column}": "${other}" while the file is "${first}"'s. One file per group.`,
    sameGroup: (file, other, group) => `${file}: "${group}" is already the group of ${other}. Keep one review per group.`,
    sheets: { groups: 'Territory', cycles: 'Per cycle', producers: 'Per producer' },
    title: (groups, from, to) => `Territory review: ${counted(groups, noun('group', 'no group'))}, from ${from} to ${to}`,
    groupHeaders: ['Group', 'From', 'To', 'Cycles', 'Households in the first cycle', 'Households in the last cycle', 'New households', 'Households gone', 'Amount (€)', 'Average basket (€)', 'Refused answers', 'Payments still owed (€)', 'Pickups with a volunteer', 'Trend'],
    total: 'Territory total',
    trend: { growing: 'growing', shrinking: 'shrinking', stable: 'stable' },
    cyclesTitle: 'Households and amount (€) per cycle (chart data)',
    cycleHeaders: ['Cycle', 'Households', 'Amount (€)', 'Groups'],
    producersTitle: 'Amount per producer (€) (chart data)',
    producerHeaders: ['Producer', 'Amount (€)', 'Groups'],
    written: (file, groups) => `${file}: the territory, ${counted(groups, noun('group', 'no group'))} (tabs Territory, Per cycle, Per producer)`,
  },
  screens: {
    menuBar: ['File', 'Edit', 'View', 'Insert', 'Format', 'Data', 'Tools', 'Extensions', 'Help'],
    buttons: { OK: 'OK', CANCEL: 'Cancel', YES: 'Yes', NO: 'No' },
    formPreview: "Preview drawn by Cabas from the form's questions: members see the same questions, in Google Forms' layout, one section per page.",
  },
};
