import type { CasePolicy, CycleStatus, LineStatus, Locale, MinimumPolicy } from '../../../src/core/model';
import {
  headerOf, listValues, noteOf, parseStatus, statusWord, TABLE_ORDER, TABLES, tableName, tableOfTabName, type ListValue, type TableKey, type WordList,
} from '../../../src/core/workbook/tables';

const CONTRACT: Record<TableKey, { fr: string; en: string; headersFr: string[]; headersEn: string[] }> = {
  settings: { fr: 'Paramètres', en: 'Settings', headersFr: ['Paramètre', 'Valeur', 'Aide'], headersEn: ['Setting', 'Value', 'Help'] },
  sites: { fr: 'Lieux', en: 'Sites', headersFr: ['Lieu', 'Adresse', 'Distribution', 'Contact', 'Bénévoles', 'À apporter'], headersEn: ['Site', 'Address', 'Pickup', 'Contact', 'Volunteers', 'To bring'] },
  members: { fr: 'Adhérents', en: 'Members', headersFr: ['E-mail', 'Nom', 'Téléphone', 'Lieu', 'Actif', 'Notes', 'Tarif', 'Anciennement'], headersEn: ['Email', 'Name', 'Phone', 'Site', 'Active', 'Notes', 'Tariff', 'Formerly'] },
  producers: {
    fr: 'Producteurs', en: 'Producers',
    headersFr: ['Producteur', 'E-mail', 'Téléphone', 'Minimum de commande', 'Règlement', 'Noms des adhérents', 'Note', 'Actif'],
    headersEn: ['Producer', 'Email', 'Phone', 'Minimum order', 'Payment', 'Share member names', 'Note', 'Active'],
  },
  products: {
    fr: 'Produits', en: 'Products',
    headersFr: ['Réf', 'Producteur', 'Produit', 'Description', 'Unité', 'Prix', 'Pas', 'Colis', 'Max par adhérent', 'Stock', 'Disponible'],
    headersEn: ['Ref', 'Producer', 'Product', 'Description', 'Unit', 'Price', 'Step', 'Case size', 'Max per member', 'Stock', 'Available'],
  },
  cycles: { fr: 'Cycles', en: 'Cycles', headersFr: ['Cycle', 'Ouverture', 'Clôture', 'Distribution', 'Statut', 'Formulaire'], headersEn: ['Cycle', 'Opens', 'Deadline', 'Pickup', 'Status', 'Form'] },
  orders: {
    fr: 'Commandes', en: 'Orders',
    headersFr: ['Cycle', 'Horodatage', 'E-mail', 'Adhérent', 'Lieu', 'Producteur', 'Réf', 'Produit', 'Quantité', 'Tolérance', 'Attribué', 'Prix', 'Montant', 'Réponse', 'Statut', 'Commentaire', 'Rang'],
    headersEn: ['Cycle', 'Submitted', 'Email', 'Member', 'Site', 'Producer', 'Ref', 'Product', 'Quantity', 'Tolerance', 'Allocated', 'Price', 'Amount', 'Response', 'Status', 'Comment', 'Queue'],
  },
  log: { fr: 'Journal', en: 'Log', headersFr: ['Date', 'Niveau', 'Événement', 'Qui', 'Détail'], headersEn: ['Date', 'Level', 'Event', 'Who', 'Detail'] },
  outbox: {
    fr: 'Envois', en: 'Outbox',
    headersFr: ['Clé', 'Type', 'Destinataire', 'Objet', 'Statut', 'Tentatives', 'Erreur', 'Envoyé le', 'Contenu'],
    headersEn: ['Key', 'Kind', 'To', 'Subject', 'Status', 'Attempts', 'Error', 'Sent at', 'Content'],
  },
  duties: { fr: 'Permanences', en: 'Duties', headersFr: ['Date', 'Lieu', 'Rôle', 'Bénévole'], headersEn: ['Date', 'Site', 'Role', 'Volunteer'] },
  payments: {
    fr: 'Paiements', en: 'Payments',
    headersFr: ['Cycle', 'E-mail', 'Foyer', 'Lieu', 'Producteur', 'Dû', 'Détail', 'Retiré', 'Payé', 'Moyen de paiement', 'Reçu', 'Avoir', 'Note'],
    headersEn: ['Cycle', 'Email', 'Household', 'Site', 'Producer', 'Due', 'Detail', 'Picked up', 'Paid', 'Payment method', 'Received', 'Credit', 'Note'],
  },
};

describe('the workbook contract', () => {
  test.each(TABLE_ORDER.map((table) => ({ table, ...CONTRACT[table] })))('names $table «$fr» / «$en» with the contract headers', ({ table, fr, en, headersFr, headersEn }) => {
    expect(tableName(table, 'fr')).toBe(fr);
    expect(tableName(table, 'en')).toBe(en);
    expect(TABLES[table].columns.map((c) => headerOf(table, c.key, 'fr'))).toEqual(headersFr);
    expect(TABLES[table].columns.map((c) => headerOf(table, c.key, 'en'))).toEqual(headersEn);
  });

  test('installs tabs in the documented order', () => {
    expect(TABLE_ORDER).toEqual(['settings', 'sites', 'members', 'producers', 'products', 'cycles', 'duties', 'orders', 'payments', 'outbox', 'log']);
  });

  test.each(TABLE_ORDER.flatMap((table) => TABLES[table].columns.flatMap((c) => (['fr', 'en'] as Locale[]).map((locale) => ({ table, key: c.key, locale })))))(
    'has a note for $table column $key in $locale', ({ table, key, locale }) => {
      expect(noteOf(table, key, locale).length).toBeGreaterThan(5);
    },
  );

  test('hides the outbox content column only', () => {
    expect(TABLE_ORDER.flatMap((t) => TABLES[t].columns.filter((c) => c.hidden).map((c) => `${t}.${c.key}`))).toEqual(['outbox.content']);
  });

  test('throws for a column key not in the table', () => {
    expect(() => headerOf('products', 'colour', 'fr')).toThrow('No column "colour" in table "products"');
  });
});

describe('tableOfTabName', () => {
  test.each([
    { name: 'Produits', table: 'products' }, { name: 'products', table: 'products' }, { name: ' ADHERENTS ', table: 'members' },
    { name: 'Paramètres', table: 'settings' }, { name: 'parametres', table: 'settings' }, { name: 'Envois', table: 'outbox' },
    { name: 'Cycles', table: 'cycles' }, { name: 'Duties', table: 'duties' }, { name: 'Récap', table: null }, { name: 'Distribution Septfonds', table: null },
  ])('finds «$name» as $table', ({ name, table }) => {
    expect(tableOfTabName(name)).toBe(table);
  });
});

describe('list words', () => {
  test.each([
    { list: 'yesno', locale: 'fr', words: ['oui', 'non'] },
    { list: 'yesno', locale: 'en', words: ['yes', 'no'] },
    { list: 'cycleStatus', locale: 'fr', words: ['brouillon', 'ouvert', 'clôturé', 'envoyé', 'archivé'] },
    { list: 'lineStatus', locale: 'fr', words: ['actif', 'remplacé', 'annulé', 'attribué', 'suspendu'] },
    { list: 'outboxStatus', locale: 'fr', words: ['en attente', 'en cours', 'envoyé', 'échec'] },
    { list: 'outboxStatus', locale: 'en', words: ['pending', 'sending', 'sent', 'failed'] },
    { list: 'logLevel', locale: 'fr', words: ['info', 'avertissement', 'erreur'] },
    { list: 'languages', locale: 'fr', words: ['fr', 'en'] },
    { list: 'sites', locale: 'fr', words: [] },
    { list: 'producers', locale: 'en', words: [] },
  ] as const)('lists $list in $locale', ({ list, locale, words }) => {
    expect(listValues(list, locale)).toEqual(words);
  });

  // One row per list, each typed by its own list: a value from another list does not compile.
  const word = <L extends WordList>(list: L, value: ListValue<L>, fr: string, en: string) => ({ list, value, fr, en, write: (locale: Locale) => statusWord(list, value, locale) });
  test.each([
    word('lineStatus', 'replaced', 'remplacé', 'replaced'),
    word('cycleStatus', 'closed', 'clôturé', 'closed'),
    word('outboxStatus', 'pending', 'en attente', 'pending'),
    word('logLevel', 'warning', 'avertissement', 'warning'),
  ])('writes $list $value as «$fr» / «$en» and reads both back', ({ list, value, fr, en, write }) => {
    expect(write('fr')).toBe(fr);
    expect(write('en')).toBe(en);
    expect(parseStatus(list, fr)).toBe(value);
    expect(parseStatus(list, en)).toBe(value);
  });

  test.each([
    { list: 'lineStatus', text: ' Annule ', value: 'cancelled' },
    { list: 'outboxStatus', text: 'EN ATTENTE', value: 'pending' },
    { list: 'outboxStatus', text: 'echec', value: 'failed' },
    { list: 'cycleStatus', text: 'Archivé', value: 'archived' },
    { list: 'lineStatus', text: 'fini', value: null },
    { list: 'lineStatus', text: '', value: null },
    { list: 'cycleStatus', text: 'en attente', value: null },
  ] as const)('reads «$text» in $list as $value', ({ list, text, value }) => {
    expect(parseStatus(list, text)).toBe(value);
  });
});

describe('status unions', () => {
  // Compile-time: each list's values are the model's union, both ways (tsc fails when one drifts).
  type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
  const same: [
    Same<ListValue<'cycleStatus'>, CycleStatus>, Same<ListValue<'lineStatus'>, LineStatus>,
    Same<ListValue<'casePolicy'>, CasePolicy>, Same<ListValue<'minimumPolicy'>, MinimumPolicy>,
  ] = [true, true, true, true];

  test('the word lists hold exactly the model’s status and policy values', () => {
    expect(same).toEqual([true, true, true, true]);
    expect(listValues('cycleStatus', 'en')).toEqual(['draft', 'open', 'closed', 'sent', 'archived']);
  });

  test.each([
    { list: 'cycleStatus' as const, text: 'remplacé', read: null },
    { list: 'lineStatus' as const, text: 'remplacé', read: 'replaced' },
    { list: 'outboxStatus' as const, text: 'ouvert', read: null },
  ])('reads «$text» in $list as $read (a word of another list is none)', ({ list, text, read }) => {
    expect(parseStatus(list, text)).toBe(read);
  });
});
