// `npm start`: a whole cycle of the sample group in the local runtime, on the shipped bundle:
// install, open, submissions over ten simulated days, the reminder, the close at the deadline,
// the sending (and the rest the next day when the quota runs out), then the files in out/.
import { counted, noun } from '../../core/i18n/grammar';
import { join } from 'node:path';
import { formatMoney } from '../../core/money';
import { parseBoolean, parseOptionalNumber } from '../../core/workbook/parse-cell';
import type { LocalAppsScript } from '../../local-apps-script/runtime';
import { CabasDriver, TRIGGER_LATENESS_MS } from '../cabas-driver';
import { snapshotTable } from '../read-snapshot-table';
import { writeOutputs } from '../write-outputs';
import { planDemo, type DemoMember, type DemoProduct } from './plan-demo';

const OPENS_AT = Date.parse('2026-12-01T09:00:00+01:00');
const DEADLINE = Date.parse('2026-12-10T20:00:00+01:00');
const NEXT_MORNING = Date.parse('2026-12-11T10:30:00+01:00');

function num(v: unknown): number | null {
  const n = parseOptionalNumber(v);
  return n.ok ? n.value : null;
}

function yes(v: unknown): boolean {
  const b = parseBoolean(v, false);
  return b.ok && b.value;
}

export interface DemoResult {
  households: number;
  emailsSent: number;
  emailsPending: number;
  calls: number;
  modeledSeconds: number;
  outputs: { workbook: string; index: string; mailDir: string };
  /** The runtime after the cycle, for callers that render its state (the guide's pictures). */
  gas: LocalAppsScript;
}

export async function runDemo(options: { outDir: string; bundle: string; log: (line: string) => void }): Promise<DemoResult> {
  const { log } = options;
  const driver = new CabasDriver({ now: OPENS_AT, bundle: options.bundle, spreadsheet: { name: 'GAC du Pays Midi-Quercy', timeZone: 'Europe/Paris', locale: 'fr_FR' }, mailQuota: 100, userEmail: '' });
  const gas = driver.gas;

  log('1. Installation du classeur avec le groupe d’exemple (Monclar-de-Quercy et Septfonds)');
  driver.openSpreadsheet();
  driver.install(true);
  // The sample group installs in trial mode (every e-mail to the coordinator, who is added to the
  // members). Nothing leaves the local runtime, so the demo installs it as an account whose address
  // Google hides (no coordinator row), and turns trial mode off to show what each member and
  // producer would receive.
  const settings = gas.spreadsheet().getSheetByName('Paramètres')!;
  const trialRow = settings.getDataRange().getValues().findIndex((r) => r[0] === 'Mode essai');
  if (trialRow > 0) settings.getRange(trialRow + 1, 2).setValue('non');
  const check = driver.run<{ errors: number; warnings: number }>('checkConfigurationReport');
  log(`   configuration vérifiée\u00a0: ${counted(check.errors, noun('erreur', 'aucune erreur'))}, ${counted(check.warnings, noun('avertissement', 'aucun avertissement'))}`);

  const snapshot = driver.snapshot();
  const members: DemoMember[] = (snapshotTable(snapshot, 'members')?.rows ?? []).map((r) => ({
    email: String(r.cells.email ?? '').trim().toLowerCase(), site: String(r.cells.site ?? ''), active: yes(r.cells.active),
  })).filter((m) => m.email);
  const products: DemoProduct[] = (snapshotTable(snapshot, 'products')?.rows ?? []).map((r) => ({
    ref: String(r.cells.ref), step: num(r.cells.step) ?? 1, caseSize: num(r.cells.caseSize), stock: num(r.cells.stock),
    max: num(r.cells.maxPerMember), available: yes(r.cells.available),
  }));
  log(`   ${members.length} foyers, ${products.length} produits`);

  log('2. Ouverture du cycle : clôture le jeudi 10 décembre à 20 h, distribution le samedi 12');
  const opened = driver.open({ deadline: '10/12/2026 20:00', pickup: '12/12/2026', note: 'Pensez à rapporter vos cagettes et vos bocaux consignés.' });
  if (!opened.ok) throw new Error(`the demo could not open its cycle: ${(opened.messages ?? []).join(' / ')}`);
  log(`   formulaire : ${opened.formUrl}`);

  log('3. Les adhérents commandent pendant dix jours');
  const story = planDemo({ members, products, opensAt: OPENS_AT, deadline: DEADLINE });
  const responseIds = new Map<string, string>();
  // Issue 19: four households offer to help at the pickup through the Form (two per site): Monclar,
  // which needs three, still lacks one, and the coordination gets the coverage alert.
  const helpers = new Map(['Monclar-de-Quercy', 'Septfonds'].flatMap((site) =>
    members.filter((m) => m.active && m.site === site).slice(2, 4).map((m): [string, string] => [m.email, site])));
  const emailOf = new Map<string, string>();
  for (const event of story.events) {
    gas.advanceTo(event.at);
    if (event.kind === 'submit') {
      emailOf.set(event.id, event.email);
      responseIds.set(event.id, driver.submit(event.email, event.quantities, { site: event.site, tolerance: event.tolerance, at: event.at, help: helpers.get(event.email) }));
      if (event.note !== 'commande') log(`   ${new Date(event.at).toISOString().slice(0, 16)} ${event.email} : ${event.note}`);
    } else {
      driver.edit(responseIds.get(event.id)!, event.quantities, { site: event.site, tolerance: event.tolerance, at: event.at, help: helpers.get(emailOf.get(event.id) ?? '') });
      log(`   ${new Date(event.at).toISOString().slice(0, 16)} ${event.note}`);
    }
  }
  log(`   ${story.events.length} réponses ; le rappel part 24 h avant la clôture`);
  log(`   ${helpers.size} foyers se proposent pour la permanence du 12 décembre dans le formulaire`);

  log('4. Clôture automatique à l’échéance, puis envoi des e-mails');
  // The close runs up to 15 minutes after the deadline, as Google's triggers do.
  gas.advanceTo(DEADLINE + TRIGGER_LATENESS_MS + 60 * 1000);
  try {
    driver.submit(story.late, { [products.find((p) => p.available)!.ref]: 1 }, { at: DEADLINE + TRIGGER_LATENESS_MS + 5 * 60 * 1000, site: members.find((m) => m.email === story.late)?.site });
    log('   une réponse tardive a été reçue');
  } catch (error) {
    log(`   réponse tardive de ${story.late} refusée par le formulaire : ${(error as Error).message.split('\n')[0]}`);
  }
  const sentByDeadline = gas.mail.sent.length;
  gas.advanceTo(NEXT_MORNING);
  log(`   ${sentByDeadline} e-mails envoyés le jour de la clôture, ${gas.mail.sent.length - sentByDeadline} le lendemain (quota quotidien de 100 destinataires)`);

  // The ledger (Paiements) and the balances (▸ Soldes) were written by the close; the review too.
  driver.run('reviewNow', {});
  log('   Paiements et ▸ Soldes écrits à la clôture ; « Faire le bilan » écrit ▸ Bilan et ses deux graphiques');

  const final = driver.snapshot();
  const lines = snapshotTable(final, 'orders')?.rows ?? [];
  const allocated = lines.filter((l) => (num(l.cells.allocated) ?? 0) > 0);
  const households = new Set(allocated.map((l) => String(l.cells.email))).size;
  const perProducer = new Map<string, number>();
  for (const l of allocated) perProducer.set(String(l.cells.producer), (perProducer.get(String(l.cells.producer)) ?? 0) + Math.round((num(l.cells.amount) ?? 0) * 100));
  const totals = gas.accounting.totals();
  const outbox = snapshotTable(final, 'outbox')?.rows ?? [];
  const pending = outbox.filter((r) => /attente|pending/i.test(String(r.cells.status))).length;
  const summary = [
    `Commandes : ${households} foyers servis`,
    ...[...perProducer.entries()].map(([p, cents]) => `  ${p} : ${formatMoney(cents, 'fr')}`),
    `E-mails envoyés : ${gas.mail.sent.length} (en attente : ${pending})`,
    `Appels aux services Apps Script : ${totals.calls} (${totals.cellsRead} cellules lues, ${totals.cellsWritten} écrites)`,
    `Temps Apps Script modélisé : ${(totals.modeledMs / 1000).toFixed(1)} s sur ${gas.executions.length} exécutions`,
  ];
  log('5. Résumé');
  for (const line of summary) log(`   ${line}`);
  const outputs = await writeOutputs(gas, options.outDir, { title: 'Cabas — démonstration', workbookName: 'cabas-demo.xlsx', summary });
  log(`6. Fichiers : ${outputs.workbook}, ${outputs.emails} e-mails dans ${outputs.mailDir}, et ${join(options.outDir, 'index.html')} à ouvrir dans un navigateur`);
  return { households, emailsSent: gas.mail.sent.length, emailsPending: pending, calls: totals.calls, modeledSeconds: totals.modeledMs / 1000, outputs, gas };
}
