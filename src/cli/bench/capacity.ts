// What the daily e-mail quota implies for a group's size, from the e-mails counted in a run.
//
// Quotas: 100 recipients a day on a consumer account, 1,500 on Google Workspace
// (https://developers.google.com/apps-script/guides/services/quotas).
export const DAILY_RECIPIENTS = { consumer: 100, workspace: 1500 } as const;

export interface MailLoad {
  /** Recipients per household per cycle, everything counted (confirmations, reminder, summary…). */
  perHousehold: number;
  /** Of which due on the close day: the final summary. */
  atClosePerHousehold: number;
  /** Recipients at the close that do not grow with households: producer orders and the digest. */
  fixedAtClose: number;
  /** Days the cycle is open: the e-mails before the close spread over them. */
  cycleDays: number;
}

export interface Capacity {
  quota: number;
  /** Households for which every e-mail leaves on the day it is due, the close day included. */
  onTime: number;
  /** Households whose cycle's e-mails fit in the quota of the cycle's days plus the close day, the outbox spreading the rest. */
  withinCycle: number;
  /** Days the outbox needs to send the close's e-mails for `households`. */
  closeDays: (households: number) => number;
}

/**
 * The capacity at a daily quota.
 * @example capacity({ perHousehold: 2.2, atClosePerHousehold: 1, fixedAtClose: 7, cycleDays: 9.5 }, 100).onTime // 82
 */
export function capacity(load: MailLoad, quota: number): Capacity {
  const beforeClose = Math.max(0, load.perHousehold - load.atClosePerHousehold);
  // On the close day: the summaries, the fixed e-mails, and that day's share of confirmations.
  const closeDay = load.atClosePerHousehold + beforeClose / load.cycleDays;
  const onTime = closeDay > 0 ? Math.max(0, Math.floor((quota - load.fixedAtClose) / closeDay)) : Infinity;
  const withinCycle = load.perHousehold > 0 ? Math.max(0, Math.floor((quota * (Math.ceil(load.cycleDays) + 1) - load.fixedAtClose) / load.perHousehold)) : Infinity;
  return {
    quota, onTime, withinCycle,
    closeDays: (households) => Math.max(1, Math.ceil((households * closeDay + load.fixedAtClose) / quota)),
  };
}
