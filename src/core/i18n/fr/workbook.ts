// French texts of the workbook contract: tab names, headers, header notes, settings, list words.
// Tab names and headers are fixed by the contract (people type them): change none of them.
// French typography: non-breaking spaces before : ; ? ! (typed as such in the strings below).

export const workbook = {
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
  },

  headers: {
    settings: { key: 'Paramètre', value: 'Valeur', help: 'Aide' },
    sites: { name: 'Lieu', address: 'Adresse', pickup: 'Distribution', contact: 'Contact' },
    members: { email: 'E-mail', name: 'Nom', phone: 'Téléphone', site: 'Lieu', active: 'Actif', notes: 'Notes' },
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
    },
    members: {
      email: 'Adresse e-mail du foyer : celle utilisée pour répondre au formulaire. Une seule ligne par adresse.',
      name: 'Nom du foyer, tel qu’il apparaît sur la liste de distribution. Ex. : Martin Claire',
      phone: 'Téléphone (facultatif). Ex. : 06 12 34 56 78',
      site: 'Lieu de retrait habituel : un nom de l’onglet Lieux (facultatif).',
      active: 'oui = peut commander ; non = adhésion suspendue (la ligne est gardée).',
      notes: 'Notes internes, jamais envoyées.',
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
      queue: 'Rang de la première commande du foyer dans le cycle.',
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
    /** The `Type` of an e-mail in `Envois`, by its kind. */
    emailKind: {
      confirmation: 'confirmation', rejection: 'refus', cancellation: 'annulation', reminder: 'rappel',
      'producer-order': 'commande producteur', 'member-summary': 'commande définitive', digest: 'bilan de clôture',
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
      help: 'oui : les e-mails partent seuls à la clôture ; non : ils attendent dans Envois.',
    },
    maxQuantity: {
      label: 'Quantité maximale par ligne',
      help: 'Le plus qu’un foyer peut commander d’un produit (garde-fou contre les fautes de frappe ; 999 par défaut). Le formulaire et Cabas refusent au-delà.',
    },
  },
};
