// A group's workbook as a coordinator types it in a spreadsheet app (made with exceljs, as Excel
// saves it): headers in their own order and case, a date cell, prices as text, manual cases.
import ExcelJS from 'exceljs';

/** The workbook as a coordinator types it: headers in their own order and case, a date cell, prices as text. */
export async function typedWorkbook(path: string, extra?: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  const tab = (name: string, rows: unknown[][]) => book.addWorksheet(name).addRows(rows);
  tab('Paramètres', [
    ['Paramètre', 'Valeur'], ['Nom du groupement', 'GAC des Deux Villages'], ['E-mail de coordination', 'coordination@example.org'],
    ['Colis', 'manuel'], ['Fuseau horaire', 'Europe/Paris'],
  ]);
  tab('Lieux', [['Lieu', 'Adresse'], ['Monclar-de-Quercy', 'Salle des fêtes'], ['Septfonds', 'Halle']]);
  tab('Adhérents', [
    ['nom', 'e-mail', 'lieu', 'actif'],
    ['Alice Martin', 'alice@example.org', 'Monclar-de-Quercy', 'oui'],
    ['Bruno Petit', 'bruno@example.org', 'Monclar-de-Quercy', 'oui'],
    ['Chloé Durand', 'chloe@example.org', 'Septfonds', 'oui'],
  ]);
  tab('Producteurs', [['Producteur', 'E-mail', 'Règlement', 'Actif'], ['Huilerie des Noyers', 'noyers@example.org', 'Virement', 'oui']]);
  tab('Produits', [
    ['Réf', 'Produit', 'Producteur', 'Unité', 'Prix', 'Colis', 'Disponible'],
    ['HUI-NOI', 'Huile de noix', 'Huilerie des Noyers', 'bouteille', '12,50 €', 6, 'oui'],
  ]);
  const cycles = book.addWorksheet('Cycles');
  cycles.addRow(['Cycle', 'Clôture', 'Distribution', 'Statut']);
  cycles.addRow(['noel', new Date(Date.UTC(2026, 11, 10, 20, 0)), '12/12/2026', 'brouillon']); // a date cell: wall clock 20:00
  cycles.getCell('B2').numFmt = 'dd/mm/yyyy hh:mm';
  extra?.(book);
  await book.xlsx.writeFile(path);
}

