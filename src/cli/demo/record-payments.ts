// The coordinator between two cycles of the demo: ticks what was picked up and paid in `Paiements`,
// by hand, through the spreadsheet (as a person types, no script runs). One household pays late,
// one in two instalments, one producer is paid late.
import type { CabasDriver } from '../cabas-driver';

export interface PaymentStory {
  late: string; // a household that pays cycle 1 two cycles later
  twoInstalments: string; // a household that pays cycle 1 half at the pickup, the rest a week later
  lateProducer: string; // a producer whose cycle 1 is paid two cycles later
}

const MEANS = ['chèque', 'espèces', 'virement'];

/**
 * What the coordinator types after the pickup of `cycles[step]` (step 0, 1, 2). Returns what it did, to print.
 */
export function recordPayments(driver: CabasDriver, step: number, cycles: string[], story: PaymentStory): string[] {
  const sheet = driver.gas.spreadsheet().getSheetByName('Paiements')!;
  const values = sheet.getDataRange().getValues();
  const header = values[0].map(String);
  const col = (name: string) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`Paiements has no column ${name}`);
    return at;
  };
  const [cycle, email, producer, due, pickedUp, paid, means, received, note] = ['Cycle', 'E-mail', 'Producteur', 'Dû', 'Retiré', 'Payé', 'Moyen de paiement', 'Reçu', 'Note'].map(col);
  const type = (row: number, column: number, value: unknown) => sheet.getRange(row + 1, column + 1).setValue(value);
  const rowOf = (c: string, who: string) => values.findIndex((r, i) => i > 0 && r[cycle] === c && (r[email] === who || (!r[email] && r[producer] === who)));
  const said: string[] = [];
  const current = cycles[step];
  let n = 0;
  values.forEach((r, i) => {
    if (i === 0 || r[cycle] !== current) return;
    if (r[email]) {
      type(i, pickedUp, true);
      if (step === 0 && r[email] === story.late) return;
      if (step === 0 && r[email] === story.twoInstalments) {
        type(i, means, 'chèque');
        type(i, received, Math.round(Number(r[due]) * 50) / 100);
        type(i, note, 'premier versement');
        return;
      }
      type(i, paid, true);
      type(i, means, MEANS[n++ % MEANS.length]);
    } else if (r[producer] !== story.lateProducer || step > 0) {
      type(i, paid, true);
    }
  });
  said.push(`Paiements du cycle ${current} : retraits et règlements cochés`);
  if (step === 0) said.push(`${story.late} n’a pas réglé ; ${story.twoInstalments} a réglé la moitié ; ${story.lateProducer} n’est pas encore payé`);
  if (step === 1) {
    const i = rowOf(cycles[0], story.twoInstalments);
    type(i, received, Number(values[i][due]));
    type(i, paid, true);
    type(i, note, 'réglé en deux fois');
    said.push(`${story.twoInstalments} règle le reste du cycle ${cycles[0]}`);
  }
  if (step === 2) {
    const i = rowOf(cycles[0], story.late);
    type(i, paid, true);
    type(i, means, 'espèces');
    type(i, note, 'réglé avec retard');
    const p = rowOf(cycles[0], story.lateProducer);
    type(p, paid, true);
    type(p, note, 'payé avec retard');
    said.push(`${story.late} règle enfin le cycle ${cycles[0]} ; ${story.lateProducer} est payé pour le cycle ${cycles[0]}`);
  }
  return said;
}
