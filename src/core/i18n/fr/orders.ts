// French texts: the order flow of a cycle (form, member e-mails at submission, reminder, live recap).
import { footer, greeting, plural, quantity, signature, siteLine, subject, subtotal, unitPrice } from './phrases';

export const orders = () => ({
  cycle: {
    range: (from: string, to: string) => `commande du ${from} au ${to}`,
    until: (to: string) => `commande jusqu'au ${to}`,
    on: (day: string) => `commande du ${day}`,
  },

  form: {
    title: (group: string, cycle: string) => `${group} — ${cycle}`,
    pickup: (date: string) => `Retrait des commandes le ${date} :`,
    pickupUndated: 'Retrait des commandes :',
    site: (name: string, address: string, hours: string) => `• ${siteLine(name, address, hours)}`,
    deadline: (deadline: string) => `Commandes ouvertes jusqu'au ${deadline}.`,
    edit: (deadline: string) =>
      `Après l'envoi, vous recevez un e-mail de confirmation avec un lien pour modifier vos réponses jusqu'au ${deadline}. Pour annuler, renvoyez le formulaire avec 0 partout.`,
    confirmation: (deadline: string) =>
      `Merci, votre commande est bien enregistrée ! Un e-mail de confirmation arrive avec le détail et le lien pour la modifier jusqu'au ${deadline}.`,
    closed:
      "Les commandes de ce cycle sont closes. La coordination prépare les commandes aux producteurs ; chaque foyer va recevoir par e-mail ce qu'il recevra et le montant à régler. À bientôt pour le prochain cycle !",
    siteTitle: 'Lieu de retrait',
    siteHelp: 'Où venez-vous chercher votre commande ?',
    questionTitle: (product: string, price: string, unit: string) => `${product} — ${price} / ${unit}`,
    questionTitleWithRef: (title: string, ref: string) => `${title} [${ref}]`,
    step: (step: string, unit: string) => `Par ${step} ${unit}.`,
    caseAutomatic: (size: string) =>
      `Vendu par colis de ${size} : les colis incomplets sont complétés grâce aux tolérances.`,
    caseManual: (size: string) =>
      `Vendu par colis de ${size} : la coordination complète les colis incomplets.`,
    max: (max: string) => `Maximum ${max} par adhérent.`,
    errorWhole: 'Indiquez un nombre entier (0 si vous n’en voulez pas).',
    errorDecimal: (step: string) => `Indiquez un multiple de ${step} (0 si vous n’en voulez pas).`,
    errorMax: (max: string) => `Au maximum ${max}.`,
    minimum: (amount: string) => `Ce producteur livre à partir de ${amount} de commandes pour le groupement.`,
    toleranceTitle: (max: number) =>
      `Pour compléter un colis, j'accepte jusqu'à ${max} ${plural(max, 'unité', 'unités')} de plus par produit`,
    toleranceHelp:
      "Certains produits ne sont livrés que par colis entiers. Si un colis est presque plein, vous pouvez aider à le compléter : indiquez combien d'unités en plus vous accepteriez (0 = uniquement ma commande).",
    commentTitle: 'Un mot pour la coordination ?',
    commentHelp: 'Facultatif : une précision, une question, une absence au retrait…',
  },

  problem: {
    'order.no-open-cycle': () => "Aucune commande n'est ouverte en ce moment.",
    'order.after-deadline': () => 'Les commandes de ce cycle étaient déjà closes quand votre réponse est arrivée.',
    'order.unknown-member': (email: string) =>
      `L'adresse ${email} ne figure pas dans la liste des adhérents du groupement.`,
    'order.inactive-member': (email: string) =>
      `L'adhésion liée à l'adresse ${email} n'est pas active en ce moment.`,
    'order.not-a-number': (value: string, product: string) =>
      `« ${value} » pour ${product} : ce n'est pas un nombre.`,
    'order.negative': (value: string, product: string) =>
      `« ${value} » pour ${product} : la quantité ne peut pas être négative.`,
    'order.off-step': (value: string, product: string, step: string) =>
      `« ${value} » pour ${product} : la quantité doit être un multiple de ${step}.`,
    'order.too-large': (value: string, product: string, max: string) =>
      `« ${value} » pour ${product} : c'est plus que le groupement n'en accepte par commande, au maximum ${max}.`,
    'order.unknown-site': (site: string) =>
      site ? `Le lieu de retrait « ${site} » n'existe pas pour ce cycle.` : "Aucun lieu de retrait n'a été choisi.",
    'order.bad-tolerance': (value: string, max: number) =>
      `« ${value} » pour la tolérance : indiquez un nombre entier entre 0 et ${max}.`,
    unknown: (code: string) => `Votre commande n'a pas pu être prise en compte (${code}).`,
  },

  cap: {
    'max-per-member': (product: string, asked: string, granted: string) =>
      `${product} : vous avez demandé ${asked}, ramené à ${granted}, le maximum par adhérent.`,
    stock: (product: string, asked: string, granted: string) =>
      granted === '0'
        ? `${product} : vous avez demandé ${asked}, mais il n'en reste plus en stock.`
        : `${product} : vous avez demandé ${asked}, ramené à ${granted}, tout ce qui reste en stock.`,
  },

  email: {
    greeting,
    footer,
    signature,
    pickup: (site: string, address: string, hours: string, date: string) =>
      `Retrait : ${site}${address ? `, ${address}` : ''}${date ? `, le ${date}` : ''}${hours ? ` (${hours})` : ''}.`,
    deadline: (deadline: string) => `Les commandes sont ouvertes jusqu'au ${deadline}.`,
    editLink: 'Modifier ma commande',
    editHint: (deadline: string) =>
      `Vous pouvez modifier votre commande jusqu'au ${deadline} avec ce lien (pour l'annuler, mettez 0 partout) :`,

    confirmationSubject: subject('votre commande est enregistrée'),
    confirmationTitle: 'Votre commande est enregistrée',
    confirmationIntro: 'Merci ! Voici ce que nous avons noté pour vous :',
    confirmationEmpty: "Aucun produit n'a pu être retenu pour vous, pour la raison ci-dessous :",
    replaces: 'Cette commande remplace la précédente : seule celle-ci compte.',
    headers: ['Produit', 'Quantité', 'Prix', 'Montant'],
    unitPrice,
    quantity,
    subtotal,
    total: 'Total',
    estimate:
      'Ce montant est une estimation : le montant définitif (colis complétés ou non, stock) vous sera envoyé à la clôture, avec les modalités de règlement.',
    capsIntro: 'Nous avons dû ajuster certaines quantités :',
    laterIntro:
      'Les unités que vous ajoutez aux produits vendus au colis passent après les commandes déjà reçues : si un colis ne peut pas être complété, ce sont elles qui seront retirées en premier.',
    laterItem: (product: string, added: string) => `${product} : +${added}`,
    tolerance: (n: number) =>
      `Pour compléter les colis, vous acceptez jusqu'à ${n} ${plural(n, 'unité', 'unités')} de plus par produit vendu au colis. Merci !`,
    noTolerance: "Vous n'avez pas proposé de tolérance pour compléter les colis : vous recevrez au plus ce que vous avez commandé.",
    comment: (text: string) => `Votre mot pour la coordination : « ${text} »`,

    cancellationSubject: subject('commande annulée'),
    cancellationTitle: 'Votre commande est annulée',
    cancellationBody: "Vous avez renvoyé le formulaire avec 0 partout : nous avons retiré votre commande. Vous ne recevrez rien pour ce cycle.",
    cancellationEmpty: "Vous avez envoyé le formulaire avec 0 partout : aucune commande n'est enregistrée pour vous pour ce cycle.",
    cancellationChange: (deadline: string) =>
      `Vous avez changé d'avis ? Vous pouvez encore commander jusqu'au ${deadline} :`,
    orderLink: 'Commander',
    /** The same, for an order the coordination entered (its sidebar): no form to send again. */
    cancellationEntered: 'La coordination a retiré votre commande, comme vous l’avez demandé : vous ne recevrez rien pour ce cycle.',
    cancellationEnteredChange: (deadline: string) => `Vous avez changé d'avis ? Dites-le à la coordination avant le ${deadline}.`,

    rejectionSubject: subject("votre commande n'a pas été prise en compte"),
    rejectionSubjectNoCycle: (group: string) => `${group} : votre commande n'a pas été prise en compte`,
    rejectionTitle: "Votre commande n'a pas été prise en compte",
    rejectionIntro: (at: string) => `Nous avons bien reçu votre réponse du ${at}, mais nous n'avons pas pu l'enregistrer :`,
    rejectionFix: (deadline: string) =>
      `Rien n'a été enregistré. Corrigez votre réponse et renvoyez-la avant le ${deadline} avec ce lien :`,
    rejectionFixNoLink: (deadline: string) =>
      `Rien n'a été enregistré. Corrigez votre réponse et renvoyez le formulaire avant le ${deadline}.`,
    rejectionContact: (coordination: string) =>
      `Si vous pensez que c'est une erreur, écrivez à la coordination : ${coordination}. Elle pourra vous aider.`,
    rejectionClosed: (coordination: string) =>
      `Pour ce cycle, c'est trop tard. Si c'est important, écrivez à la coordination : ${coordination}.`,
    formLink: 'Ouvrir le formulaire',

    reminderSubject: subject('pensez à commander'),
    reminderTitle: 'Petit rappel : les commandes ferment bientôt',
    reminderBody: (deadline: string) =>
      `Nous n'avons pas encore de commande de votre foyer pour ce cycle. Les commandes ferment le ${deadline}.`,
    reminderSkip: "Pas besoin cette fois ? Ignorez simplement ce message.",
  },

  recap: {
    tabName: 'Récap',
    heading: (cycle: string) => `Récap en cours — ${cycle}`,
    households: (n: number) =>
      n === 0 ? "Aucun foyer n'a encore commandé" : `${n} ${plural(n, 'foyer a commandé', 'foyers ont commandé')}`,
    updatedAt: (at: string) => `Mis à jour le ${at}`,
    headers: ['Producteur', 'Réf', 'Produit', 'Unité', 'Commandé', 'Tolérance offerte', 'Colis', 'Remplissage', 'Stock restant', 'Montant'],
    fillComplete: (filled: string, size: string, cases: number) =>
      cases === 1 ? `${filled} / ${size} — complet` : `${filled} / ${size} — ${cases} colis complets`,
    fillMissing: (filled: string, size: string, cases: number, missing: string) =>
      cases === 0
        ? `${filled} / ${size} — il manque ${missing}`
        : `${filled} / ${size} — ${cases} ${plural(cases, 'colis complet', 'colis complets')}, il manque ${missing} pour le suivant`,
    fillTolerance: ' (les tolérances peuvent le compléter)',
    fillStock: ' (le stock ne permet pas de le compléter)',
    unlimited: 'sans limite',
    producersHeading: 'Par producteur',
    producerHeaders: ['Producteur', '', 'Minimum de commande', '', '', '', '', '', '', 'Montant'],
    noMinimum: 'pas de minimum',
    minimumReached: (minimum: string) => `${minimum} — atteint`,
    minimumMissing: (minimum: string, missing: string) => `${minimum} — pas encore atteint (il manque ${missing})`,
    total: 'Total',
  },

  /** A household's own tariff: said only to that household. */
  tariff: {
    formNote: 'Les prix affichés sont ceux du catalogue. Si votre foyer a un tarif solidaire ou de soutien, votre confirmation montre vos prix.',
    yourPrices: (name: string) => `Prix à votre tarif (${name}).`,
  },

  /** Volunteer duties: the Form's offer to help, the volunteers' reminder, the coordination's alert. */
  volunteer: {
    question: (date: string) => `Je peux aider à la distribution du ${date}`,
    questionHelp: 'Facultatif : choisissez le lieu où vous pouvez donner un coup de main. Vous recevrez un rappel deux jours avant.',
    role: 'bénévole',
    reminderSubject: (group: string, date: string) => `${group} — votre permanence du ${date}`,
    reminderTitle: 'Votre permanence',
    reminderIntro: (date: string, site: string, role: string) => `Merci de votre aide ! Vous êtes de permanence le ${date} à ${site}${role ? ` (${role})` : ''}.`,
    where: (address: string, hours: string) => `Où et quand : ${[address, hours].filter(Boolean).join(', ')}.`,
    bring: (what: string) => `À apporter : ${what}.`,
    contact: (who: string) => `Sur place, le contact est ${who}.`,
    cannot: 'Un empêchement ? Prévenez la coordination en répondant à ce message.',
    alertSubject: (group: string, date: string) => `${group} — il manque des bénévoles pour le ${date}`,
    alertTitle: 'Il manque des bénévoles',
    alertIntro: (date: string) => `Pour la distribution du ${date}, il manque des bénévoles :`,
    alertSite: (site: string, have: number, need: number) => `${site} : ${have} sur ${need}`,
    askIntro: (site: string) => `À ${site}, les foyers qui n’ont pas aidé depuis le plus longtemps (une demande personnelle marche mieux qu’un appel général) :`,
    candidate: (name: string, phone: string, last: string) => `${name}${phone ? `, ${phone}` : ''} — ${last}`,
    neverServed: 'jamais de permanence',
    lastServed: (date: string) => `dernière permanence le ${date}`,
    noCandidate: 'aucun autre foyer à proposer : tous ont déjà été sollicités la dernière fois.',
    alertOutro: 'Les foyers sollicités par la dernière alerte ne sont pas proposés cette fois. Ajoutez les bénévoles trouvés dans l’onglet Permanences.',
    unknownSitesIntro: 'Ces bénévoles sont inscrits ce jour-là sous un lieu que l’onglet Lieux ne connaît pas (un lieu renommé ?) : ils ne comptent pour aucun lieu tant que Permanences ne porte pas le nom du lieu tel qu’il est écrit dans Lieux.',
    unknownSite: (site: string, who: string) => `« ${site} » : ${who}`,
  },
});
