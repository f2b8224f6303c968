// French texts of the workbook contract: tab names, headers, header notes, settings, list words.
// Tab names and headers are fixed by the contract (people type them): change none of them.
// French typography: non-breaking spaces before : ; ? ! (typed as such in the strings below).

export const workbook = () => ({
  tables: {
    settings: 'Paramètres',
    sites: 'Lieux',
    members: 'Adhérents',
    producers: 'Producteurs',
    products: 'Produits',
    cycles: 'Cycles',
    orders: 'Commandes',
    log: 'Journal',
    outbox: 'Envois',
    duties: 'Permanences',
    payments: 'Paiements',
  },

  headers: {
    settings: { key: 'Paramètre', value: 'Valeur', help: 'Aide' },
    sites: { name: 'Lieu', address: 'Adresse', pickup: 'Distribution', contact: 'Contact', volunteers: 'Bénévoles', bring: 'À apporter' },
    members: { email: 'E-mail', name: 'Nom', phone: 'Téléphone', site: 'Lieu', active: 'Actif', notes: 'Notes', tariff: 'Tarif', formerly: 'Anciennement' },
    producers: {
      name: 'Producteur', email: 'E-mail', phone: 'Téléphone', minimum: 'Minimum de commande', payment: 'Règlement',
      shareNames: 'Noms des adhérents', note: 'Note', active: 'Actif',
    },
    products: {
      ref: 'Réf', producer: 'Producteur', name: 'Produit', description: 'Description', unit: 'Unité', price: 'Prix',
      step: 'Pas', caseSize: 'Colis', maxPerMember: 'Max par adhérent', stock: 'Stock', available: 'Disponible',
    },
    cycles: { id: 'Cycle', opens: 'Ouverture', deadline: 'Clôture', pickup: 'Distribution', status: 'Statut', form: 'Formulaire' },
    orders: {
      cycle: 'Cycle', submittedAt: 'Horodatage', email: 'E-mail', member: 'Adhérent', site: 'Lieu', producer: 'Producteur',
      ref: 'Réf', product: 'Produit', quantity: 'Quantité', tolerance: 'Tolérance', allocated: 'Attribué', price: 'Prix',
      amount: 'Montant', responseId: 'Réponse', status: 'Statut', comment: 'Commentaire', queue: 'Rang',
    },
    log: { date: 'Date', level: 'Niveau', event: 'Événement', who: 'Qui', detail: 'Détail' },
    outbox: {
      key: 'Clé', kind: 'Type', to: 'Destinataire', subject: 'Objet', status: 'Statut', attempts: 'Tentatives',
      error: 'Erreur', sentAt: 'Envoyé le', content: 'Contenu',
    },
    duties: { date: 'Date', site: 'Lieu', role: 'Rôle', volunteer: 'Bénévole' },
    payments: {
      cycle: 'Cycle', email: 'E-mail', member: 'Foyer', site: 'Lieu', producer: 'Producteur', due: 'Dû', detail: 'Détail',
      pickedUp: 'Retiré', paid: 'Payé', means: 'Moyen de paiement', received: 'Reçu', credit: 'Avoir', note: 'Note',
    },
  },

  notes: {
    settings: {
      key: 'Le nom du paramètre, tel quel (ne pas le modifier).',
      value: 'La valeur choisie. Voir la colonne Aide.',
      help: 'Ce que fait le paramètre. Pour information seulement.',
    },
    sites: {
      name: 'Nom court du lieu de retrait, repris dans le formulaire. Ex. : Monclar-de-Quercy',
      address: 'Adresse complète. Ex. : Salle des fêtes, place de la Mairie, 82230 Monclar-de-Quercy',
      pickup: 'Jour et heures de retrait. Ex. : vendredi 17 h – 19 h',
      contact: 'Qui contacter sur place (nom, téléphone).',
      volunteers: 'Combien de bénévoles il faut à chaque distribution (vide = pas d’alerte). Ex. : 3',
      bring: 'Ce que les bénévoles apportent, dit dans leur rappel (facultatif). Ex. : la balance, les sacs vides',
    },
    members: {
      email: 'Adresse e-mail du foyer : celle utilisée pour répondre au formulaire. Une seule ligne par adresse.',
      name: 'Nom du foyer, tel qu’il apparaît sur la liste de distribution. Ex. : Martin Claire',
      phone: 'Téléphone (facultatif). Ex. : 06 12 34 56 78',
      site: 'Lieu de retrait habituel : un nom de l’onglet Lieux (facultatif).',
      active: 'oui = peut commander ; non = adhésion suspendue (la ligne est gardée).',
      notes: 'Notes internes, jamais envoyées.',
      tariff: 'Tarif du foyer : un nom du paramètre Tarifs (vide = prix du catalogue). Seul le foyer voit son prix. Ex. : solidaire',
      formerly: 'L’adresse ou le nom que ce foyer avait avant (facultatif, plusieurs séparés par des virgules) : ses commandes et ses paiements passés restent les siens. Ex. : bruno@ancien.fr',
    },
    producers: {
      name: 'Nom du producteur, repris dans l’onglet Produits. Ex. : Ferme de la Lère',
      email: 'Adresse qui reçoit le bon de commande à chaque cycle.',
      phone: 'Téléphone (facultatif).',
      minimum: 'Montant minimum de commande du groupement, en euros (vide = aucun). Ex. : 80',
      payment: 'Comment payer, montré aux adhérents. Ex. : chèque à l’ordre de GAEC de la Lère',
      shareNames: 'oui = le bon de commande détaille les commandes par adhérent ; non = totaux seulement.',
      note: 'Message aux adhérents, affiché dans le formulaire (facultatif).',
      active: 'oui = proposé dans le formulaire ; non = mis en pause.',
    },
    products: {
      ref: 'Référence unique et courte, jamais réutilisée. Ex. : LEG-01',
      producer: 'Un nom de l’onglet Producteurs.',
      name: 'Nom du produit tel que les adhérents le verront. Ex. : Tomates anciennes',
      description: 'Précisions (facultatif). Ex. : variétés mélangées, calibre moyen',
      unit: 'Unité de vente. Ex. : kg, pièce, pot de 500 g',
      price: 'Prix d’une unité, en euros. Ex. : 4,20',
      step: 'De combien en combien on commande (vide = 1). Ex. : 0,5 pour des demi-kilos',
      caseSize: 'Vendu par colis entiers de tant d’unités (vide = à l’unité). Ex. : 6',
      maxPerMember: 'Quantité maximum par foyer (vide = sans limite).',
      stock: 'Quantité disponible pour ce cycle (vide = sans limite).',
      available: 'oui = proposé à ce cycle ; non = absent du formulaire.',
    },
    cycles: {
      id: 'Identifiant du cycle, écrit par Cabas. Ex. : 2026-12-10',
      opens: 'Date et heure d’ouverture des commandes.',
      deadline: 'Date et heure de clôture. Ex. : 08/12/2026 20:00',
      pickup: 'Date de distribution.',
      status: 'brouillon, ouvert, clôturé, envoyé ou archivé : écrit par Cabas.',
      form: 'Lien du formulaire de commande.',
    },
    orders: {
      cycle: 'Cycle de la commande.',
      submittedAt: 'Date et heure de la réponse.',
      email: 'Adresse e-mail du foyer.',
      member: 'Nom du foyer.',
      site: 'Lieu de retrait choisi.',
      producer: 'Producteur du produit.',
      ref: 'Référence du produit.',
      product: 'Nom du produit.',
      quantity: 'Quantité commandée.',
      tolerance: 'Unités en plus acceptées pour compléter un colis.',
      allocated: 'Quantité attribuée à la clôture.',
      price: 'Prix unitaire, en euros.',
      amount: 'Montant de la ligne, en euros.',
      responseId: 'Identifiant de la réponse au formulaire.',
      status: 'actif, remplacé, annulé, attribué ou suspendu.',
      comment: 'Commentaire de l’adhérent.',
      queue: 'Rang de la première commande du foyer dans le cycle. Chaque envoi prend un rang : les unités ajoutées en modifiant une commande attendent au rang de la modification.',
    },
    log: {
      date: 'Quand c’est arrivé.',
      level: 'info, avertissement ou erreur.',
      event: 'Ce qui s’est passé.',
      who: 'Qui l’a causé (adresse e-mail ou Cabas).',
      detail: 'Le détail.',
    },
    outbox: {
      key: 'Clé unique du message : il n’est jamais envoyé deux fois.',
      kind: 'Sorte de message.',
      to: 'Destinataire.',
      subject: 'Objet du message.',
      status: 'en attente, en cours, envoyé ou échec.',
      attempts: 'Nombre de tentatives d’envoi.',
      error: 'Dernière erreur d’envoi.',
      sentAt: 'Date et heure d’envoi.',
      content: 'Contenu du message, gardé pour l’envoi.',
    },
    duties: {
      date: 'Date de la permanence. Ex. : 11/12/2026',
      site: 'Un nom de l’onglet Lieux.',
      role: 'Ce qu’il y a à faire. Ex. : accueil, pesée, rangement',
      volunteer: 'Adresse e-mail du bénévole (un adhérent).',
    },
    payments: {
      cycle: 'Cycle de la commande, écrit par Cabas à la clôture.',
      email: 'Adresse e-mail du foyer (vide sur la ligne d’un producteur).',
      member: 'Nom du foyer, écrit par Cabas.',
      site: 'Lieu de retrait, écrit par Cabas.',
      producer: 'Rempli sur la ligne d’un producteur : ce que le groupement lui doit pour ce cycle.',
      due: 'Montant dû pour ce cycle, calculé par Cabas à la clôture.',
      detail: 'À qui payer : la part de chaque producteur payé en direct, et la part payée au groupement.',
      pickedUp: 'Cochez quand le foyer a retiré sa commande (ou cochez dans l’onglet Distribution : Cabas le reporte ici).',
      paid: 'Cochez quand tout est payé. Sur la ligne d’un producteur : quand le producteur a reçu son argent.',
      means: 'espèces, chèque, virement ou autre.',
      received: 'Paiement partiel : le total déjà reçu, en euros (laisser vide si Payé est coché). Ex. : 20',
      credit: 'Avoir : montant à déduire (produit manquant remboursé), en euros. Ex. : 4,20',
      note: 'Vos notes. Cabas n’y touche jamais.',
    },
  },

  lists: {
    yesno: { yes: 'oui', no: 'non' },
    cycleStatus: { draft: 'brouillon', open: 'ouvert', closed: 'clôturé', sent: 'envoyé', archived: 'archivé' },
    lineStatus: { active: 'actif', replaced: 'remplacé', cancelled: 'annulé', allocated: 'attribué', held: 'suspendu' },
    outboxStatus: { pending: 'en attente', sending: 'en cours', sent: 'envoyé', failed: 'échec' },
    logLevel: { info: 'info', warning: 'avertissement', error: 'erreur' },
    languages: { fr: 'fr', en: 'en' },
    casePolicy: { automatic: 'automatique', manual: 'manuel' },
    minimumPolicy: { cancel: 'annuler', hold: 'suspendre' },
    paymentMeans: { cash: 'espèces', cheque: 'chèque', transfer: 'virement', other: 'autre' },
    /** The `Type` of an e-mail in `Envois`, by its kind. */
    emailKind: {
      confirmation: 'confirmation', rejection: 'refus', cancellation: 'annulation', reminder: 'rappel',
      'producer-order': 'commande producteur', 'member-summary': 'commande définitive', digest: 'bilan de clôture',
      'close-held': 'clôture en attente', 'balance-reminder': 'relance de paiement', 'duty-reminder': 'rappel de permanence', 'duty-alert': 'alerte permanences',
    },
  },

  settings: {
    groupName: {
      label: 'Nom du groupement',
      help: 'Le nom du groupement, en tête du formulaire et des e-mails. Ex. : GAC du Pays Midi-Quercy',
    },
    coordinationEmail: {
      label: 'E-mail de coordination',
      help: 'L’adresse des bénévoles : elle reçoit les bilans et les réponses des adhérents.',
    },
    locale: { label: 'Langue', help: 'Langue du formulaire et des e-mails : fr ou en.' },
    timeZone: {
      label: 'Fuseau horaire',
      help: 'Fuseau des dates et heures de clôture, au format Europe/Paris.',
    },
    reminderHours: {
      label: 'Rappel avant clôture (heures)',
      help: 'Combien d’heures avant la clôture les foyers sans commande reçoivent un rappel (0 = pas de rappel).',
    },
    casePolicy: {
      label: 'Colis',
      help: 'automatique : Cabas complète les colis avec les tolérances et retire les colis incomplets ; manuel : la coordination décide.',
    },
    minimumPolicy: {
      label: 'Minimum producteur',
      help: 'Si un producteur n’atteint pas son minimum : annuler ses lignes, ou suspendre (la coordination décide).',
    },
    autoSend: {
      label: 'Envoi automatique',
      help: 'oui : les e-mails partent seuls ; non : les rappels et les e-mails de clôture attendent dans Envois que vous choisissiez Cabas > Envoyer les e-mails en attente (les confirmations et les refus partent toujours tout de suite).',
    },
    maxQuantity: {
      label: 'Quantité maximale par ligne',
      help: 'Le plus qu’un foyer peut commander d’un produit (garde-fou contre les fautes de frappe ; 999 par défaut). Le formulaire et Cabas refusent au-delà.',
    },
    tariffs: {
      label: 'Tarifs',
      help: 'Les tarifs possibles d’un foyer (colonne Tarif des Adhérents), séparés par des points-virgules : un nom puis un pourcentage du prix du catalogue. Les producteurs sont toujours payés au prix du catalogue.',
    },
    solidarityFloorCents: {
      label: 'Seuil du solde solidaire (€)',
      help: 'Le Récap avertit quand ce que les tarifs de soutien apportent, moins ce que les tarifs solidaires reçoivent, passe sous ce montant. Ex. : 0, ou -50 si la caisse du groupement couvre 50 €.',
    },
    trial: {
      label: 'Mode essai',
      help: 'oui (groupe d’exemple) : aucun e-mail ne part aux adhérents ni aux producteurs ; chacun va à l’e-mail de coordination, marqué [Essai]. Mettez non pour un vrai groupement.',
    },
  },

  sample: {
    coordinator: 'Vous (coordination)',
    coordinatorNote: 'Votre propre adresse : commandez avec elle pour essayer.',
  },

  /** What the `Tarifs` row says in a new workbook: nothing changes until a household has a tariff. */
  suggestedTariffs: [{ name: 'solidaire', percent: -30 }, { name: 'normal', percent: 0 }, { name: 'soutien', percent: 20 }],
});
