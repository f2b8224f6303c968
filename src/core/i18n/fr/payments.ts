// French texts of money across cycles: the Paiements ledger, the Soldes tab, the reminders of what is owed.

export const payments = () => ({
  /** The Distribution tab's last column: the ledger row a household's ticks belong to. */
  distributionKey: 'Réf. paiement',
  direct: (producer: string, amount: string) => `${producer} : ${amount}`,
  toGroup: (amount: string) => `au groupement : ${amount}`,
  /** A household's ledger detail: its parts (each producer paid directly, then the group) on one line. */
  detail: (parts: string[]) => parts.join(' ; '),
  producerPaidByMembers: 'payé en direct par les adhérents (chèques, espèces ou virements à lui remettre)',
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
    producersHeading: 'Commandes et montants par producteur et par cycle',
    producerHeaders: ['Producteur', 'Cycle', 'Foyers servis', 'Montant (€)'],
    producerTotalsHeading: 'Montant par producteur sur la période',
    producerTotalHeaders: ['Producteur', 'Montant (€)'],
    sitesHeading: 'Panier moyen par lieu',
    siteHeaders: ['Lieu', 'Commandes', 'Montant (€)', 'Panier moyen (€)'],
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
    notMeasured: 'Les refus de commande sont détaillés dans l’onglet Journal (événement « Commande refusée »).',
  },

  balances: {
    tabName: 'Soldes',
    householdsHeading: 'Foyers : solde sur tous les cycles (recalculé depuis Paiements, ne pas saisir ici)',
    householdHeaders: ['Foyer', 'E-mail', 'Lieu', 'Total dû', 'Reste à payer', 'Cycles non soldés'],
    totalOwed: 'Total restant dû au groupement et aux producteurs',
    producersHeading: 'Producteurs : cycles pas encore payés',
    producerHeaders: ['Producteur', 'Cycle', '', 'Dû', '', ''],
    noUnpaidProducer: 'Tous les producteurs ont été payés.',
  },

  reminder: {
    subject: (group: string) => `${group} : un petit rappel de paiement`,
    title: 'Un petit rappel de paiement',
    intro: 'Sauf erreur de notre part, ces commandes ne sont pas encore entièrement réglées :',
    cycleLine: (cycle: string, amount: string) => `commande du cycle ${cycle} : ${amount}`,
    total: (amount: string) => `Total restant : ${amount}.`,
    howToPay: 'Vous pouvez régler à la prochaine distribution, ou comme indiqué ci-dessous :',
    producerLine: (producer: string, how: string) => `${producer} : ${how}`,
    already: 'Si vous avez déjà payé, merci de ne pas tenir compte de ce message, et pardon pour le dérangement : répondez simplement pour nous le dire.',
  },
  /** In the member's final summary, when earlier cycles are not fully paid. */
  earlierBalance: (amount: string, cycles: string) => `Il reste aussi ${amount} à régler sur une commande précédente (${cycles}). Merci d’y penser à la distribution.`,
  reminded: (households: number) => households === 0
    ? 'Aucun foyer à relancer : tout est réglé, ou chaque foyer qui doit encore a déjà eu un rappel cette semaine.'
    : `${households} rappel${households > 1 ? 's' : ''} de paiement préparé${households > 1 ? 's' : ''} : ${households > 1 ? 'ils partent' : 'il part'} dans une minute. L’onglet Soldes est à jour.`,
});
