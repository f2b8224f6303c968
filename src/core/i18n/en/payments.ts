// English texts of money across cycles: the Payments ledger, the Balances tab, the reminders of what is owed.
import type { payments as fr } from '../fr/payments';

export const payments: typeof fr = {
  distributionKey: 'Payment ref',
  direct: (producer: string, amount: string) => `${producer}: ${amount}`,
  toGroup: (amount: string) => `to the group: ${amount}`,
  producerPaidByMembers: 'paid directly by the members (cheques, cash or transfers to hand over)',
  producerPaidByGroup: 'to be paid by the group',
};
