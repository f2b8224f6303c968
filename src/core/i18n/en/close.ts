// English texts: closing a cycle (generated tabs, producer orders, members' summaries, digest).
import type { close as fr } from '../fr/close';
import { listed } from '../listed';
import { greeting, plural, quantity, signature, siteLine, subject, subtotal, unitPrice } from './phrases';

export const close: typeof fr = () => ({
  common: {
    footer: (group: string, coordination: string) => `${group} — any question? Write to the coordinators: ${coordination}`,
    signature,
    greeting,
    noSite: 'No pickup site',
    site: siteLine,
    pickup: (site: string, date: string) => (date ? `Pickup on ${date}: ${site}.` : `Pickup: ${site}.`),
    unnamed: 'Unnamed member',
    total: 'Total',
    subtotal,
    unitPrice,
    quantity,
  },

  producer: {
    tabTitle: (producer: string, cycle: string) => `${producer} — ${cycle}`,
    heldNote: 'Minimum order not reached: order on hold, the coordinators decide whether it goes ahead.',
    byProduct: 'By product',
    bySite: 'By pickup site',
    byMember: 'By member',
    siteTitle: (site: string) => `Site: ${site}`,
    headers: ['Ref', 'Product', 'Unit', 'Quantity', 'Cases', 'Unit price', 'Amount'],
    memberHeaders: ['Member', 'Site', 'Product', 'Quantity', 'Cases', 'Unit price', 'Amount'],
    memberProduct: (product: string, unit: string) => (unit ? `${product} (${unit})` : product),
    subject: subject('our order'),
    title: (cycle: string) => `Group order — ${cycle}`,
    intro: (group: string) => `Here is our group's order for this cycle${group ? ` (${group})` : ''}. The details are also attached (CSV).`,
    pickupIntro: (date: string) => (date ? `Distribution on ${date}:` : 'Distribution:'),
    contact: (coordination: string) => `For any question about this order, write to the coordinators: ${coordination}.`,
    thanks: 'Thank you for your work!',
    detailAttached: (parts: string[]) => `The detail ${listed(parts, 'and')} is too long for this message: it is in the attached CSV file, which holds the whole order.`,
    csvName: (producer: string, cycle: string) => `order-${producer}-${cycle}.csv`,
  },

  distribution: {
    tabName: (site: string) => `Distribution ${site}`,
    beside: (tab: string, other: string, cycles: string) => `Delivered the same day as cycle ${cycles}: the tab ${other} is kept as it is, and this cycle's is ${tab}.`,
    toGroup: 'To the group',
    headers: (producers: string[]) => ['Household', 'Products', ...producers, 'Total', 'Picked up', 'Paid'],
    line: (product: string, producer: string, quantity: string, amount: string) => `${product} (${producer}): ${quantity} — ${amount}`,
    total: 'Total',
  },

  recap: {
    tabName: 'Recap',
    heading: (cycle: string, at: string) => `Recap — ${cycle} — closed on ${at}`,
    producersHeading: 'Producers',
    producerHeaders: ['Producer', 'Amount', 'Minimum', 'Minimum reached', 'Full cases', 'Incomplete cases', 'Status'],
    minimumNone: 'no minimum',
    yes: 'yes',
    no: 'no',
    shortCase: (product: string, missing: string) => `${product}: ${missing} missing`,
    status: {
      ok: 'order sent',
      'below-minimum-cancelled': 'cancelled (minimum not reached)',
      'below-minimum-held': 'on hold: to decide',
      withdrawn: 'cancelled (producer set inactive)',
    },
    nothingToOrder: 'nothing to order: no full case',
    waiting: 'to send: Cabas menu → "Send the order"',
    waitingOutbox: 'in the Outbox: Cabas menu → "Send pending e-mails"',
    householdsHeading: (n: number) => `Households who ordered: ${n}`,
    householdHeaders: ['Household', 'Amount', 'Site', 'Email'],
    rejectionsHeading: (n: number) => `Rejected answers: ${n}`,
    rejectionHeaders: ['Email', 'Received', 'Reasons'],
    none: 'none',
    total: 'Total',
  },

  reason: {
    'order.no-open-cycle': 'no open order',
    'order.after-deadline': 'arrived after the deadline',
    'order.unknown-member': 'unknown address',
    'order.inactive-member': 'inactive membership',
    'order.not-a-number': 'a quantity is not a number',
    'order.negative': 'negative quantity',
    'order.off-step': "quantity off the product's step",
    'order.too-large': 'quantity above the maximum',
    'order.unknown-site': 'unknown pickup site',
    'order.bad-tolerance': 'invalid tolerance',
  },

  member: {
    subject: subject('your final order'),
    title: 'Your final order',
    intro: 'Orders are closed. Here is what you will receive:',
    nothing: 'In the end, no product can be delivered to you this cycle: you have nothing to pay.',
    headers: ['Product', 'Ordered', 'Received', 'Price', 'Amount'],
    changesIntro: 'What changed from your order:',
    change: {
      review: (product: string, ordered: string, received: string) =>
        `${product}: ${received} instead of ${ordered}, the quantity set by the coordinators before the order was sent.`,
      tolerance: (product: string, ordered: string, received: string) =>
        `${product}: ${received} instead of ${ordered}, thanks to your tolerance, to complete a case. Thank you!`,
      case: (product: string, ordered: string, received: string) =>
        `${product}: ${received} instead of ${ordered}, because the case could not be completed.`,
      stock: (product: string, ordered: string, received: string) =>
        `${product}: ${received} instead of ${ordered}, because the producer's stock ran out.`,
      minimum: (product: string, ordered: string, producer: string) =>
        `${product}: ${ordered} cancelled, because the group's orders do not reach ${producer}'s minimum.`,
      withdrawn: (product: string, ordered: string, producer: string) =>
        `${product}: ${ordered} cancelled, because the producer (${producer}) does not deliver this cycle; there is nothing to pay for it.`,
      held: (product: string, ordered: string, producer: string) =>
        `${product}: ${ordered} on hold, because the group's orders do not reach ${producer}'s minimum; the coordinators will tell you whether the order goes ahead.`,
    },
    laterUnits: 'The units you added by editing your order come after the orders received before that edit: they were the first to be taken off.',
    payIntro: 'To pay each producer:',
    payIntroWithGroup: 'To pay each producer, and the group:',
    pay: (producer: string, amount: string, payment: string) => `${producer}: ${amount}${payment ? ` — ${payment}` : ''}`,
    supplement: (amount: string) => `To the group: ${amount}, the part of your price above the producers' prices`,
    heldAmount: (producer: string, amount: string) => `${producer}: ${amount}, only if the order is confirmed`,
    total: (amount: string) => `Total to pay: ${amount}.`,
    duty: (date: string, role: string, site: string) =>
      `You are on duty on ${date}${role ? ` (${role})` : ''}${site ? ` at ${site}` : ''}. Thank you!`,
  },

  digest: {
    subject: subject('closing report'),
    title: (cycle: string) => `Closing — ${cycle}`,
    summary: (households: number, total: string) =>
      `${households} ${plural(households, 'household', 'households')} ordered, for a total of ${total}.`,
    producerHeaders: ['Producer', 'Amount', 'Minimum', 'Status'],
    noMinimum: '—',
    shortCasesIntro: 'Incomplete cases:',
    shortCase: (product: string, producer: string, missing: string) => `${product} (${producer}): ${missing} missing`,
    cutCase: (product: string, producer: string, missing: string) =>
      `${product} (${producer}): case not full, ${missing} short; it is not ordered and the members concerned are told`,
    manualCases: 'Cases are handled by hand: complete or reduce the "Allocated" quantities in Orders before sending.',
    withdrawnIntro: 'Producers set inactive in Producers during the cycle:',
    withdrawn: (producer: string, total: string) => `${producer}: ${total} — order cancelled, the producer got nothing and members are told.`,
    minimumsIntro: 'Minimums not reached:',
    minimumCancelled: (producer: string, total: string, minimum: string) =>
      `${producer}: ${total} of ${minimum} — order cancelled, members are told.`,
    minimumHeld: (producer: string, total: string, minimum: string) =>
      `${producer}: ${total} of ${minimum} — order on hold: yours to decide (the producer got nothing).`,
    rejectionsIntro: (n: number) => `${n} rejected ${plural(n, 'answer', 'answers')}:`,
    rejection: (email: string, at: string, reasons: string) => `${email}, on ${at}: ${reasons}`,
    noRejection: 'No rejected answer.',
    pending: (n: number) =>
      n === 0 ? 'No e-mail waiting in the Outbox.' : `${n} ${plural(n, 'e-mail is', 'e-mails are')} still waiting in the Outbox.`,
    unknownHouseholds: (names: string) =>
      `These households ordered but are no longer in Members (their address or name changed?): ${names}. They pay the catalogue price, with no tariff, and their summary goes to the address of their order. Write the old address or name in the Formerly column of their row of Members (or put it back), then choose "Send the order": the tabs and Payments are made again; an e-mail already sent does not leave again, so tell these households yourselves.`,
    movedIntro: 'These households ordered under an address Members no longer lists; Cabas found them by the Formerly column of Members, or by their name (one row bears it): their tariff applies, their summary goes to their current address, and their balances follow them. If it is not the same household, correct Formerly or give them different names in Members, then "Send the order".',
    movedHousehold: (name: string, former: string, current: string) => `${name}: ordered as ${former}, current address ${current}`,
    groupPays: (producer: string, group: string, members: string) =>
      `${producer}, paid directly: the group pays it ${group}, on top of the ${members} the members hand it (see Payments).`,
    noProducerEmail: (producer: string) => `${producer} has no e-mail address: pass the order on yourselves (the producer's tab).`,
  },

  solidarity: {
    heading: 'Solidarity balance',
    headers: ['Tariff', 'Added (+) or given (−)'],
    tariff: (name: string, households: number) => `${name} (${households} ${plural(households, 'household', 'households')})`,
    balance: 'Balance of the cycle',
    topUp: (producer: string) => `To be paid by the group to ${producer} (paid directly by the members)`,
    belowFloor: (balance: string, floor: string) =>
      `Warning: the solidarity balance (${balance}) is below the threshold set in Settings (${floor}). More support tariffs are needed, or another resource.`,
  },

  held: {
    subject: subject('close waiting for your decision'),
    title: (cycle: string) => `Close on hold — ${cycle}`,
    intro: (households: number) =>
      `The cycle is closed (${households} ${plural(households, 'household', 'households')} served), but no closing e-mail has left: no producer order, no member summary, no digest.`,
    why: 'Why Cabas waits:',
    manual: 'cases are handled by hand (Cases = manual): complete or reduce the "Allocated" column of the Orders tab.',
    minimumHeld: (producers: string) => `${producers} does not reach the minimum (Producer minimum = hold): call the producer, then leave "Allocated" as it is if they deliver, or set it to 0.`,
    autoSendOff: (n: number) =>
      `automatic sending is off (Automatic sending = no): ${n} ${plural(n, 'e-mail waits', 'e-mails wait')} in the Outbox tab.`,
    review: 'To review: the ▸ Recap tab and the producers\' tabs.',
    sendOrder: (menu: string) => `When it is ready: Cabas menu > "${menu}".`,
    sendPending: (menu: string) => `To send them: Cabas menu > "${menu}".`,
  },

  trial: {
    subject: (subject: string) => `[Trial] ${subject}`,
    banner: (to: string) => `Trial: this message is an example. In a real group it would have gone to ${to}; in trial mode it goes to the coordination only.`,
  },
});
