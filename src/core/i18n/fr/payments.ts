// French texts of money across cycles: the Paiements ledger, the Soldes tab, the reminders of what is owed.

export const payments = {
  /** The Distribution tab's last column: the ledger row a household's ticks belong to. */
  distributionKey: 'Réf. paiement',
  direct: (producer: string, amount: string) => `${producer} : ${amount}`,
  toGroup: (amount: string) => `au groupement : ${amount}`,
  producerPaidByMembers: 'payé en direct par les adhérents (chèques, espèces ou virements à lui remettre)',
  producerPaidByGroup: 'à payer par le groupement',
};
