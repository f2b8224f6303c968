// English texts of the workbook contract: tab names, headers, header notes, settings, list words.
// Tab names and headers are fixed by the contract (people type them): change none of them.
import type { workbook as fr } from '../fr/workbook';

export const workbook: typeof fr = {
  tables: {
    settings: 'Settings',
    sites: 'Sites',
    members: 'Members',
    producers: 'Producers',
    products: 'Products',
    cycles: 'Cycles',
    orders: 'Orders',
    log: 'Log',
    outbox: 'Outbox',
    duties: 'Duties',
  },

  headers: {
    settings: { key: 'Setting', value: 'Value', help: 'Help' },
    sites: { name: 'Site', address: 'Address', pickup: 'Pickup', contact: 'Contact' },
    members: { email: 'Email', name: 'Name', phone: 'Phone', site: 'Site', active: 'Active', notes: 'Notes' },
    producers: {
      name: 'Producer', email: 'Email', phone: 'Phone', minimum: 'Minimum order', payment: 'Payment',
      shareNames: 'Share member names', note: 'Note', active: 'Active',
    },
    products: {
      ref: 'Ref', producer: 'Producer', name: 'Product', description: 'Description', unit: 'Unit', price: 'Price',
      step: 'Step', caseSize: 'Case size', maxPerMember: 'Max per member', stock: 'Stock', available: 'Available',
    },
    cycles: { id: 'Cycle', opens: 'Opens', deadline: 'Deadline', pickup: 'Pickup', status: 'Status', form: 'Form' },
    orders: {
      cycle: 'Cycle', submittedAt: 'Submitted', email: 'Email', member: 'Member', site: 'Site', producer: 'Producer',
      ref: 'Ref', product: 'Product', quantity: 'Quantity', tolerance: 'Tolerance', allocated: 'Allocated', price: 'Price',
      amount: 'Amount', responseId: 'Response', status: 'Status', comment: 'Comment', queue: 'Queue',
    },
    log: { date: 'Date', level: 'Level', event: 'Event', who: 'Who', detail: 'Detail' },
    outbox: {
      key: 'Key', kind: 'Kind', to: 'To', subject: 'Subject', status: 'Status', attempts: 'Attempts',
      error: 'Error', sentAt: 'Sent at', content: 'Content',
    },
    duties: { date: 'Date', site: 'Site', role: 'Role', volunteer: 'Volunteer' },
  },

  notes: {
    settings: {
      key: 'The setting’s name, as is (do not change it).',
      value: 'The chosen value. See the Help column.',
      help: 'What the setting does. For information only.',
    },
    sites: {
      name: 'Short name of the pickup site, shown in the form. E.g. Monclar-de-Quercy',
      address: 'Full address. E.g. Salle des fêtes, place de la Mairie, 82230 Monclar-de-Quercy',
      pickup: 'Pickup day and hours. E.g. Friday 5–7 pm',
      contact: 'Who to contact on site (name, phone).',
    },
    members: {
      email: 'The household’s email address: the one used to answer the form. One row per address.',
      name: 'Household name, as shown on the pickup list. E.g. Martin Claire',
      phone: 'Phone (optional). E.g. 06 12 34 56 78',
      site: 'Usual pickup site: a name from the Sites tab (optional).',
      active: 'yes = may order; no = membership on hold (the row is kept).',
      notes: 'Internal notes, never sent.',
    },
    producers: {
      name: 'Producer’s name, used in the Products tab. E.g. Ferme de la Lère',
      email: 'Address that receives the order sheet every cycle.',
      phone: 'Phone (optional).',
      minimum: 'The group’s minimum order, in euros (empty = none). E.g. 80',
      payment: 'How to pay, shown to members. E.g. cheque payable to GAEC de la Lère',
      shareNames: 'yes = the order sheet details each member’s order; no = totals only.',
      note: 'Message to members, shown in the form (optional).',
      active: 'yes = offered in the form; no = paused.',
    },
    products: {
      ref: 'Short unique reference, never reused. E.g. LEG-01',
      producer: 'A name from the Producers tab.',
      name: 'Product name as members will see it. E.g. Heirloom tomatoes',
      description: 'Details (optional). E.g. mixed varieties, medium size',
      unit: 'Unit of sale. E.g. kg, piece, 500 g jar',
      price: 'Price of one unit, in euros. E.g. 4.20',
      step: 'Ordered in steps of (empty = 1). E.g. 0.5 for half kilos',
      caseSize: 'Sold by whole cases of this many units (empty = by the unit). E.g. 6',
      maxPerMember: 'Maximum quantity per household (empty = no limit).',
      stock: 'Quantity available this cycle (empty = no limit).',
      available: 'yes = offered this cycle; no = left out of the form.',
    },
    cycles: {
      id: 'Cycle identifier, written by Cabas. E.g. 2026-12-10',
      opens: 'Date and time orders open.',
      deadline: 'Date and time orders close. E.g. 08/12/2026 20:00',
      pickup: 'Pickup date.',
      status: 'draft, open, closed, sent or archived: written by Cabas.',
      form: 'Link to the order form.',
    },
    orders: {
      cycle: 'Cycle of the order.',
      submittedAt: 'Date and time of the answer.',
      email: 'Household’s email address.',
      member: 'Household name.',
      site: 'Chosen pickup site.',
      producer: 'Producer of the product.',
      ref: 'Product reference.',
      product: 'Product name.',
      quantity: 'Quantity ordered.',
      tolerance: 'Extra units accepted to complete a case.',
      allocated: 'Quantity allocated at close.',
      price: 'Unit price, in euros.',
      amount: 'Line amount, in euros.',
      responseId: 'Form response identifier.',
      status: 'active, replaced, cancelled, allocated or held.',
      comment: 'Member’s comment.',
      queue: 'Place of the household’s first order in the cycle.',
    },
    log: {
      date: 'When it happened.',
      level: 'info, warning or error.',
      event: 'What happened.',
      who: 'Who caused it (email address or Cabas).',
      detail: 'The details.',
    },
    outbox: {
      key: 'Unique key of the message: it is never sent twice.',
      kind: 'Kind of message.',
      to: 'Recipient.',
      subject: 'Subject of the message.',
      status: 'pending, sending, sent or failed.',
      attempts: 'Number of sending attempts.',
      error: 'Last sending error.',
      sentAt: 'Date and time sent.',
      content: 'Content of the message, kept for sending.',
    },
    duties: {
      date: 'Date of the duty. E.g. 11/12/2026',
      site: 'A name from the Sites tab.',
      role: 'What there is to do. E.g. welcome, weighing, tidying up',
      volunteer: 'Volunteer’s email address (a member).',
    },
  },

  lists: {
    yesno: { yes: 'yes', no: 'no' },
    cycleStatus: { draft: 'draft', open: 'open', closed: 'closed', sent: 'sent', archived: 'archived' },
    lineStatus: { active: 'active', replaced: 'replaced', cancelled: 'cancelled', allocated: 'allocated', held: 'held' },
    outboxStatus: { pending: 'pending', sending: 'sending', sent: 'sent', failed: 'failed' },
    logLevel: { info: 'info', warning: 'warning', error: 'error' },
    languages: { fr: 'fr', en: 'en' },
    casePolicy: { automatic: 'automatic', manual: 'manual' },
    minimumPolicy: { cancel: 'cancel', hold: 'hold' },
    emailKind: {
      confirmation: 'confirmation', rejection: 'rejection', cancellation: 'cancellation', reminder: 'reminder',
      'producer-order': 'producer order', 'member-summary': 'final order', digest: 'close digest',
    },
  },

  settings: {
    groupName: {
      label: 'Group name',
      help: 'The group’s name, at the top of the form and of e-mails. E.g. GAC du Pays Midi-Quercy',
    },
    coordinationEmail: {
      label: 'Coordination email',
      help: 'The volunteers’ address: it receives the digests and the members’ replies.',
    },
    locale: { label: 'Language', help: 'Language of the form and e-mails: fr or en.' },
    timeZone: { label: 'Time zone', help: 'Time zone of deadlines, as Europe/Paris.' },
    reminderHours: {
      label: 'Reminder before deadline (hours)',
      help: 'How many hours before the deadline households without an order get a reminder (0 = no reminder).',
    },
    casePolicy: {
      label: 'Cases',
      help: 'automatic: Cabas completes cases with tolerances and drops incomplete ones; manual: the coordinators decide.',
    },
    minimumPolicy: {
      label: 'Producer minimum',
      help: 'When a producer’s minimum is not reached: cancel their lines, or hold them (the coordinators decide).',
    },
    autoSend: {
      label: 'Automatic sending',
      help: 'yes: the closing e-mails go out by themselves; no: they wait for your go-ahead (Cabas menu → "Send the order").',
    },
    maxQuantity: {
      label: 'Maximum quantity per line',
      help: 'The most a household may order of one product (a guard against typing slips; 999 by default). The form and Cabas refuse more.',
    },
  },
};
