// French texts of the command line (`cabas run`): what a coordinator reads in the terminal.
import { counted, noun } from '../grammar';
import { plural } from './phrases';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const cli = {
  answers: {
    'answers.empty-file': (file: string) => `${file} : le fichier est vide, il faut au moins la ligne d'en-têtes.`,
    'answers.unterminated-quote': (file: string, line: number) => `${file}, ligne ${line} : un guillemet ouvert n'est jamais refermé. Refermez-le (ou retirez-le) puis relancez.`,
    'answers.no-timestamp-column': (file: string) => `${file}, ligne 1 : aucune colonne « Horodateur » (ou « Horodatage », « Timestamp »). Ajoutez-la : chaque réponse a besoin de son heure.`,
    'answers.no-email-column': (file: string) => `${file}, ligne 1 : aucune colonne « Adresse e-mail » (ou « E-mail », « Email address »). Ajoutez-la.`,
    'answers.unknown-column': (file: string, column: string) => `${file}, ligne 1, colonne « ${column} » : ce n'est ni une réf. de produit, ni « [réf] … », ni le titre d'une question, ni Lieu, Tolérance ou Commentaire. Corrigez l'en-tête pour ne perdre aucune commande.`,
    'answers.duplicate-column': (file: string, column: string, ref: string) => `${file}, ligne 1, colonne « ${column} » : le produit ${ref} a déjà une colonne. Gardez-en une seule.`,
    'answers.cell-count': (file: string, line: number, found: number, expected: number) =>
      `${file}, ligne ${line} : ${found} cellules au lieu de ${expected} (une virgule ou un point-virgule de trop dans une cellule non entourée de guillemets ?). Corrigez la ligne puis relancez.`,
    'answers.bad-timestamp': (file: string, line: number, column: string, value: string) =>
      `${file}, ligne ${line}, colonne « ${column} » : « ${value} » n'est pas une date lisible (attendu 08/12/2026 18:30, 2026-12-08T18:30:00+01:00 ou 2026/12/08 6:30:00 PM UTC+1). Corrigez la cellule puis relancez.`,
    'answers.utf16': (file: string) => `${file}, ligne 1 : le fichier est en UTF-16 sans marque d'ordre (BOM), illisible tel quel. Enregistrez-le en « CSV UTF-8 » puis relancez.`,
    'answers.bad-encoding': (file: string, line: number) => `${file}, ligne ${line} : des octets ne sont pas de l'UTF-8 (fichier enregistré en Latin-1 / Windows-1252 ?). Enregistrez-le en « CSV UTF-8 » puis relancez.`,
    'answers.ignored-blank-header': (file: string, line: number, value: string) => `${file}, ligne ${line} : une colonne sans en-tête contient « ${value} », elle est ignorée.`,
    'answers.no-email': (file: string, line: number) => `${file}, ligne ${line} : pas d'adresse e-mail, cette réponse sera refusée.`,
    'answers.unavailable-product': (file: string, line: number, column: string, ref: string, value: string) =>
      `${file}, ligne ${line}, colonne « ${column} » : cette réponse commande ${value} de ${ref}, qui n'est pas proposé ce cycle (Produits : Disponible, ou son producteur inactif). Rendez-le disponible dans le classeur, ou retirez la colonne du fichier, puis relancez : rien n'a été fait.`,
    'answers.unavailable-column': (file: string, column: string, ref: string) =>
      `${file}, colonne « ${column} » : ${ref} n'est pas proposé ce cycle, et aucune réponse n'en commande ; la colonne est ignorée.`,
    'answers.unknown-site': (file: string, line: number, column: string, value: string, sites: string) =>
      `${file}, ligne ${line}, colonne « ${column} » : « ${value} » n'est pas un lieu du groupement (${sites}) ; la commande est retirée au lieu de l'adhérent dans Adhérents. Corrigez la cellule et relancez pour un autre lieu.`,
    'answers.unknown-help-site': (file: string, line: number, column: string, value: string, sites: string) =>
      `${file}, ligne ${line}, colonne « ${column} » : « ${value} » n'est pas un lieu du groupement (${sites}) ; cette proposition d'aide n'est pas retenue. Corrigez la cellule et relancez pour la garder.`,
  },
  outNotOurs: (dir: string, files: string) =>
    `${dir} contient des fichiers que Cabas n'a pas écrits (${files}) : choisissez un dossier nouveau ou vide pour --out, ou ajoutez --force pour les remplacer.`,
  outIsInput: (dir: string, file: string) =>
    `${dir} contient le classeur que vous reprenez (${file}) et les e-mails de l'étape qui l'a écrit : une nouvelle étape les remplacerait. Choisissez un autre dossier pour --out (par exemple ${dir}-suite), ou ajoutez --force pour les remplacer quand même.`,
  nothingToSend: (file: string) => `${file} : aucun cycle clôturé en attente d'envoi dans ce classeur (il faut le classeur écrit par « cabas run »).`,
  sendOpen: (file: string) => `${file} : le cycle est encore ouvert ; « cabas run » le clôture à l'échéance (ou avec --close-at), puis « cabas send » envoie la commande.`,
  stillOpen: (file: string, id: string) =>
    `${file} : le cycle ${id} y est encore ouvert (un « cabas run » précédent l'a laissé ouvert) et son formulaire n'existe pas hors ligne. Relancez « cabas run » sur le classeur de départ avec toutes les réponses dans le fichier (les premières et les nouvelles), ou ajoutez --close-at pour le clôturer à cette occasion.`,
  fileNotFound: (file: string) => `${file} : fichier introuvable.`,
  notAWorkbook: (file: string, detail: string) => `${file} : ce n'est pas un classeur .xlsx lisible (${detail}). Enregistrez-le au format Excel (.xlsx) puis relancez.`,
  badDate: (what: string, text: string) => `${what} : « ${text} » n'est pas une date lisible (ex. 10/12/2026 20:00 ou 2026-12-10 20:00).`,
  closeAtAfterDeadline: (closeAt: string, id: string, deadline: string) => `--close-at « ${closeAt} » vient après l'échéance du cycle ${id} (${deadline}, onglet Cycles) : le cycle se clôturerait à son échéance, pas à cette date. Pour la repousser, changez-la dans Cycles ; sinon retirez --close-at ou donnez une date plus tôt.`,
  noDeadline: (file: string) => `${file} : pas de date de clôture. Ajoutez une ligne « brouillon » dans l'onglet Cycles ou passez --close-at "10/12/2026 20:00".`,
  openRefused: (file: string) => `${file} : le cycle ne peut pas être ouvert :`,
  continued: (id: string) => `cycle ${id} repris là où le classeur l'a laissé`,
  answerBeforeRun: (file: string, line: number, when: string) =>
    `${file}, ligne ${line} : cette réponse est antérieure à ce que le classeur contient déjà (jusqu'au ${when}). Ne gardez dans le fichier que les réponses arrivées depuis, puis relancez.`,
  opened: (id: string) => `cycle ${id} ouvert`,
  refusedRow: (file: string, line: number, email: string, reasons: string) => `${file}, ligne ${line} : ${email || 'sans adresse'} — refusée (${reasons}) : inscrite au Journal${email ? ', avec un e-mail à cette adresse' : ''}.`,
  reminderPast: (when: string) => `rappel non envoyé : son heure (${when}) est déjà passée, et avec --smtp il partirait maintenant, pour une commande close ou presque.`,
  late: (file: string, line: number, email: string) => `${file}, ligne ${line} : ${email} — arrivée après la clôture, refusée (inscrite au Journal, l'adhérent prévenu par e-mail).`,
  /** Automatic sending off: the close queued its e-mails in Envois, which wait for « cabas send ». */
  heldInOutbox: (n: number) => `cycle clôturé ; envoi automatique désactivé : ${counted(n, noun('e-mail attend', 'aucun e-mail n’attend', 'e-mails attendent'))} dans Envois. Relisez le classeur écrit, puis « cabas send » (« Envoyer les e-mails en attente »)`,
  status: {
    open: 'échéance à venir : le cycle reste ouvert',
    sent: 'cycle clôturé, e-mails envoyés',
    closed: 'cycle clôturé ; commandes en attente : revoyez « Attribué » dans le classeur écrit, puis « cabas send » (« Envoyer la commande »)',
  },
  summary: (read: number, accepted: number, capped: number, cancelled: number, rejected: number, late: number) =>
    `${capital(counted(read, noun('réponse lue', 'aucune réponse lue', 'réponses lues')))} : ${accepted} ${plural(accepted, 'acceptée', 'acceptées')} dont ${capped} ${plural(capped, 'plafonnée', 'plafonnées')}, ${counted(cancelled, noun('annulation', 'aucune annulation'))}, ${rejected} ${plural(rejected, 'refusée', 'refusées')}, ${late} ${plural(late, 'arrivée', 'arrivées')} après la clôture`,
  rejectedBecause: (reason: string, n: number) => `  ${reason} : ${counted(n, noun('réponse refusée', 'aucune réponse refusée', 'réponses refusées'))}`,
  written: (emails: number, workbook: string) => `${capital(counted(emails, noun('e-mail', 'aucun e-mail')))} ; ${workbook}`,
  smtpBadUrl: (url: string) => `--smtp : « ${url} » n'est pas l'adresse d'un serveur d'envoi (attendu smtp://utilisateur:motdepasse@smtp.exemple.fr:587, ou smtps://… sur le port 465).`,
  badFormUrl: (url: string) => `--form-url : « ${url} » n'est pas une adresse web. Donnez l'adresse complète de votre formulaire, qui commence par https:// (ex. https://framaforms.org/commande-gac).`,
  smtpBadFrom: (from: string) => `--smtp-from : « ${from} » n'est pas une adresse e-mail. Donnez l'adresse d'expédition que le serveur accepte (ex. gac@exemple.fr).`,
  smtpNoFrom: () => `--smtp : aucune adresse d'expédition. Ajoutez --smtp-from gac@exemple.fr, ou remplissez « E-mail de coordination » dans Paramètres.`,
  smtpUnreachable: (server: string, answer: string) => `--smtp : le serveur ${server} refuse ou ne répond pas (${answer}). Rien n'a été ouvert ni écrit : vérifiez l'adresse, le port, l'identifiant et le mot de passe, puis relancez.`,
  smtpReport: (server: string, sent: number, failed: number, pending: number) =>
    `envoi par ${server} : ${counted(sent, noun('e-mail remis', 'aucun e-mail remis', 'e-mails remis'))} au serveur, ${failed} en échec, ${pending} en attente (voir l'onglet Envois)`,
  noSmtp: (mailDir: string) => `sans --smtp, rien n'est parti : les e-mails sont dans ${mailDir} (fichiers .eml)`,
  territory: {
    bilanWritten: (file: string) => `bilan de la saison : ${file} (à envoyer à la structure d'animation, qui réunit les groupements avec « cabas bilan »)`,
    noFiles: 'cabas bilan : donnez au moins un fichier exporté par « Exporter le bilan », et --out territoire.xlsx (cabas --help).',
    emptyFile: (file: string) => `${file} : le fichier est vide ; il faut le CSV écrit par « Exporter le bilan », ligne d'en-têtes comprise.`,
    badHeader: (file: string, column: number, found: string, expected: string) =>
      `${file}, ligne 1, colonne ${column} : « ${found} » au lieu de « ${expected} ». Ce n'est pas un export de « Exporter le bilan » : exportez-le de nouveau sans le retoucher.`,
    cellCount: (file: string, line: number, found: number, expected: number) => `${file}, ligne ${line} : ${found} cellules au lieu de ${expected}. Corrigez la ligne (ou exportez le bilan de nouveau) puis relancez.`,
    unknownIndicator: (file: string, line: number, column: string, value: string) => `${file}, ligne ${line}, colonne « ${column} » : « ${value} » n'est pas un indicateur du bilan de Cabas. Corrigez la cellule ou exportez le bilan de nouveau.`,
    notANumber: (file: string, line: number, column: string, value: string) => `${file}, ligne ${line}, colonne « ${column} » : « ${value} » n'est pas un nombre. Corrigez la cellule puis relancez.`,
    noGroup: (file: string, line: number, column: string) => `${file}, ligne ${line}, colonne « ${column} » : le nom du groupement est vide. Remplissez « Nom du groupement » dans Paramètres, puis exportez le bilan de nouveau.`,
    twoGroups: (file: string, line: number, column: string, first: string, other: string) => `${file}, ligne ${line}, colonne « ${column} » : « ${other} » alors que le fichier est celui de « ${first} ». Un fichier par groupement.`,
    sameGroup: (file: string, other: string, group: string) => `${file} : « ${group} » est déjà le groupement de ${other}. Gardez un seul bilan par groupement.`,
    sheets: { groups: 'Territoire', cycles: 'Par cycle', producers: 'Par producteur' },
    title: (groups: number, from: string, to: string) => `Bilan du territoire : ${counted(groups, noun('groupement', 'aucun groupement'))}, du ${from} au ${to}`,
    groupHeaders: ['Groupement', 'Du', 'Au', 'Cycles', 'Foyers au premier cycle', 'Foyers au dernier cycle', 'Nouveaux foyers', 'Foyers partis', 'Montant (€)', 'Panier moyen (€)', 'Réponses refusées', 'Paiements encore dus (€)', 'Distributions avec un bénévole', 'Tendance'],
    total: 'Total du territoire',
    trend: { growing: 'en croissance', shrinking: 'en baisse', stable: 'stable' },
    cyclesTitle: 'Foyers et montant (€) par cycle (données du graphique)',
    cycleHeaders: ['Cycle', 'Foyers', 'Montant (€)', 'Groupements'],
    producersTitle: 'Montant par producteur (€) (données du graphique)',
    producerHeaders: ['Producteur', 'Montant (€)', 'Groupements'],
    written: (file: string, groups: number) => `${file} : le territoire, ${counted(groups, noun('groupement', 'aucun groupement'))} (onglets Territoire, Par cycle, Par producteur)`,
  },
  /** The pictures of Cabas's screens (`npm run docs:images`): Google's own words around Cabas's. */
  screens: {
    menuBar: ['Fichier', 'Édition', 'Affichage', 'Insertion', 'Format', 'Données', 'Outils', 'Extensions', 'Aide'],
    buttons: { OK: 'OK', CANCEL: 'Annuler', YES: 'Oui', NO: 'Non' } as Record<string, string>,
    formPreview: "Aperçu dessiné par Cabas à partir des questions du formulaire : l'adhérent voit les mêmes questions, dans la présentation de Google Forms, une section par page.",
  },
};
