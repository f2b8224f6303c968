// English texts of money across cycles: the Payments ledger, the Balances tab, the reminders of what is owed.
import type { payments as fr } from '../fr/payments';

export const payments: typeof fr = () => ({
  distributionKey: 'Payment ref',
  direct: (producer: string, amount: string) => `${producer}: ${amount}`,
  toGroup: (amount: string) => `to the group: ${amount}`,
  /** A household's ledger detail: its parts (each producer paid directly, then the group) on one line. */
  detail: (parts: string[]) => parts.join('; '),
  producerPaidByMembers: 'paid directly by the members (cheques, cash or transfers to hand over)',
  producerPaidByGroup: 'to be paid by the group',

  remindTitle: 'Remind unpaid balances',
  menuRemind: 'Remind unpaid balances',

  review: {
    tabName: 'Review',
    chartPerCycle: 'Households and amount (€) per cycle',
    chartPerProducer: 'Amount per producer (€)',
    menu: 'Review the season',
    promptFrom: 'Review from cycle (e.g. 2026-09-01; empty = from the start)',
    promptTo: 'To cycle (e.g. 2026-12-31; empty = to the last one)',
    done: (cycles: number) => `The review of ${cycles} cycle${cycles > 1 ? 's' : ''} is in the ▸ Review tab.`,
    title: (from: string, to: string) => `Review from ${from} to ${to}`,
    start: 'first cycle',
    end: 'last cycle',
    cyclesHeading: 'Households and amounts per cycle',
    cycleHeaders: ['Cycle', 'Households', 'New', 'Returning', 'Gone for two cycles', 'Amount (€)', 'Average basket (€)'],
    producersHeading: 'Orders and amounts per producer and cycle',
    producerHeaders: ['Producer', 'Cycle', 'Households served', 'Amount (€)'],
    producerTotalsHeading: 'Amount per producer over the period',
    producerTotalHeaders: ['Producer', 'Amount (€)'],
    sitesHeading: 'Average basket per site',
    siteHeaders: ['Site', 'Orders', 'Amount (€)', 'Average basket (€)'],
    othersHeading: 'Cases, minimums, e-mails, payments, volunteers',
    toleranceUnits: 'Units allocated beyond the firm order (cases completed thanks to tolerance)',
    cutUnits: 'Units ordered and not delivered (incomplete case, stock run out or minimum not reached)',
    minimum: (producer: string, cycle: string, held: boolean) => `${producer}, cycle ${cycle}: ${held ? 'held' : 'cancelled'} for want of its minimum`,
    noMinimum: 'No producer cancelled or held for its minimum.',
    emailsSent: 'E-mails sent over the period',
    busiestMailDay: 'E-mails on the busiest day (quota: 100 a day with a gmail.com account, 1,500 with Google Workspace)',
    outstanding: 'Payments still owed on these cycles (€)',
    volunteers: 'Pickups with at least one volunteer on the roster',
    covered: (covered: number, pickups: number) => `${covered} of ${pickups}`,
    noRoster: 'no duty roster',
    notMeasured: 'Refused orders are detailed in the Log tab (event "Order rejected").',
  },

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
});
