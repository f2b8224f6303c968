// French texts: closing a cycle (generated tabs, producer orders, members' summaries, digest).
import { listed } from '../listed';
import { footer, greeting, plural, quantity, signature, siteLine, subject, subtotal, unitPrice } from './phrases';

export const close = () => ({
  common: {
    footer,
    signature,
    greeting,
    noSite: 'Sans lieu de retrait',
    site: siteLine,
    pickup: (site: string, date: string) => (date ? `Retrait le ${date} : ${site}.` : `Retrait : ${site}.`),
    unnamed: 'Adhérent sans nom',
    total: 'Total',
    subtotal,
    unitPrice,
    quantity,
  },

  producer: {
    tabTitle: (producer: string, cycle: string) => `${producer} — ${cycle}`,
    heldNote: 'Minimum de commande non atteint : commande suspendue, la coordination décide si elle est passée.',
    byProduct: 'Par produit',
    bySite: 'Par lieu de retrait',
    byMember: 'Par adhérent',
    siteTitle: (site: string) => `Lieu : ${site}`,
    headers: ['Réf', 'Produit', 'Unité', 'Quantité', 'Colis', 'Prix unitaire', 'Montant'],
    memberHeaders: ['Adhérent', 'Lieu', 'Produit', 'Quantité', 'Colis', 'Prix unitaire', 'Montant'],
    memberProduct: (product: string, unit: string) => (unit ? `${product} (${unit})` : product),
    subject: subject('notre commande'),
    title: (cycle: string) => `Commande du groupement — ${cycle}`,
    intro: (group: string) => `Voici la commande du groupement pour ce cycle${group ? ` (${group})` : ''}. Le détail est aussi en pièce jointe (CSV).`,
    pickupIntro: (date: string) => (date ? `Distribution le ${date} :` : 'Distribution :'),
    contact: (coordination: string) => `Pour toute question sur cette commande, écrivez à la coordination : ${coordination}.`,
    thanks: 'Merci pour votre travail !',
    detailAttached: (parts: string[]) => `Le détail ${listed(parts, 'et')} est trop long pour ce message : il est dans le fichier joint (CSV), qui contient toute la commande.`,
    csvName: (producer: string, cycle: string) => `commande-${producer}-${cycle}.csv`,
  },

  distribution: {
    tabName: (site: string) => `Distribution ${site}`,
    beside: (tab: string, other: string, cycles: string) => `Distribution le même jour que le cycle ${cycles} : l’onglet ${other} est gardé tel quel, et celui de ce cycle est ${tab}.`,
    toGroup: 'Au groupement',
    headers: (producers: string[]) => ['Foyer', 'Produits', ...producers, 'Total', 'Retiré', 'Payé'],
    line: (product: string, producer: string, quantity: string, amount: string) => `${product} (${producer}) : ${quantity} — ${amount}`,
    total: 'Total',
  },

  recap: {
    tabName: 'Récap',
    heading: (cycle: string, at: string) => `Récap — ${cycle} — clôturé le ${at}`,
    producersHeading: 'Producteurs',
    producerHeaders: ['Producteur', 'Montant', 'Minimum', 'Minimum atteint', 'Colis complets', 'Colis incomplets', 'Statut'],
    minimumNone: 'pas de minimum',
    yes: 'oui',
    no: 'non',
    shortCase: (product: string, missing: string) => `${product} : il manque ${missing}`,
    status: {
      ok: 'commande envoyée',
      'below-minimum-cancelled': 'annulée (minimum non atteint)',
      'below-minimum-held': 'suspendue : à décider',
      withdrawn: 'annulée (producteur désactivé)',
    },
    nothingToOrder: 'rien à commander : aucun colis complet',
    waiting: 'à envoyer : menu Cabas > « Envoyer la commande »',
    waitingOutbox: 'dans Envois : menu Cabas > « Envoyer les e-mails en attente »',
    householdsHeading: (n: number) => `Foyers qui ont commandé : ${n}`,
    householdHeaders: ['Foyer', 'Montant', 'Lieu', 'E-mail'],
    rejectionsHeading: (n: number) => `Réponses refusées : ${n}`,
    rejectionHeaders: ['E-mail', 'Reçue le', 'Motifs'],
    none: 'aucune',
    total: 'Total',
  },

  reason: {
    'order.no-open-cycle': 'aucune commande ouverte',
    'order.after-deadline': 'arrivée après la clôture',
    'order.unknown-member': 'adresse inconnue',
    'order.inactive-member': 'adhésion inactive',
    'order.not-a-number': "une quantité n'est pas un nombre",
    'order.negative': 'quantité négative',
    'order.off-step': 'quantité hors du pas du produit',
    'order.too-large': 'quantité au-delà du maximum',
    'order.unknown-site': 'lieu de retrait inconnu',
    'order.bad-tolerance': 'tolérance invalide',
  } as Record<string, string>,

  member: {
    subject: subject('votre commande définitive'),
    title: 'Votre commande définitive',
    intro: 'Les commandes sont closes. Voici ce que vous recevrez :',
    nothing: 'Finalement, aucun produit ne pourra vous être livré pour ce cycle : vous n’avez rien à régler.',
    headers: ['Produit', 'Commandé', 'Reçu', 'Prix', 'Montant'],
    changesIntro: 'Ce qui a changé par rapport à votre commande :',
    change: {
      review: (product: string, ordered: string, received: string) =>
        `${product} : ${received} au lieu de ${ordered}, la quantité revue par la coordination avant l’envoi de la commande.`,
      tolerance: (product: string, ordered: string, received: string) =>
        `${product} : ${received} au lieu de ${ordered}, grâce à votre tolérance, pour compléter un colis. Merci !`,
      case: (product: string, ordered: string, received: string) =>
        `${product} : ${received} au lieu de ${ordered}, car le colis n’a pas pu être complété.`,
      stock: (product: string, ordered: string, received: string) =>
        `${product} : ${received} au lieu de ${ordered}, car le stock du producteur est épuisé.`,
      minimum: (product: string, ordered: string, producer: string) =>
        `${product} : commande de ${ordered} annulée, car les commandes du groupement n’atteignent pas le minimum de commande du producteur (${producer}).`,
      withdrawn: (product: string, ordered: string, producer: string) =>
        `${product} : commande de ${ordered} annulée, car le producteur (${producer}) ne livre pas ce cycle-ci ; il n’y a rien à payer pour elle.`,
      held: (product: string, ordered: string, producer: string) =>
        `${product} : commande de ${ordered} en attente, car les commandes du groupement n’atteignent pas le minimum de commande du producteur (${producer}) ; la coordination vous dira si la commande est passée.`,
    },
    laterUnits: 'Les unités ajoutées en modifiant votre commande passent après les commandes reçues avant cette modification : ce sont elles qui ont été retirées en premier.',
    payIntro: 'À régler à chaque producteur :',
    payIntroWithGroup: 'À régler à chaque producteur, et au groupement :',
    pay: (producer: string, amount: string, payment: string) => `${producer} : ${amount}${payment ? ` — ${payment}` : ''}`,
    supplement: (amount: string) => `Au groupement : ${amount}, la part de votre tarif au-delà du prix des producteurs`,
    heldAmount: (producer: string, amount: string) => `${producer} : ${amount}, seulement si la commande est confirmée`,
    total: (amount: string) => `Total à régler : ${amount}.`,
    duty: (date: string, role: string, site: string) =>
      `Vous êtes de permanence le ${date}${role ? ` (${role})` : ''}${site ? ` à ${site}` : ''}. Merci !`,
  },

  digest: {
    subject: subject('bilan de la clôture'),
    title: (cycle: string) => `Clôture — ${cycle}`,
    summary: (households: number, total: string) =>
      `${households} ${plural(households, 'foyer a commandé', 'foyers ont commandé')}, pour un total de ${total}.`,
    producerHeaders: ['Producteur', 'Montant', 'Minimum', 'Statut'],
    noMinimum: '—',
    shortCasesIntro: 'Colis incomplets :',
    shortCase: (product: string, producer: string, missing: string) => `${product} (${producer}) : il manque ${missing}`,
    cutCase: (product: string, producer: string, missing: string) =>
      `${product} (${producer}) : colis incomplet, il manquait ${missing} ; il n’est pas commandé et les adhérents concernés sont prévenus`,
    manualCases: 'Les colis sont gérés à la main : complétez ou réduisez les quantités « Attribué » dans Commandes avant d’envoyer.',
    withdrawnIntro: 'Producteurs désactivés dans Producteurs pendant le cycle :',
    withdrawn: (producer: string, total: string) => `${producer} : ${total} — commande annulée, le producteur n’a rien reçu et les adhérents sont prévenus.`,
    minimumsIntro: 'Minimums non atteints :',
    minimumCancelled: (producer: string, total: string, minimum: string) =>
      `${producer} : ${total} sur ${minimum} — commande annulée, les adhérents sont prévenus.`,
    minimumHeld: (producer: string, total: string, minimum: string) =>
      `${producer} : ${total} sur ${minimum} — commande suspendue : à vous de décider (le producteur n’a rien reçu).`,
    rejectionsIntro: (n: number) => `${n} ${plural(n, 'réponse refusée', 'réponses refusées')} :`,
    rejection: (email: string, at: string, reasons: string) => `${email}, le ${at} : ${reasons}`,
    noRejection: 'Aucune réponse refusée.',
    pending: (n: number) =>
      n === 0 ? 'Aucun e-mail en attente dans Envois.' : `${n} ${plural(n, 'e-mail attend', 'e-mails attendent')} encore dans Envois.`,
    unknownHouseholds: (names: string) =>
      `Ces foyers ont commandé mais ne sont plus dans Adhérents (leur adresse ou leur nom a changé ?) : ${names}. Ils paient le prix du catalogue, sans tarif, et leur récapitulatif part à l’adresse de leur commande. Écrivez l’ancienne adresse ou l’ancien nom dans la colonne Anciennement de leur ligne d’Adhérents (ou remettez-les), puis choisissez « Envoyer la commande » : les onglets et Paiements seront refaits ; un e-mail déjà parti ne repart pas, prévenez ces foyers vous-mêmes.`,
    movedIntro: 'Ces foyers ont commandé sous une adresse qu’Adhérents ne connaît plus ; Cabas les a retrouvés par la colonne Anciennement d’Adhérents, ou par leur nom (une seule ligne le porte) : leur tarif s’applique, leur récapitulatif part à leur adresse actuelle, et leurs soldes se suivent. Si ce n’est pas le même foyer, corrigez Anciennement ou donnez-leur des noms différents dans Adhérents, puis « Envoyer la commande ».',
    movedHousehold: (name: string, former: string, current: string) => `${name} : commande sous ${former}, adresse actuelle ${current}`,
    groupPays: (producer: string, group: string, members: string) =>
      `${producer}, payé en direct : le groupement lui verse ${group}, en plus des ${members} que lui remettent les adhérents (voir Paiements).`,
    noProducerEmail: (producer: string) => `${producer} n’a pas d’adresse e-mail : transmettez-lui sa commande (onglet du producteur).`,
  },

  /** The solidarity balance in Récap (coordinators only): per tariff, never per household. */
  solidarity: {
    heading: 'Solde solidaire',
    headers: ['Tarif', 'Apport (+) ou aide (−)'],
    tariff: (name: string, households: number) => `${name} (${households} ${plural(households, 'foyer', 'foyers')})`,
    balance: 'Solde du cycle',
    topUp: (producer: string) => `À verser par le groupement à ${producer} (payé en direct par les adhérents)`,
    belowFloor: (balance: string, floor: string) =>
      `Attention : le solde solidaire (${balance}) est sous le seuil fixé dans Paramètres (${floor}). Il faut plus de tarifs de soutien, ou une autre ressource.`,
  },

  held: {
    subject: subject('clôture en attente de votre décision'),
    title: (cycle: string) => `Clôture en attente — ${cycle}`,
    intro: (households: number) =>
      `Le cycle est clôturé (${households} ${plural(households, 'foyer', 'foyers')} servis), mais aucun e-mail de clôture n’est parti : ni les commandes aux producteurs, ni les récapitulatifs des adhérents, ni le bilan.`,
    why: 'Pourquoi Cabas attend :',
    manual: 'les colis sont gérés à la main (Colis = manuel) : complétez ou réduisez la colonne « Attribué » de l’onglet Commandes.',
    minimumHeld: (producers: string) => `${producers} n’atteint pas son minimum (Minimum producteur = suspendre) : appelez le producteur, puis laissez « Attribué » tel quel s’il livre, ou mettez-le à 0.`,
    autoSendOff: (n: number) =>
      `l’envoi automatique est désactivé (Envoi automatique = non) : ${n} ${plural(n, 'e-mail attend', 'e-mails attendent')} dans l’onglet Envois.`,
    review: 'À relire : l’onglet ▸ Récap et les onglets des producteurs.',
    sendOrder: (menu: string) => `Quand c’est prêt : menu Cabas > « ${menu} ».`,
    sendPending: (menu: string) => `Pour les envoyer : menu Cabas > « ${menu} ».`,
  },

  trial: {
    subject: (subject: string) => `[Essai] ${subject}`,
    banner: (to: string) => `Essai : ce message est un exemple. Dans un vrai groupement, il serait parti à ${to} ; en mode essai, il ne part qu’à la coordination.`,
  },
});
