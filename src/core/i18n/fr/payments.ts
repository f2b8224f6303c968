// French texts of money across cycles: the Paiements ledger, the Soldes tab, the reminders of what is owed.

export const payments = () => ({
  /** The Distribution tab's last column: the ledger row a household's ticks belong to. */
  distributionKey: 'Réf. paiement',
  direct: (producer: string, amount: string) => `${producer} : ${amount}`,
  toGroup: (amount: string) => `au groupement : ${amount}`,
  /** A household's ledger detail: its parts (each producer paid directly, then the group) on one line. */
  detail: (parts: string[]) => parts.join(' ; '),
  producerPaidByMembers: 'payé en direct par les adhérents (chèques, espèces ou virements à lui remettre)',
  producerPaidByMembersAndGroup: (members: string, group: string) =>
    `payé en direct par les adhérents : ${members} (chèques, espèces ou virements à lui remettre) ; à payer par le groupement : ${group} (la différence des tarifs solidaires)`,
  producerPaidByGroup: 'à payer par le groupement',

  remindTitle: 'Relancer les impayés',
  menuRemind: 'Relancer les impayés',

  review: {
    tabName: 'Bilan',
    chartPerCycle: 'Foyers et montant (€) par cycle',
    chartPerProducer: 'Montant par producteur (€)',
    menu: 'Faire le bilan',
    promptFrom: 'Bilan à partir du cycle (ex. 2026-09-01 ; vide = depuis le début)',
    promptTo: 'Jusqu’au cycle (ex. 2026-12-31 ; vide = jusqu’au dernier)',
    done: (cycles: number) => `Le bilan de ${cycles} cycle${cycles > 1 ? 's' : ''} est dans l’onglet ▸ Bilan.`,
    title: (from: string, to: string) => `Bilan du ${from} au ${to}`,
    start: 'premier cycle',
    end: 'dernier cycle',
    cyclesHeading: 'Foyers et montants par cycle',
    cycleHeaders: ['Cycle', 'Foyers', 'Nouveaux', 'Revenus', 'Partis depuis deux cycles', 'Montant (€)', 'Panier moyen (€)'],
    unlistedCycles: (ids: string) => `Comptés d’après Commandes, leur ligne de Cycles ayant été supprimée : ${ids}. Remettez-la dans Cycles (Édition → Annuler) pour qu’ils y restent.`,
    producersHeading: 'Commandes et montants par producteur et par cycle',
    producerHeaders: ['Producteur', 'Cycle', 'Foyers servis', 'Montant (€)'],
    producerTotalsHeading: 'Montant par producteur sur la période',
    producerTotalHeaders: ['Producteur', 'Montant (€)'],
    sitesHeading: 'Panier moyen par lieu',
    siteHeaders: ['Lieu', 'Commandes', 'Montant (€)', 'Panier moyen (€)'],
    solidarityHeading: 'Solde solidaire par cycle (tarifs : ce que paient les foyers, moins ce que reçoivent les producteurs)',
    solidarityHeaders: ['Cycle', 'Solde du cycle (€)', 'Cumul (€)'],
    othersHeading: 'Colis, minimums, e-mails, paiements, bénévoles',
    toleranceUnits: 'Unités attribuées au-delà de la commande ferme (colis complétés grâce à la tolérance)',
    cutUnits: 'Unités commandées et non livrées (colis incomplet, stock épuisé ou minimum non atteint)',
    minimum: (producer: string, cycle: string, held: boolean) => `${producer}, cycle ${cycle} : ${held ? 'suspendu' : 'annulé'} faute d’avoir atteint son minimum`,
    noMinimum: 'Aucun producteur annulé ou suspendu pour son minimum.',
    emailsSent: 'E-mails envoyés sur la période',
    busiestMailDay: 'E-mails le jour le plus chargé (quota : 100 par jour avec un compte gmail.com, 1 500 avec Google Workspace)',
    outstanding: 'Paiements encore dus sur ces cycles (€)',
    volunteers: 'Distributions avec au moins un bénévole inscrit',
    covered: (covered: number, pickups: number) => `${covered} sur ${pickups}`,
    noRoster: 'pas de planning de permanences',
    refusalsHeading: 'Réponses refusées, par motif',
    refusalHeaders: ['Motif', 'Réponses'],
    refusalReason: {
      late: 'arrivée après la clôture',
      address: 'adresse inconnue ou adhésion inactive',
      quantity: 'quantité invalide',
      other: 'autre motif (lieu de retrait…)',
    },
    notMeasured: 'Le détail de chaque refus est dans l’onglet Journal (événement « Commande refusée ») ; une réponse sans adresse e-mail n’est pas comptée.',
    exportMenu: 'Exporter le bilan',
    csvFilePrefix: 'bilan',
    exportTabName: 'Bilan CSV',
    exportDone: (file: string) => `Le bilan est prêt : téléchargez ${file} ci-dessous. Le même tableau est dans l’onglet ▸ Bilan CSV (Fichier > Télécharger > CSV).`,
    exportLink: (file: string) => `Télécharger ${file}`,
    exportShare: 'Envoyez ce fichier à la structure d’animation : elle réunit les bilans de plusieurs groupements avec « npx cabas bilan ».',
    csvHeaders: ['Groupement', 'Du', 'Au', 'Cycle', 'Indicateur', 'Détail', 'Valeur', 'Libellé'],
    csvLabel: {
      households: 'Foyers servis',
      'households-new': 'Nouveaux foyers',
      'households-returning': 'Foyers revenus',
      'households-gone': 'Foyers partis depuis deux cycles',
      'amount-eur': 'Montant (€)',
      'producer-orders': 'Foyers servis par le producteur',
      'producer-amount-eur': 'Montant du producteur (€)',
      'producer-cancelled': 'Producteur annulé faute de minimum',
      'producer-held': 'Producteur suspendu pour son minimum',
      'site-orders': 'Commandes du lieu',
      'site-amount-eur': 'Montant du lieu (€)',
      'tolerance-units': 'Unités attribuées grâce à la tolérance',
      'cut-units': 'Unités commandées et non livrées',
      refusals: 'Réponses refusées',
      'emails-sent': 'E-mails envoyés',
      'emails-busiest-day': 'E-mails le jour le plus chargé',
      'outstanding-eur': 'Paiements encore dus (€)',
      'volunteers-pickups': 'Distributions',
      'volunteers-covered': 'Distributions avec un bénévole inscrit',
      'solidarity-eur': 'Solde solidaire du cycle (€)',
    } as Record<string, string>,
  },

  balances: {
    tabName: 'Soldes',
    householdsHeading: 'Foyers : solde sur tous les cycles (recalculé depuis Paiements, ne pas saisir ici)',
    householdHeaders: ['Foyer', 'E-mail', 'Lieu', 'Total dû', 'Reste à payer', 'Cycles non soldés'],
    totalOwed: 'Total restant dû au groupement et aux producteurs',
    totalCredits: 'Total dû par le groupement aux foyers (avoirs, trop-perçus)',
    producersHeading: 'Producteurs : cycles pas encore payés',
    producerHeaders: ['Producteur', 'Cycle', '', 'Reste à payer', '', 'Détail'],
    noUnpaidProducer: 'Tous les producteurs ont été payés.',
    formerKeys: (name: string, current: string, former: string, written: boolean) =>
      written
        ? `${name} : les lignes de Paiements sous ${former} comptent pour ${current} (colonne Anciennement d’Adhérents).`
        : `${name} : les lignes de Paiements sous ${former} comptent pour ${current} (adresse changée dans Adhérents, même nom). Si ce n’est pas le même foyer, donnez-leur des noms différents dans Adhérents.`,
  },

  reminder: {
    subject: (group: string) => `${group} : un petit rappel de paiement`,
    title: 'Un petit rappel de paiement',
    intro: 'Sauf erreur de notre part, ces commandes ne sont pas encore entièrement réglées :',
    cycleLine: (cycle: string, amount: string) => `commande du cycle ${cycle} : ${amount}`,
    creditLine: (cycle: string, amount: string) => `déjà à votre crédit sur le cycle ${cycle} : − ${amount}`,
    total: (amount: string) => `Total restant : ${amount}.`,
    howToPay: 'Vous pouvez régler à la prochaine distribution, ou comme indiqué ci-dessous :',
    producerLine: (producer: string, how: string) => `${producer} : ${how}`,
    already: 'Si vous avez déjà payé, merci de ne pas tenir compte de ce message, et pardon pour le dérangement : répondez simplement pour nous le dire.',
  },
  /** In the member's final summary, when earlier cycles are not fully paid. */
  earlierBalance: (amount: string, cycles: string) => `Il reste aussi ${amount} à régler sur ${cycles.includes(',') ? 'des commandes précédentes' : 'une commande précédente'} (${cycles}). Merci d’y penser à la distribution.`,
  /** In the member's final summary, when earlier cycles leave the group owing the household (a credit, an overpayment). */
  earlierCredit: (amount: string, cycles: string) => `Le groupement vous doit ${amount} sur ${cycles.includes(',') ? 'des commandes précédentes' : 'une commande précédente'} (${cycles}) : la coordination vous rend cette somme, ou la déduit de ce que vous réglez au groupement.`,
  reminded: (households: number, toCall = 0) => households === 0
    ? (toCall > 0 ? 'Aucun rappel à envoyer par e-mail.' : 'Aucun foyer à relancer : tout est réglé, la distribution n’a pas encore eu lieu, ou chaque foyer qui doit encore a déjà eu un rappel cette semaine.')
    : `${households} rappel${households > 1 ? 's' : ''} de paiement préparé${households > 1 ? 's' : ''} : ${households > 1 ? 'ils partent' : 'il part'} dans une minute. L’onglet Soldes est à jour.`,
  /** « Relancer les impayés »: the households without e-mail that still owe, to call. */
  toCall: (lines: string[]) => `À appeler (sans adresse e-mail) : ${lines.join(' ; ')}.`,
  toCallLine: (name: string, phone: string, amount: string) => `${name}${phone ? ` (${phone})` : ''}, ${amount}`,
  /** What « Relancer les impayés » and the close say of the ledger's unreadable cells (each rendered at its cell). */
  unreadable: (households: number, cells: string[]) => `${cells.length > 1 ? `${cells.length} cellules de Paiements sont illisibles, comptées` : 'Une cellule de Paiements est illisible, comptée'} pour 0 dans les Soldes ; tant qu’${cells.length > 1 ? 'elles ne sont pas corrigées' : 'elle n’est pas corrigée'}, ${households > 1 ? `les ${households} foyers concernés ne sont pas relancés` : 'le foyer concerné n’est pas relancé'}. ${cells.join(' ')}`,
  /** Household rows deleted from the ledger (payments/missing-ledger-rows.ts). */
  missingRows: (rows: string[]) => `Paiements n’a plus de ligne pour ${rows.join(' ; ')}, qui ${rows.length > 1 ? 'ont' : 'a'} pourtant reçu ${rows.length > 1 ? 'leur commande' : 'sa commande'} (voir Commandes) : ${rows.length > 1 ? 'leur dette n’est' : 'sa dette n’est'} ni dans ▸ Soldes, ni relancée, ni rappelée au prochain récapitulatif. Remettez ${rows.length > 1 ? 'ces lignes' : 'cette ligne'} (Édition → Annuler, ou Fichier → Historique des versions).`,
  missingRow: (member: string, cycle: string, amount: string) => `${member} (cycle ${cycle}, ${amount} au prix du catalogue)`,
  /** Boxes ticked on a Distribution tab that reach no ledger row (payments/distribution-ticks.ts). */
  unplacedTicks: (places: string[]) => `Des cases cochées sur un onglet de distribution ne sont reliées à aucune ligne de Paiements (colonne « Réf. paiement » supprimée, ou foyer ajouté à la main) : ${places.join(', ')}. Elles ne sont pas reportées, et ces foyers pourraient être relancés à tort : cochez-les dans Paiements, ou remettez la colonne (Édition → Annuler).`,
});
