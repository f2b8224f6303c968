// French texts: configuration problems (the workbook check), one message per stable code.
// French typography: non-breaking spaces inside « » and before : ; ? !
import { formatQuantity } from '../../money';

type Params = Record<string, string | number>;

const NB = '\u00a0';
const q = (value: string | number | undefined) => `«${NB}${value ?? ''}${NB}»`;
const n = (value: string | number | undefined) => formatQuantity(Number(value), 'fr');
const yesNo = `oui ou non`;
/** `« 2,5x » n’est pas <what>`: the message of a cell that is not what its column takes. */
const valueIsNot = (what: string) => (p: Params) => `${q(p.value)} n’est pas ${what}`;
/** `est déjà à la ligne 4`: where a value that must be unique was first seen. */
const alreadyOnRow = (p: Params) => `est déjà à la ligne ${p.firstRow}`;

export const problems = () => ({
  /** `Produits!F7 : message`: the place, then the message. */
  placed: (place: string, message: string) => `${place}${NB}: ${message}`,

  messages: {
    'workbook.missing-tab': (p: Params) => `l’onglet ${q(p.tab)} est introuvable. Menu Cabas > « Installer ou mettre à jour » le recrée.`,
    'workbook.missing-column': (p: Params) => `la colonne ${q(p.column)} manque. Ajoutez-la (l’en-tête suffit) ou lancez Menu Cabas > « Installer ou mettre à jour ».`,
    'workbook.duplicate-column': (p: Params) => `la colonne ${q(p.column)} apparaît deux fois${NB}; seule la première est lue.`,
    'workbook.reserved-tab-name': (p: Params) => `${q(p.name)} se lit comme le nom d’un onglet de Cabas${NB}; l’onglet que la clôture produit pour lui s’appellera ${q(p.tab)}. Un autre nom évitera de les confondre.`,

    'settings.missing-group-name': () => 'indiquez le nom du groupement.',
    'settings.missing-email': () => 'indiquez l’e-mail de coordination.',
    'settings.bad-email': valueIsNot('une adresse e-mail valide.'),
    'settings.bad-language': valueIsNot(`une langue connue${NB}: indiquez fr ou en.`),
    'settings.bad-time-zone': valueIsNot(`un fuseau horaire connu${NB}: indiquez par exemple Europe/Paris.`),
    'settings.zone-mismatch': (p: Params) => `le fuseau horaire du classeur (Fichier > Paramètres) est ${p.sheetZone}, celui du paramètre Fuseau horaire ${p.zone} : une date tapée dans Cycles ou Permanences serait lue à l’heure de l’un et annoncée aux adhérents à l’heure de l’autre. Donnez le même fuseau aux deux, puis ouvrez le cycle.`,
    'settings.bad-reminder': valueIsNot(`un nombre d’heures${NB}: indiquez par exemple 24 (0 = pas de rappel).`),
    'settings.bad-case-policy': valueIsNot(`un choix possible${NB}: indiquez automatique ou manuel.`),
    'settings.bad-minimum-policy': valueIsNot(`un choix possible${NB}: indiquez annuler ou suspendre.`),
    'settings.bad-auto-send': valueIsNot(`un choix possible${NB}: indiquez ${yesNo}.`),
    'settings.bad-max-quantity': valueIsNot(`une quantité possible${NB}: indiquez un nombre plus grand que 0, jusqu’à 1${NB}000${NB}000 (par exemple 999).`),
    'settings.bad-tariffs': valueIsNot(`une liste de tarifs${NB}: indiquez un nom puis un pourcentage, séparés par des points-virgules, par exemple solidaire -30${NB}%${NB}; normal 0${NB}%${NB}; soutien +20${NB}%.`),
    'settings.bad-solidarity-floor': valueIsNot(`un montant${NB}: indiquez par exemple -50 (le solde solidaire peut descendre jusqu’à -50${NB}€) ou 0.`),
    'settings.unknown-key': (p: Params) => `le paramètre ${q(p.key)} est inconnu${NB}; il est ignoré.`,
    'settings.duplicate-key': (p: Params) => `le paramètre ${q(p.key)} ${alreadyOnRow(p)}${NB}; cette ligne-ci est ignorée.`,

    'sites.none': () => 'aucun lieu de retrait. Ajoutez au moins un lieu.',
    'sites.missing-name': () => 'cette ligne n’a pas de nom de lieu.',
    'sites.duplicate': (p: Params) => `le lieu ${q(p.name)} ${alreadyOnRow(p)}.`,
    'sites.bad-volunteers': valueIsNot(`un nombre de bénévoles${NB}: indiquez par exemple 3 (vide = pas d’alerte).`),

    'members.missing-email': () => `ce foyer n’a ni adresse e-mail ni nom${NB}: écrivez au moins son nom (un foyer sans e-mail est reconnu à son nom).`,
    'members.duplicate-name': (p: Params) => `le foyer ${q(p.name)} ${alreadyOnRow(p)}${NB}: deux foyers sans e-mail ne peuvent pas porter le même nom (ajoutez un prénom ou une initiale).`,
    'members.bad-email': valueIsNot('une adresse e-mail valide.'),
    'members.duplicate-email': (p: Params) => `l’adresse ${p.email} ${alreadyOnRow(p)}${NB}: une seule ligne par foyer.`,
    'members.unknown-site': (p: Params) => `le lieu ${q(p.site)} n’existe pas dans l’onglet Lieux.`,
    'members.unknown-tariff': (p: Params) => `le tarif ${q(p.tariff)} n’est pas dans le paramètre Tarifs${NB}: indiquez ${p.tariffs || 'un tarif défini dans Paramètres'}, ou laissez vide pour le prix du catalogue.`,

    'members.bad-former': (p: Params) => `${q(p.value)} n’est pas une adresse e-mail valide${NB}: ce foyer n’est pas relié à cette ancienne adresse. Écrivez l’adresse exacte, ou un nom sans ${q('@')}.`,
    'members.former-listed': (p: Params) => `${q(p.value)} est encore le foyer de la ligne ${p.firstRow}${NB}: ses commandes et ses paiements restent les siens. Si c’est le même foyer, effacez l’une des deux lignes${NB}; sinon, retirez ce nom d’Anciennement.`,
    'members.former-twice': (p: Params) => `${q(p.value)} est déjà l’ancienne adresse ou l’ancien nom du foyer de la ligne ${p.firstRow}${NB}: un ancien foyer ne compte que pour un seul. Aucun des deux n’y est relié tant que ce nom est écrit deux fois.`,

    'producers.missing-name': () => 'cette ligne n’a pas de nom de producteur.',
    'producers.duplicate': (p: Params) => `le producteur ${q(p.name)} ${alreadyOnRow(p)}.`,
    'producers.missing-email': (p: Params) => `${q(p.name)} n’a pas d’adresse e-mail${NB}: son bon de commande ne pourra pas partir.`,
    'producers.bad-email': valueIsNot('une adresse e-mail valide.'),
    'producers.bad-minimum': valueIsNot(`un montant${NB}: indiquez par exemple 80 (vide = aucun minimum).`),

    'catalog.missing-ref': (p: Params) => `${p.name ? `le produit ${q(p.name)}` : 'ce produit'} n’a pas de référence.`,
    'catalog.duplicate-ref': (p: Params) => `la référence ${q(p.ref)} ${alreadyOnRow(p)}${NB}: chaque produit a la sienne.`,
    'catalog.missing-name': (p: Params) => `le produit ${q(p.ref)} n’a pas de nom.`,
    'catalog.missing-producer': (p: Params) => `le produit ${q(p.ref)} n’a pas de producteur.`,
    'catalog.unknown-producer': (p: Params) => `le producteur ${q(p.producer)} n’existe pas dans l’onglet Producteurs.`,
    'catalog.inactive-producer': (p: Params) => `le producteur ${q(p.producer)} n’est pas actif${NB}: ce produit ne sera pas proposé.`,
    'catalog.missing-unit': (p: Params) => `le produit ${q(p.ref)} n’a pas d’unité (kg, pièce…).`,
    'catalog.missing-price': (p: Params) => `le produit ${q(p.ref)} n’a pas de prix.`,
    'catalog.bad-price': valueIsNot('un prix'),
    'catalog.negative-price': (p: Params) => `${q(p.value)}${NB}: un prix ne peut pas être négatif.`,
    'catalog.bad-step': valueIsNot(`un pas valide${NB}: indiquez un nombre plus grand que 0 (vide = 1).`),
    'catalog.bad-case-size': valueIsNot(`une taille de colis${NB}: indiquez un nombre plus grand que 0 (vide = vendu à l’unité).`),
    'catalog.case-not-multiple': (p: Params) => `un colis de ${n(p.caseSize)} ne se compose pas par pas de ${n(p.step)}.`,
    'catalog.bad-max': valueIsNot(`un maximum valide${NB}: indiquez un nombre positif (vide = sans limite).`),
    'catalog.max-not-multiple': (p: Params) => `le maximum ${n(p.max)} n’est pas un multiple du pas ${n(p.step)}.`,
    'catalog.bad-stock': valueIsNot(`un stock valide${NB}: indiquez un nombre positif (vide = sans limite).`),
    'catalog.stock-not-multiple': (p: Params) => `le stock ${n(p.stock)} n’est pas un multiple du pas ${n(p.step)}.`,
    'catalog.nothing-to-order': () => `aucun producteur actif n’a de produit disponible${NB}: le formulaire serait vide.`,

    'duties.bad-date': valueIsNot(`une date de permanence${NB}: écrivez par exemple 11/12/2026, ou videz la cellule. Tant qu’elle n’est pas corrigée, aucun cycle ne peut s’ouvrir.`),
    'duties.unknown-site': (p: Params) => `le lieu ${q(p.site)} n’existe pas dans l’onglet Lieux.`,
    'duties.unknown-volunteer': (p: Params) => `${q(p.volunteer)} n’est ni l’adresse ni le nom d’un foyer d’Adhérents.`,
    'duties.inactive-volunteer': (p: Params) => `${q(p.volunteer)} n’est plus actif dans Adhérents : il ne reçoit pas de rappel et ne compte pas pour cette permanence.`,

    'cell.bad-yesno': (p: Params) => `${q(p.value)}${NB}: indiquez ${yesNo}.`,
    'payments.duplicate-row': (p: Params) => `cette ligne reprend le cycle et le foyer de la ligne ${p.firstRow}${NB}: elle n’est pas comptée dans les Soldes, et le foyer n’est pas relancé. Reportez ce qu’elle dit sur la ligne ${p.firstRow}, puis supprimez-la.`,
    'payments.bad-amount': valueIsNot(`un montant${NB}: écrivez-le en chiffres, par exemple 8,40 (le moyen de paiement a sa colonne, une remarque va dans Note). En attendant, il compte pour 0 et le foyer n’est pas relancé.`),

    'cycles.missing-id': () => 'ce cycle n’a pas d’identifiant.',
    'cycles.duplicate-id': (p: Params) => `le cycle ${q(p.id)} ${alreadyOnRow(p)}.`,
    'cycles.bad-date': valueIsNot(`une date${NB}: indiquez par exemple 08/12/2026 20:00.`),
    'cycles.missing-deadline': (p: Params) => `le cycle ${q(p.id)} n’a pas de date de clôture.`,
    'cycles.bad-status': valueIsNot(`un statut${NB}: brouillon, ouvert, clôturé, envoyé ou archivé.`),
  },
});
