// `npm start`: a season of four cycles of the sample group in the local runtime, on the shipped
// bundle. Cycle 1 in full: install, open, submissions over ten simulated days, the reminder, the
// close at the deadline, the sending. Cycles 2 to 4 are short (Monday to Wednesday): some
// households stop, some start, and between cycles the coordinator records payments in
// `Paiements`. Then « Faire le bilan », « Exporter le bilan », and the files in out/.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localParts } from '../../core/dates';
import { counted, noun } from '../../core/i18n/grammar';
import { formatMoney } from '../../core/money';
import { parseBoolean, parseOptionalNumber } from '../../core/workbook/parse-cell';
import { readTable } from '../../core/workbook/read-table';
import type { TableKey } from '../../core/workbook/tables';
import type { LocalAppsScript } from '../../local-apps-script/runtime';
import { CabasDriver, TRIGGER_LATENESS_MS } from '../cabas-driver';
import { snapshotTable } from '../read-snapshot-table';
import { writeOutputs } from '../write-outputs';
import { planDemo, type DemoEvent, type DemoMember, type DemoProduct } from './plan-demo';
import { LATER_CYCLES, planLaterCycle } from './plan-season';
import { recordPayments, type PaymentStory } from './record-payments';

const TIME_ZONE = 'Europe/Paris';
const OPENS_AT = Date.parse('2026-12-01T09:00:00+01:00');
const DEADLINE = Date.parse('2026-12-10T20:00:00+01:00');
const HOUR = 3600 * 1000;
/** The household that orders by phone: no e-mail, a solidaire tariff. */
const PHONED = { name: 'Jeanne Bousquet', site: 'Septfonds', tariff: 'solidaire', notes: 'Pas d’e-mail : commande par téléphone, fiche imprimée' };

/** Types a household into Adhérents as a coordinator would: by header, no e-mail. */
function addHouseholdWithoutEmail(gas: LocalAppsScript, h: typeof PHONED): typeof PHONED {
  const sheet = gas.spreadsheet().getSheetByName('Adhérents')!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  const cell: Record<string, string> = { Nom: h.name, Lieu: h.site, Actif: 'oui', Tarif: h.tariff, Notes: h.notes };
  sheet.appendRow(header.map((title) => cell[title] ?? ''));
  return h;
}

function num(v: unknown): number | null {
  const n = parseOptionalNumber(v);
  return n.ok ? n.value : null;
}

function yes(v: unknown): boolean {
  const b = parseBoolean(v, false);
  return b.ok && b.value;
}

/** A time as people in the group read it: `mer. 02/12 à 19 h 53`, in the group's zone. */
function localTime(at: number): string {
  const p = localParts(at, TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'][p.weekday]} ${pad(p.day)}/${pad(p.month)} à ${p.hour} h ${pad(p.minute)}`;
}

export interface DemoCycle { id: string; households: string[]; amountCents: number; stopped: string[]; started: string[] }

export interface DemoResult {
  /** Households served over the season (each counted once). */
  households: number;
  cycles: DemoCycle[];
  emailsSent: number;
  emailsPending: number;
  calls: number;
  modeledSeconds: number;
  payments: PaymentStory;
  /** The member the stock ran out on in cycle 1. */
  capped: { email: string; ref: string; asked: number } | null;
  summary: string[];
  outputs: { workbook: string; index: string; mailDir: string; reviewCsv: string; slip: string | null };
  /** The runtime after the season, for callers that render its state (the guide's pictures). */
  gas: LocalAppsScript;
}

export async function runDemo(options: { outDir: string; bundle: string; log: (line: string) => void }): Promise<DemoResult> {
  const { log } = options;
  const driver = new CabasDriver({ now: OPENS_AT, bundle: options.bundle, spreadsheet: { name: 'GAC du Pays Midi-Quercy', timeZone: TIME_ZONE, locale: 'fr_FR' }, mailQuota: 100, userEmail: '' });
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
    ref: String(r.cells.ref), name: String(r.cells.name ?? ''), step: num(r.cells.step) ?? 1, caseSize: num(r.cells.caseSize), stock: num(r.cells.stock),
    max: num(r.cells.maxPerMember), available: yes(r.cells.available),
  }));
  log(`   ${members.length} foyers, ${products.length} produits`);

  log('2. Cycle 1 : ouverture, clôture le jeudi 10 décembre à 20 h, distribution le samedi 12');
  const opened = driver.open({ deadline: '10/12/2026 20:00', pickup: '12/12/2026', note: 'Pensez à rapporter vos cagettes et vos bocaux consignés.' });
  if (!opened.ok) throw new Error(`the demo could not open its cycle: ${(opened.messages ?? []).join(' / ')}`);
  log(`   formulaire\u00a0: ${opened.formUrl}`);

  log('3. Les adhérents commandent pendant dix jours (heures de Paris)');
  const story = planDemo({ members, products, opensAt: OPENS_AT, deadline: DEADLINE });
  // Issue 19: four households offer to help at the pickup through the Form (two per site): Monclar,
  // which needs three, still lacks one, and the coordination gets the coverage alert.
  const helpers = new Map(['Monclar-de-Quercy', 'Septfonds'].flatMap((site) =>
    members.filter((m) => m.active && m.site === site).slice(2, 4).map((m): [string, string] => [m.email, site])));
  replay(driver, story.events, helpers, log, story.capped);
  log(`   ${story.events.length} réponses\u00a0; le rappel part 24 h avant la clôture`);
  // Issue 19: a household without e-mail orders by phone; a coordinator types it into Adhérents
  // (name, site, tariff, no address) and enters its order from the sidebar (« Saisir une commande »).
  // Its confirmation and final summary are printable slips, not e-mails.
  const phoned = addHouseholdWithoutEmail(gas, PHONED);
  const phonedProduct = products.find((p) => p.available && p.caseSize === null && p.stock === null)!;
  const entered = driver.enterOrder(phoned.name, { [phonedProduct.ref]: 2 }, { site: phoned.site });
  if (!entered.ok) throw new Error(`the demo could not enter ${phoned.name}'s order: ${entered.message}`);
  log(`   ${localTime(gas.clock.now())} la coordination saisit la commande de ${phoned.name} (pas d’e-mail, commande par téléphone)\u00a0: ${entered.message}`);
  log(`   ${helpers.size} foyers se proposent pour la permanence du 12 décembre dans le formulaire`);

  log('4. Clôture automatique à l’échéance, puis envoi des e-mails');
  // The close runs up to 15 minutes after the deadline, as Google's triggers do.
  gas.advanceTo(DEADLINE + TRIGGER_LATENESS_MS + 60 * 1000);
  const lateAt = DEADLINE + TRIGGER_LATENESS_MS + 5 * 60 * 1000;
  try {
    driver.submit(story.late, { [products.find((p) => p.available)!.ref]: 1 }, { at: lateAt, site: members.find((m) => m.email === story.late)?.site });
    log(`   ${localTime(lateAt)} une réponse tardive a été reçue`);
  } catch (error) {
    log(`   ${localTime(lateAt)} réponse tardive de ${story.late} refusée par le formulaire\u00a0: ${(error as Error).message.split('\n')[0]}`);
  }
  const sentByDeadline = gas.mail.sent.length;
  gas.advanceTo(DEADLINE + 14.5 * HOUR);
  log(`   ${sentByDeadline} e-mails envoyés le jour de la clôture, ${gas.mail.sent.length - sentByDeadline} le lendemain (quota quotidien de 100 destinataires)`);
  const cycles: DemoCycle[] = [{ ...served(driver, driver.state().catalog.cycle.id), stopped: [], started: [] }];

  log('5. La saison continue\u00a0: trois cycles de plus, du mardi 8 h au mercredi 20 h');
  const served1 = cycles[0].households;
  const payments: PaymentStory = { late: served1[5], twoInstalments: served1[8], lateProducer: producersPaid(driver, cycles[0].id)[1] };
  const everOrdered = new Set(served1);
  for (const [k, dates] of LATER_CYCLES.entries()) {
    // Between two cycles, after the pickup: the coordinator ticks the ledger, then archives.
    for (const line of recordPayments(driver, k, cycles.map((c) => c.id), payments)) log(`   ${line}`);
    driver.run('archiveCycleNow');
    gas.advanceTo(dates.opensAt);
    const next = driver.open({ deadline: dates.deadlineText, pickup: dates.pickupText });
    if (!next.ok) throw new Error(`the demo could not open cycle ${k + 2}: ${(next.messages ?? []).join(' / ')}`);
    const plan = planLaterCycle({ k, members, products, previous: cycles.at(-1)!.households, everOrdered, founders: new Set(served1), keep: new Set([payments.late, payments.twoInstalments]), dates });
    log(`   cycle ${k + 2} (${next.cycleId})\u00a0: ${plan.events.length} commandes\u00a0; ${plan.stopped.length ? `ne commandent plus\u00a0: ${plan.stopped.join(', ')}` : 'personne ne s’arrête'}\u00a0; ${plan.started.length ? `première commande\u00a0: ${plan.started.join(', ')}` : 'pas de nouveau foyer'}`);
    replay(driver, plan.events, new Map(), () => {}, null);
    // TODO(« Saisir une commande »): the place for an order a coordinator enters from the sidebar for
    // a household without e-mail (`driver.enterOrder(name, quantities, { site })`, then its slip);
    // the demo does not take one yet.
    gas.advanceTo(dates.deadline + TRIGGER_LATENESS_MS + 60 * 1000);
    gas.advanceTo(dates.deadline + 14.5 * HOUR);
    for (const e of plan.started) everOrdered.add(e);
    const cycle = { ...served(driver, next.cycleId!), stopped: plan.stopped, started: plan.started };
    cycles.push(cycle);
    log(`   clôturé le ${localTime(dates.deadline)}\u00a0: ${cycle.households.length} foyers servis, ${formatMoney(cycle.amountCents, 'fr')}`);
  }

  log('6. Le bilan de la saison');
  // The ledger (Paiements) and the balances (▸ Soldes) were written by each close; the review now.
  driver.run('reviewNow', {});
  const exported = driver.run<{ file: string; csv: string }>('exportReviewNow', {});
  log('   Paiements et ▸ Soldes écrits à chaque clôture\u00a0; « Faire le bilan » écrit ▸ Bilan et ses deux graphiques, « Exporter le bilan » ▸ Bilan CSV');

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
    ...cycles.map((c, i) => `Cycle ${i + 1} (${c.id})\u00a0: ${c.households.length} foyers servis, ${formatMoney(c.amountCents, 'fr')}${i ? `\u00a0; ${counted(c.stopped.length, noun('foyer parti', 'aucun départ', 'foyers partis'))}, ${counted(c.started.length, noun('nouveau foyer', 'aucun nouveau foyer', 'nouveaux foyers'))}` : ''}`),
    `Sur la saison\u00a0: ${households} foyers servis`,
    ...[...perProducer.entries()].map(([p, cents]) => `  ${p}\u00a0: ${formatMoney(cents, 'fr')}`),
    ...[...cancelledProducers(lines)].map(([producer, list]) =>
      `  ${producer}\u00a0: commande annulée, minimum non atteint (${list.length > 1 ? `cycles ${list.join(', ')}` : `cycle ${list[0]}`})`),
    ...(story.capped ? [`Stock épuisé au cycle 1\u00a0: ${products.find((p) => p.ref === story.capped!.ref)?.name || story.capped.ref}, ${story.capped.email} en demandait ${story.capped.asked} et a reçu ce qui restait`] : []),
    `Paiements\u00a0: ${payments.late} a réglé le cycle 1 avec deux cycles de retard, ${payments.twoInstalments} en deux fois\u00a0; ${payments.lateProducer} a été payé avec retard`,
    `E-mails envoyés\u00a0: ${gas.mail.sent.length} (en attente\u00a0: ${pending})`,
    `Appels aux services Apps Script\u00a0: ${totals.calls} (${totals.cellsRead} cellules lues, ${totals.cellsWritten} écrites)`,
    `Temps Apps Script modélisé\u00a0: ${(totals.modeledMs / 1000).toFixed(1)} s sur ${gas.executions.length} exécutions`,
  ];
  log('7. Résumé');
  for (const line of summary) log(`   ${line}`);
  const outputs = await writeOutputs(gas, options.outDir, { title: 'Cabas — démonstration', workbookName: 'cabas-demo.xlsx', summary });
  // The household without e-mail's latest slip (cycle 1's final summary), as « Imprimer la fiche » shows it.
  const slip = driver.slip(PHONED.name);
  const slipFile = join(options.outDir, 'fiche-jeanne-bousquet.html');
  if (slip) writeFileSync(slipFile, slip);
  const reviewCsv = join(options.outDir, exported.file);
  writeFileSync(reviewCsv, exported.csv);
  log(`8. Fichiers\u00a0: ${outputs.workbook}, ${reviewCsv}, ${slip ? `${slipFile} (la fiche de ${PHONED.name}), ` : ''}${outputs.emails} e-mails dans ${outputs.mailDir}, et ${join(options.outDir, 'index.html')} à ouvrir dans un navigateur`);
  return {
    households, cycles, emailsSent: gas.mail.sent.length, emailsPending: pending, calls: totals.calls, modeledSeconds: totals.modeledMs / 1000,
    payments, capped: story.capped, summary, outputs: { ...outputs, reviewCsv, slip: slip ? slipFile : null }, gas,
  };
}

/** Plays submissions and edits at their times, printing the notable ones with the local time and whose order it is. */
function replay(driver: CabasDriver, events: DemoEvent[], helpers: Map<string, string>, log: (line: string) => void, capped: { email: string } | null): void {
  const responseIds = new Map<string, string>();
  const emailOf = new Map<string, string>();
  for (const event of events) {
    driver.gas.advanceTo(event.at);
    if (event.kind === 'submit') {
      emailOf.set(event.id, event.email);
      responseIds.set(event.id, driver.submit(event.email, event.quantities, { site: event.site, tolerance: event.tolerance, at: event.at, help: helpers.get(event.email) }));
      if (event.note !== 'commande') log(`   ${localTime(event.at)} ${event.email}\u00a0: ${event.note}`);
      else if (capped?.email === event.email) log(`   ${localTime(event.at)} ${event.email}\u00a0: commande plafonnée, le stock est épuisé`);
    } else {
      const email = emailOf.get(event.id) ?? '';
      driver.edit(responseIds.get(event.id)!, event.quantities, { site: event.site, tolerance: event.tolerance, at: event.at, help: helpers.get(email) });
      log(`   ${localTime(event.at)} ${email}\u00a0: ${event.note}`);
    }
  }
}

/** The households served in a cycle (in the order of their first line) and the amount, from `Commandes`. */
function served(driver: CabasDriver, cycle: string): { id: string; households: string[]; amountCents: number } {
  const rows = table(driver, 'Commandes', 'orders');
  const mine = rows.filter((r) => String(r.cells.cycle) === cycle && (num(r.cells.allocated) ?? 0) > 0);
  return { id: cycle, households: [...new Set(mine.map((r) => String(r.cells.email)))], amountCents: mine.reduce((s, r) => s + Math.round((num(r.cells.amount) ?? 0) * 100), 0) };
}

/** One tab read as its table (that tab alone, not a snapshot of the whole workbook). */
function table(driver: CabasDriver, name: string, key: TableKey) {
  return readTable(key, driver.sheet(name).values.map((r) => r.map((v) => (v === null ? '' : v)))).rows;
}

/** The producers with a row of their own in `Paiements` for the cycle (their order went ahead). */
function producersPaid(driver: CabasDriver, cycle: string): string[] {
  return table(driver, 'Paiements', 'payments').filter((r) => String(r.cells.cycle) === cycle && !r.cells.email && r.cells.producer).map((r) => String(r.cells.producer));
}

/** Producers whose every line of a cycle was cancelled at the close (the minimum not reached), with those cycles. */
function cancelledProducers(lines: { cells: Record<string, unknown> }[]): Map<string, string[]> {
  const statuses = new Map<string, Set<string>>();
  for (const l of lines) {
    const key = `${String(l.cells.cycle)}\u0000${String(l.cells.producer)}`;
    if (String(l.cells.status) === 'remplacé') continue;
    statuses.set(key, (statuses.get(key) ?? new Set()).add(String(l.cells.status)));
  }
  const cancelled = new Map<string, string[]>();
  for (const [key, s] of statuses) {
    if (s.size !== 1 || !s.has('annulé')) continue;
    const [cycle, producer] = key.split('\u0000');
    cancelled.set(producer, [...(cancelled.get(producer) ?? []), cycle]);
  }
  return cancelled;
}
