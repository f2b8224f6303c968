// English texts of money across cycles: the Payments ledger, the Balances tab, the reminders of what is owed.
import type { payments as fr } from '../fr/payments';

export const payments: typeof fr = {
  distributionKey: 'Payment ref',
  direct: (producer: string, amount: string) => `${producer}: ${amount}`,
  toGroup: (amount: string) => `to the group: ${amount}`,
  producerPaidByMembers: 'paid directly by the members (cheques, cash or transfers to hand over)',
  producerPaidByGroup: 'to be paid by the group',

  remindTitle: 'Remind unpaid balances',
  menuRemind: 'Remind unpaid balances',

  balances: {
    tabName: 'Balances',
    householdsHeading: 'Households: balance over all cycles (rebuilt from Payments, do not type here)',
    householdHeaders: ['Household', 'Email', 'Site', 'Total due', 'Still to pay', 'Cycles not settled'],
    totalOwed: 'Total still owed to the group and the producers',
    producersHeading: 'Producers: cycles not yet paid',
    producerHeaders: ['Producer', 'Cycle', '', 'Due', '', ''],
    noUnpaidProducer: 'Every producer has been paid.',
  },

  reminder: {
    subject: (group: string) => `${group}: a friendly payment reminder`,
    title: 'A friendly payment reminder',
    intro: 'Unless we are mistaken, these orders are not fully paid yet:',
    cycleLine: (cycle: string, amount: string) => `order of cycle ${cycle}: ${amount}`,
    total: (amount: string) => `Still to pay: ${amount}.`,
    howToPay: 'You can pay at the next pickup, or as shown below:',
    producerLine: (producer: string, how: string) => `${producer}: ${how}`,
    already: 'If you have already paid, please ignore this message, and sorry for the bother: just reply to let us know.',
  },
  earlierBalance: (amount: string, cycles: string) => `There is also ${amount} left to pay on an earlier order (${cycles}). Please remember it at the pickup.`,
  reminded: (households: number) => households === 0
    ? 'No household to remind: everything is paid, or each household that still owes had a reminder this week.'
    : `${households} payment reminder${households > 1 ? 's' : ''} prepared: ${households > 1 ? 'they leave' : 'it leaves'} in a minute. The Balances tab is up to date.`,
};
