// The Node command line: `cabas demo`, `cabas run` (offline mode), `cabas bench`, `cabas --help`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { cliCatalogue } from '../core/i18n/cli-catalogue';
import { CliError } from './cli-error';
import { runDemo } from './demo/run-demo';
import { runOffline } from './offline/run-offline';
import { runTerritory } from './territory/run-territory';

const HELP = `cabas — un groupement d'achats citoyens dans un Google Sheet (simulateur local)

Usage :
  cabas demo [--out DIR]
      Une saison de quatre cycles du groupe d'exemple (Monclar-de-Quercy et Septfonds), dans le
      runtime Apps Script local, sur le fichier dist/Code.js livré : des foyers arrêtent, d'autres
      commencent, des paiements arrivent en retard ou en deux fois, puis le bilan. Résultats dans DIR
      (défaut : out/) : le classeur .xlsx, le bilan en CSV, chaque e-mail en .eml et index.html à
      ouvrir dans un navigateur.

  cabas run --workbook CLASSEUR.xlsx --answers REPONSES.csv --out DIR [--close-at "10/12/2026 20:00"] [--now "05/12/2026 12:00"] [--force]
            [--smtp smtp://utilisateur:motdepasse@serveur:587] [--smtp-from ADRESSE] [--form-url https://…]
      Mode hors ligne : lit le classeur (onglets et en-têtes de Cabas), ajoute ce qui manque, ouvre
      le cycle (ligne « brouillon » de Cycles, ou --close-at comme échéance), rejoue chaque ligne du
      CSV comme une réponse au formulaire à son horodatage, avec les règles de Cabas (plafonnée et
      signalée, ou refusée avec un e-mail et une ligne au Journal), clôture à l'échéance (ou à
      --close-at) puis envoie. Sans --close-at et avec une échéance à venir, le cycle reste ouvert :
      relancé sur DIR/workbook.xlsx avec les réponses arrivées depuis, « cabas run » le reprend.
      --now : la date « d'aujourd'hui » pour décider si l'échéance est passée (défaut : l'horloge).
      Écrit DIR/workbook.xlsx, DIR/mail/*.eml, DIR/index.html et, une fois un cycle envoyé, le bilan
      de la saison (DIR/bilan-….csv, pour « cabas bilan ») ; refuse un DIR qui contient des
      fichiers qu'un « cabas run » n'a pas écrits, sauf avec --force.
      CSV (UTF-8) : séparateur , ou ; — colonnes Horodateur/Timestamp, Adresse e-mail/Email address,
      une colonne par produit (sa réf., « [réf] … » ou le titre exact de la question), et au choix
      Lieu/Site, Tolérance/Tolerance, Commentaire/Comment (ou les titres des questions du
      formulaire : un export Google Forms se rejoue tel quel). Sans lieu : celui de l'adhérent.
      Un fichier illisible est refusé en entier (fichier, ligne, colonne), sans rien écrire.
      --smtp smtp://utilisateur:motdepasse@serveur:587 (ou smtps://…:465) : les e-mails partent
      vraiment, par ce serveur, expédiés de --smtp-from (défaut : l'e-mail de coordination des
      Paramètres). Sans --smtp, rien ne part : les e-mails sont seulement écrits dans DIR/mail.
      L'onglet Envois dit ce qui est parti : une relance ne renvoie jamais un e-mail « envoyé » ;
      un refus passager du serveur (4xx) est retenté, un refus définitif (5xx) passe « échec »
      avec la réponse du serveur.
      --form-url https://… : l'adresse où vos adhérents répondent (votre propre outil de
      formulaire), donnée par les e-mails pour commander et pour modifier une commande (une
      nouvelle réponse remplace la précédente). Sans elle, les e-mails ne donnent aucun lien :
      hors ligne, aucun formulaire Google n'existe. Un cycle repris garde celle de son ouverture.

  cabas send --workbook DIR/workbook.xlsx --out DIR2 [--now "…"] [--force] [--smtp URL] [--smtp-from ADRESSE]
      « Envoyer la commande » hors ligne : quand « cabas run » a clôturé un cycle en attente (colis
      manuels, producteur suspendu), corrigez « Attribué » dans l'onglet Commandes du classeur
      écrit, puis cette commande envoie les bons de commande aux producteurs et les récapitulatifs
      aux adhérents. Avec l'envoi automatique désactivé, elle envoie les e-mails qui attendent
      dans Envois (« Envoyer les e-mails en attente »). Écrit DIR2/workbook.xlsx, DIR2/mail/*.eml
      et DIR2/index.html.

  cabas bilan GROUPE1.csv GROUPE2.csv … --out TERRITOIRE.xlsx [--lang fr|en]
      Réunit les bilans exportés par plusieurs groupements (menu Cabas > « Exporter le bilan ») en
      un tableau du territoire : groupement par groupement avec les totaux et la tendance (en
      croissance, en baisse, stable), puis les données des deux graphiques (foyers et montant par
      cycle, montant par producteur). Un fichier illisible est refusé (fichier, ligne, colonne).

  cabas bench [--quick] [--offline] [--answers 1000,10000,100000]
      Les mesures de performance (appels aux services, temps Apps Script modélisé) sur des groupes
      de 20, 200 et 2 000 foyers, puis le temps et le pic de mémoire de « cabas run » sur 1 000,
      10 000 et 100 000 réponses (un groupe synthétique de 2 000 foyers au plus, chaque taille dans
      son propre processus) ; écrit docs/benchmarks.md et bench/results.json.
      --offline : le rejeu hors ligne seul (affiché et vérifié, sans rien écrire) ; --answers : ses tailles.

  cabas --help
`;

/** A command's options, parsed by Node's own parser: an unknown option or a missing value is refused. */
function options<T extends ParseArgsConfig['options']>(args: string[], spec: T) {
  try {
    return parseArgs({ args, options: spec, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new CliError(`${(error as Error).message} (cabas --help)`);
  }
}

/** Options and the files named after them (`cabas bilan a.csv b.csv --out t.xlsx`). */
function withFiles<T extends ParseArgsConfig['options']>(args: string[], spec: T) {
  try {
    return parseArgs({ args, options: spec, strict: true, allowPositionals: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message} (cabas --help)`);
  }
}

function bundlePath(): string {
  const candidates = [join(__dirname, 'Code.js'), resolve('dist/Code.js')];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new CliError('dist/Code.js introuvable : lancez `npm run build` / run `npm run build` first');
  return found;
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const log = (line: string) => console.log(line);
  // `cabas run --help` as well as `cabas --help` (found by probing: a command's --help was refused
  // as an unknown option): the one help, which describes every command.
  const wantsHelp = (a: string) => a === '--help' || a === '-h';
  if (!command || wantsHelp(command) || command === 'help' || rest.some(wantsHelp)) {
    console.log(HELP);
    return 0;
  }
  if (command === 'demo') {
    const started = Date.now();
    const { out } = options(rest, { out: { type: 'string' } });
    await runDemo({ outDir: resolve(out ?? 'out'), bundle: bundlePath(), log });
    log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  }
  if (command === 'run') {
    const { workbook, answers, out, 'close-at': closeAt, now, force, smtp, 'smtp-from': smtpFrom, 'form-url': formUrl } = options(rest, {
      workbook: { type: 'string' }, answers: { type: 'string' }, out: { type: 'string' }, 'close-at': { type: 'string' }, now: { type: 'string' },
      force: { type: 'boolean' }, smtp: { type: 'string' }, 'smtp-from': { type: 'string' }, 'form-url': { type: 'string' },
    });
    if (!workbook || !answers || !out) throw new CliError('cabas run : --workbook, --answers et --out sont obligatoires / are required (cabas --help)');
    await runOffline({ workbook, answers, out: resolve(out), closeAt, now, force: force === true, smtp, smtpFrom, formUrl, bundle: bundlePath(), log });
    return 0;
  }
  if (command === 'bilan') {
    const { values, positionals } = withFiles(rest, { out: { type: 'string' }, lang: { type: 'string' } });
    if (!values.out || positionals.length === 0) throw new CliError(cliCatalogue('fr').territory.noFiles);
    await runTerritory({ files: positionals, out: resolve(values.out!), locale: values.lang === 'en' ? 'en' : 'fr', log });
    return 0;
  }
  if (command === 'bench') {
    const { runBench } = await import('./bench/run-bench');
    const { quick, offline, answers } = options(rest, { quick: { type: 'boolean' }, offline: { type: 'boolean' }, answers: { type: 'string' } });
    const sizes = answers?.split(',').map(Number);
    if (sizes && sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new CliError(`cabas bench --answers ${answers} : des nombres entiers séparés par des virgules / whole numbers separated by commas`);
    return runBench({ quick: quick === true, offline: offline === true, answers: sizes, cli: __filename, bundle: bundlePath(), log });
  }
  if (command === 'send') {
    const { workbook, out, now, force, smtp, 'smtp-from': smtpFrom } = options(rest, {
      workbook: { type: 'string' }, out: { type: 'string' }, now: { type: 'string' }, force: { type: 'boolean' }, smtp: { type: 'string' }, 'smtp-from': { type: 'string' },
    });
    if (!workbook || !out) throw new CliError('cabas send : --workbook et --out sont obligatoires / are required (cabas --help)');
    const { sendOffline } = await import('./offline/send-offline');
    await sendOffline({ workbook, out: resolve(out), now, force: force === true, smtp, smtpFrom, bundle: bundlePath(), log });
    return 0;
  }
  throw new CliError(`commande inconnue : ${command} (cabas --help)`);
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
    if (error instanceof CliError) {
      console.error(error.message);
      process.exit(1);
    }
    console.error(error);
    process.exit(2);
  });
}
