// French texts: the menu, dialogs, prompts and journal events of the spreadsheet.
import { counted, noun } from '../grammar';

const errors = noun('erreur', 'aucune erreur');
const warnings = noun('avertissement', 'aucun avertissement');
const households = noun('foyer', 'aucun foyer');
const products = noun('produit', 'aucun produit');
const producers = noun('producteur', 'aucun producteur');
const emails = noun('e-mail', 'aucun e-mail');
const questions = noun('question', 'aucune question');
const lines = noun('ligne', 'aucune ligne');
const answers = noun('réponse', 'aucune réponse');
export const ui = () => ({
  menu: {
    title: 'Cabas',
    install: 'Installer ou mettre à jour',
    installSample: "Installer avec le groupe d'exemple",
    check: 'Vérifier la configuration',
    checkInstall: "Vérifier l'installation",
    openCycle: 'Ouvrir un cycle',
    closeNow: 'Clôturer maintenant',
    finalize: 'Envoyer la commande (après correction de « Attribué »)',
    sendNow: 'Envoyer les e-mails en attente',
    archive: 'Archiver le cycle',
    repair: 'Réparer',
    about: 'À propos',
  },
  installed: (tabs: number) => `Cabas est installé : ${tabs} onglets prêts. Remplissez Paramètres, Lieux, Adhérents, Producteurs et Produits, puis « Vérifier la configuration ».`,
  installedSample: "Le groupe d'exemple est installé, en mode essai : aucun e-mail ne part aux adhérents ni aux producteurs inventés ; tous arrivent à l'e-mail de coordination (le vôtre), marqués [Essai]. Votre adresse est aussi dans Adhérents : commandez avec elle. Essayez « Vérifier la configuration » puis « Ouvrir un cycle ».",
  checkTitle: 'Vérification de la configuration',
  checkOk: 'Tout est en ordre : vous pouvez ouvrir un cycle.',
  checkSummary: (e: number, w: number) =>
    `${capital(counted(e, errors))} et ${counted(w, warnings)}. Les erreurs empêchent d'ouvrir un cycle ; les avertissements non. Le détail est aussi dans l'onglet Journal.`,
  promptDeadline: 'Date et heure de clôture des commandes (ex. 10/12/2026 20:00)',
  promptPickup: 'Date de la distribution (ex. 12/12/2026)',
  promptNote: 'Un mot pour les adhérents, affiché dans le formulaire (facultatif)',
  badDate: (text: string) => `« ${text} » n'est pas une date lisible. Exemple : 10/12/2026 20:00.`,
  deadlinePast: "La date de clôture est déjà passée : choisissez une date à venir.",
  pickupBeforeDeadline: 'La distribution doit avoir lieu après la clôture.',
  openTitle: 'Ouvrir un cycle',
  openRefusedConfig: "Le cycle n'est pas ouvert : corrigez d'abord ces erreurs de configuration.",
  openRefusedAlreadyOpen: (id: string) => `Le cycle ${id} est déjà ouvert. Clôturez-le avant d'en ouvrir un autre.`,
  opened: (id: string, url: string, deadline: string) =>
    `Le cycle ${id} est ouvert jusqu'au ${deadline}.\n\nLien du formulaire à partager avec les adhérents :\n${url}`,
  noOpenCycle: "Aucun cycle n'est ouvert.",
  closeTitle: 'Clôture',
  closed: (id: string, p: number, h: number) =>
    `Le cycle ${id} est clôturé : ${counted(h, households)}, ${counted(p, producers)}. Les onglets des producteurs, de distribution et le Récap sont à jour.`,
  closedManual: "Les e-mails de clôture attendent votre feu vert (colis en mode manuel ou producteur suspendu) : vérifiez la colonne « Attribué » de Commandes, puis menu Cabas → « Envoyer la commande ».",
  closedHeldOutbox: 'L’envoi automatique est désactivé : les e-mails de clôture attendent dans Envois. Relisez le ▸ Récap, puis menu Cabas → « Envoyer les e-mails en attente ». La coordination a reçu un e-mail qui le rappelle.',
  openRefusedPending: (id: string) => `Le cycle ${id} n'est pas terminé : envoyez d'abord sa commande (menu Cabas → « Envoyer la commande »), puis ouvrez le suivant.`,
  closeResumes: 'La clôture est longue : elle continue automatiquement dans une minute.',
  sendTitle: 'Envois',
  sent: (sent: number, pending: number) => `${capital(counted(sent, noun('e-mail envoyé', 'aucun e-mail envoyé', 'e-mails envoyés')))}, ${pending} en attente.`,
  quotaWait: (pending: number) => `Le quota d'e-mails du jour est atteint : ${counted(pending, emails)} ${pending > 1 ? 'partiront' : 'partira'} automatiquement demain.`,
  archiveConfirm: (id: string) => `Archiver le cycle ${id} ? Les réponses du formulaire seront effacées ; les lignes restent dans Commandes.`,
  archived: (id: string) => `Le cycle ${id} est archivé.`,
  archiveRefused: "Seul un cycle clôturé peut être archivé : clôturez d'abord le cycle ouvert.",
  stateLost: "L'onglet caché _cabas a disparu, a été trié ou modifié alors qu'un cycle est en cours (voir l'onglet Cycles). Aucune commande n'est perdue : chaque réponse reste dans le formulaire, et celles refusées depuis sont gardées en entier dans le Journal. Tant que _cabas n'est pas rétabli, Cabas refuse les réponses, la clôture et l'ouverture d'un autre cycle : menu Cabas → « Réparer » le reconstruit depuis Cycles, Commandes, le catalogue et le formulaire (ou restaurez-le depuis l'historique des versions : Fichier → Historique des versions).",
  stateLostSubject: "Cabas : l'onglet caché _cabas est perdu, les réponses sont refusées",
  stateLostBody: (cycle: string, detail: string) => `Cycle ${cycle}.${detail ? `\n\nCe que Cabas a lu : ${detail}` : ''}\n\nLes réponses refusées sont dans le Journal, chacune en entier, pour être reprises une fois _cabas rétabli : menu Cabas → « Réparer » le reconstruit et les reprend.`,
  columnMissing: (tab: string, header: string) => `L'onglet ${tab} n'a plus de colonne « ${header} ». Remettez l'en-tête en ligne 1 (ou lancez « Installer ou mettre à jour »).`,
  tabNotGenerated: (tab: string) => `Un onglet « ${tab} » existe déjà et n'a pas été produit par Cabas : Cabas ne le remplace pas. Renommez-le (ou supprimez-le), puis recommencez.`,
  tabMissing: (tab: string) => `L'onglet ${tab} est introuvable. Lancez « Installer ou mettre à jour » pour le recréer.`,
  generatedNote: 'Onglet produit par Cabas : il est recalculé à chaque clôture, vos modifications seraient perdues.',
  dutiesSkipped: 'Permanences non traitées : la configuration a des erreurs (menu Cabas > « Vérifier la configuration »).',
  event: {
    submissionResumed: "Réponse reprise : une exécution interrompue l'avait laissée à moitié écrite ; la commande précédente est rétablie, puis la réponse appliquée de nouveau",
    dutiesRun: 'Permanences : rappels et alerte',
    dutiesSkipped: 'Permanences non traitées',
    configChecked: 'Configuration vérifiée',
    configProblem: 'Problème de configuration',
    cycleOpened: 'Cycle ouvert',
    orderCancelled: 'Commande annulée',
    orderRejected: 'Commande refusée',
    orderEmpty: 'Commande réduite à rien faute de stock',
    reminderSent: 'Rappels préparés',
    cycleClosed: 'Cycle clôturé',
    mailFailed: "Échec d'envoi",
    mailUncertain: "Envoi incertain : vérifiez auprès du destinataire puis remettez le statut à « en attente » pour renvoyer",
    mailUnreadable: "Contenu illisible : cet e-mail n'est pas parti et ne partira pas. Écrivez au destinataire à la main (le détail d'une commande est dans Commandes et les onglets de la clôture)",
    quotaReached: "Quota d'e-mails atteint",
    cycleArchived: 'Cycle archivé',
    stateRepaired: 'État du cycle reconstruit (Réparer)',
    error: 'Erreur',
  },
  repairTitle: 'Réparer',
  repaired: (r: { cycle: string; households: number; products: number; byTitle: number; replaced: number; replayed: number; missing: string[] }) => [
    `L'onglet caché _cabas du cycle ${r.cycle} est reconstruit depuis Cycles, Commandes, le catalogue et le formulaire : ${counted(r.households, households)} avec une commande en cours, ${counted(r.products, products)} retrouvés dans le formulaire${r.byTitle > 0 ? ` (${counted(r.byTitle, questions)} par son titre)` : ''}.`,
    r.replaced > 0 ? `${capital(counted(r.replaced, lines))} d'une réponse plus ancienne du même foyer ${r.replaced > 1 ? 'sont marquées' : 'est marquée'} « remplacé ».` : '',
    r.replayed > 0 ? `${capital(counted(r.replayed, answers))} en attente ${r.replayed > 1 ? 'ont été reprises' : 'a été reprise'}.` : '',
    r.missing.length > 0 ? `Introuvables dans le formulaire : ${r.missing.join(', ')} ; les réponses à ces questions ne sont pas lues. Relancez « Réparer » après avoir remis leur titre.` : '',
    'Les réponses sont de nouveau acceptées et la clôture se fera comme prévu ; relisez le ▸ Récap.',
  ].filter((p) => p !== '').join('\n\n'),
  repairNotNeeded: "L'onglet caché _cabas est intact : il n'y a rien à réparer.",
  repairNoOpenCycle: "Aucun cycle n'a le statut « ouvert » dans l'onglet Cycles : il n'y a rien à reconstruire. Si un cycle est en cours, remettez « ouvert » dans sa colonne Statut, puis relancez « Réparer ». Sinon, ouvrez un nouveau cycle.",
  repairNoForm: "Le formulaire du cycle est introuvable (supprimé du Drive ?) : Cabas ne peut pas relire les réponses. Restaurez-le depuis la corbeille de Google Drive, puis relancez « Réparer ».",
  responseGone: "le formulaire n'a plus cette réponse : elle n'a pas pu être reprise",
  stateHeaders: ['Clé', 'Valeur'],
  installCheckTitle: 'Vérification de l’installation',
  installCheck: {
    authorization: `Google demande de nouveau votre autorisation (souvent après une mise à jour de Cabas) : choisissez une commande du menu Cabas et acceptez, sinon rien ne se fera tout seul.`,
    stateLost: `L’état du cycle (onglet caché _cabas) est illisible : lancez menu Cabas → « Réparer », qui le reconstruit depuis Cycles, Commandes et le formulaire ; voyez aussi le Journal.`,
    noCycle: `Aucun cycle n’a encore été ouvert : rien ne doit tourner tout seul pour l’instant.`,
    cycleNotOpen: (id: string) => `Le cycle ${id} n’est plus ouvert : aucun déclencheur de commande n’est nécessaire.`,
    triggersOk: (id: string) => `Le cycle ${id} est ouvert et ses déclencheurs (réponses, clôture) sont à votre nom.`,
    triggersMissing: (id: string) => `Le cycle ${id} est ouvert, mais ses déclencheurs (réponses, clôture) ne sont pas à votre nom : ils manquent, ou un autre compte les a créés. Choisissez « Installer ou mettre à jour » : Cabas les recrée à votre nom.`,
    formOk: 'Le formulaire accepte les réponses.',
    formClosed: `Le formulaire du cycle ouvert n’accepte pas les réponses : ouvrez-le (Formulaire, onglet Réponses, « Accepter les réponses »), ou clôturez le cycle.`,
    formMissing: `Le formulaire du cycle ouvert est introuvable (supprimé, ou resté chez un autre compte) : clôturez le cycle (« Clôturer maintenant ») et ouvrez-en un nouveau.`,
    pending: (n: number) => `${n} e-mail(s) en attente dans Envois ; ils partiront avec le prochain envoi.`,
    pendingNoTrigger: (n: number) => `${n} e-mail(s) attendent dans Envois sans envoi programmé : choisissez « Envoyer les e-mails en attente ».`,
    quota: (n: number) => `Quota d’e-mails restant aujourd’hui : ${n} destinataire(s). Au-delà, les e-mails attendent le lendemain dans Envois.`,
    failed: (n: number) => `${n} e-mail(s) en échec dans Envois : lisez la colonne Erreur, corrigez l’adresse dans Adhérents, remettez la ligne « en attente » puis « Envoyer les e-mails en attente ».`,
    errors: (details: string[]) => `Dernières erreurs du Journal : ${details.join(' | ')}`,
  },
  about: (version: string) => `Cabas, version ${version}. Après une mise à jour, choisissez « Installer ou mettre à jour » : vos onglets et vos lignes sont gardés.`,
});

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
