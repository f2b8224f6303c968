// English texts: the order flow of a cycle (form, member e-mails at submission, reminder, live recap).
import type { orders as fr } from '../fr/orders';
import { greeting, plural, quantity, signature, siteLine, subject, subtotal, unitPrice } from './phrases';

export const orders: typeof fr = () => ({
  cycle: {
    range: (from, to) => `order from ${from} to ${to}`,
    until: (to) => `order until ${to}`,
    on: (day) => `order of ${day}`,
  },

  form: {
    title: (group, cycle) => `${group} — ${cycle}`,
    pickup: (date) => `Pickup on ${date}:`,
    pickupUndated: 'Pickup:',
    site: (name, address, hours) => `• ${siteLine(name, address, hours)}`,
    deadline: (deadline) => `Orders are open until ${deadline}.`,
    edit: (deadline) =>
      `Once you submit, you get a confirmation e-mail with a link to edit your answers until ${deadline}. To cancel, submit the form again with 0 everywhere.`,
    confirmation: (deadline) =>
      `Thank you, your order is recorded! A confirmation e-mail is on its way with the details and a link to edit it until ${deadline}.`,
    closed:
      'Orders for this cycle are closed. The coordinators are preparing the orders for the producers; every household will get an e-mail with what they will receive and the amount to pay. See you next cycle!',
    siteTitle: 'Pickup site',
    siteHelp: 'Where will you collect your order?',
    questionTitle: (product, price, unit) => `${product} — ${price} / ${unit}`,
    questionTitleWithRef: (title, ref) => `${title} [${ref}]`,
    step: (step, unit) => `In steps of ${step} ${unit}.`,
    caseAutomatic: (size) => `Sold by cases of ${size}: incomplete cases are filled thanks to tolerances.`,
    caseManual: (size) => `Sold by cases of ${size}: the coordinators complete incomplete cases.`,
    max: (max) => `At most ${max} per household.`,
    errorWhole: 'Enter a whole number (0 if you do not want any).',
    errorDecimal: (step) => `Enter a multiple of ${step} (0 if you do not want any).`,
    errorMax: (max) => `At most ${max}.`,
    minimum: (amount) => `This producer delivers from ${amount} of orders for the group.`,
    toleranceTitle: (max) => `To complete a case, I accept up to ${max} more ${plural(max, 'unit', 'units')} per product`,
    toleranceHelp:
      'Some products are only delivered by whole cases. If a case is nearly full, you can help complete it: say how many extra units you would accept (0 = only my order).',
    commentTitle: 'A note for the coordinators?',
    commentHelp: 'Optional: a detail, a question, an absence at pickup…',
  },

  problem: {
    'order.no-open-cycle': () => 'No order cycle is open at the moment.',
    'order.after-deadline': () => 'Orders for this cycle had already closed when your answer arrived.',
    'order.unknown-member': (email) => `The address ${email} is not on the group's list of members.`,
    'order.inactive-member': (email) => `The membership of ${email} is not active at the moment.`,
    'order.not-a-number': (value, product) => `"${value}" for ${product}: this is not a number.`,
    'order.negative': (value, product) => `"${value}" for ${product}: the quantity cannot be negative.`,
    'order.off-step': (value, product, step) => `"${value}" for ${product}: the quantity must be a multiple of ${step}.`,
    'order.too-large': (value, product, max) => `"${value}" for ${product}: more than the group accepts in one order, at most ${max}.`,
    'order.unknown-site': (site) => (site ? `The pickup site "${site}" does not exist for this cycle.` : 'No pickup site was chosen.'),
    'order.bad-tolerance': (value, max) => `"${value}" for the tolerance: enter a whole number from 0 to ${max}.`,
    unknown: (code) => `Your order could not be taken into account (${code}).`,
  },

  cap: {
    'max-per-member': (product, asked, granted) =>
      `${product}: you asked for ${asked}, reduced to ${granted}, the maximum per household.`,
    stock: (product, asked, granted) =>
      granted === '0'
        ? `${product}: you asked for ${asked}, but none is left in stock.`
        : `${product}: you asked for ${asked}, reduced to ${granted}, all that is left in stock.`,
  },

  email: {
    greeting,
    footer: (group, coordination) => `${group} — a question? Write to the coordinators: ${coordination}`,
    signature,
    pickup: (site, address, hours, date) =>
      `Pickup: ${site}${address ? `, ${address}` : ''}${date ? `, on ${date}` : ''}${hours ? ` (${hours})` : ''}.`,
    deadline: (deadline) => `Orders are open until ${deadline}.`,
    editLink: 'Edit my order',
    editHint: (deadline) => `You can edit your order until ${deadline} with this link (to cancel it, enter 0 everywhere):`,

    confirmationSubject: subject('your order is recorded'),
    confirmationTitle: 'Your order is recorded',
    confirmationIntro: 'Thank you! Here is what we have noted for you:',
    confirmationEmpty: 'No product could be kept for you, for the reason below:',
    replaces: 'This order replaces your previous one: only this one counts.',
    headers: ['Product', 'Quantity', 'Price', 'Amount'],
    unitPrice,
    quantity,
    subtotal,
    total: 'Total',
    estimate:
      'This amount is an estimate: the final amount (whether cases were completed, stock) will be sent to you at the close, with how to pay.',
    capsIntro: 'We had to adjust some quantities:',
    laterIntro:
      'The units you add to products sold by the case come after the orders already received: if a case cannot be completed, they are the first to be taken off.',
    laterItem: (product, added) => `${product}: +${added}`,
    tolerance: (n) =>
      `To complete cases, you accept up to ${n} more ${plural(n, 'unit', 'units')} per product sold by the case. Thank you!`,
    noTolerance: 'You offered no tolerance to complete cases: you will receive at most what you ordered.',
    comment: (text) => `Your note for the coordinators: "${text}"`,

    cancellationSubject: subject('order cancelled'),
    cancellationTitle: 'Your order is cancelled',
    cancellationBody: 'You submitted the form again with 0 everywhere: we have withdrawn your order. You will receive nothing this cycle.',
    cancellationEmpty: 'You submitted the form with 0 everywhere: no order is recorded for you this cycle.',
    cancellationChange: (deadline) => `Changed your mind? You can still order until ${deadline}:`,
    orderLink: 'Order',
    /** The same, for an order the coordination entered (its sidebar): no form to send again. */
    cancellationEntered: 'The coordination has withdrawn your order, as you asked: you will receive nothing this cycle.',
    cancellationEnteredChange: (deadline) => `Changed your mind? Tell the coordination before ${deadline}.`,

    rejectionSubject: subject('your order was not taken into account'),
    rejectionSubjectNoCycle: (group) => `${group}: your order was not taken into account`,
    rejectionTitle: 'Your order was not taken into account',
    rejectionIntro: (at) => `We received your answer of ${at}, but could not record it:`,
    rejectionFix: (deadline) => `Nothing was recorded. Fix your answer and submit it again before ${deadline} with this link:`,
    rejectionFixNoLink: (deadline) => `Nothing was recorded. Fix your answer and submit the form again before ${deadline}.`,
    rejectionContact: (coordination) =>
      `If you think this is a mistake, write to the coordinators: ${coordination}. They can help.`,
    rejectionClosed: (coordination) => `It is too late for this cycle. If it matters, write to the coordinators: ${coordination}.`,
    formLink: 'Open the form',

    reminderSubject: subject('remember to order'),
    reminderTitle: 'A quick reminder: orders close soon',
    reminderBody: (deadline) => `We have no order from your household yet for this cycle. Orders close on ${deadline}.`,
    reminderSkip: 'Nothing needed this time? Just ignore this message.',
  },

  recap: {
    tabName: 'Recap',
    heading: (cycle) => `Live summary — ${cycle}`,
    households: (n) => (n === 0 ? 'No household has ordered yet' : `${n} ${plural(n, 'household has ordered', 'households have ordered')}`),
    updatedAt: (at) => `Updated on ${at}`,
    headers: ['Producer', 'Ref', 'Product', 'Unit', 'Ordered', 'Tolerance offered', 'Case size', 'Case fill', 'Stock left', 'Amount'],
    fillComplete: (filled, size, cases) => (cases === 1 ? `${filled} / ${size} — full` : `${filled} / ${size} — ${cases} full cases`),
    fillMissing: (filled, size, cases, missing) =>
      cases === 0
        ? `${filled} / ${size} — ${missing} short`
        : `${filled} / ${size} — ${cases} full ${plural(cases, 'case', 'cases')}, ${missing} short of the next`,
    fillTolerance: ' (tolerances can complete it)',
    fillStock: ' (the stock left cannot complete it)',
    unlimited: 'no limit',
    producersHeading: 'By producer',
    producerHeaders: ['Producer', '', 'Minimum order', '', '', '', '', '', '', 'Amount'],
    noMinimum: 'no minimum',
    minimumReached: (minimum) => `${minimum} — reached`,
    minimumMissing: (minimum, missing) => `${minimum} — not reached yet (${missing} short)`,
    total: 'Total',
  },

  tariff: {
    formNote: 'Prices shown are the catalogue’s. If your household has a solidarity or support tariff, your confirmation shows your prices.',
    yourPrices: (name: string) => `Prices at your tariff (${name}).`,
  },

  volunteer: {
    question: (date: string) => `I can help at the pickup on ${date}`,
    questionHelp: 'Optional: choose the site where you can lend a hand. You will get a reminder two days before.',
    role: 'volunteer',
    reminderSubject: (group: string, date: string) => `${group} — your duty on ${date}`,
    reminderTitle: 'Your duty',
    reminderIntro: (date: string, site: string, role: string) => `Thank you for helping! You are on duty on ${date} at ${site}${role ? ` (${role})` : ''}.`,
    where: (address: string, hours: string) => `Where and when: ${[address, hours].filter(Boolean).join(', ')}.`,
    bring: (what: string) => `To bring: ${what}.`,
    contact: (who: string) => `On site, the contact is ${who}.`,
    cannot: 'Something came up? Tell the coordinators by replying to this message.',
    alertSubject: (group: string, date: string) => `${group} — volunteers missing for ${date}`,
    alertTitle: 'Volunteers missing',
    alertIntro: (date: string) => `For the pickup on ${date}, volunteers are missing:`,
    alertSite: (site: string, have: number, need: number) => `${site}: ${have} of ${need}`,
    askIntro: (site: string) => `At ${site}, the households who have not helped for the longest time (a personal ask works better than a general call):`,
    candidate: (name: string, phone: string, last: string) => `${name}${phone ? `, ${phone}` : ''} — ${last}`,
    neverServed: 'never on duty',
    lastServed: (date: string) => `last on duty on ${date}`,
    noCandidate: 'no other household to suggest: all were asked last time.',
    alertOutro: 'Households named in the last alert are not suggested this time. Add the volunteers you find to the Duties tab.',
    unknownSitesIntro: 'These volunteers signed up for that day under a site the Sites tab does not know (a site renamed?): they count for no site until Duties gives the site’s name as Sites writes it.',
    unknownSite: (site: string, who: string) => `"${site}": ${who}`,
  },
});
