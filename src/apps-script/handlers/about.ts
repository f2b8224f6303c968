// À propos: the version of Cabas this workbook runs (stamped by build.mjs from package.json).
import { catalogue } from '../../core/i18n';
import { detectLocale } from '../adapters/context';
import { Workbook } from '../adapters/workbook';

/** Replaced at build time by package.json's version (build.mjs, esbuild `define`). */
declare const CABAS_VERSION: string;

export function about(options: { silent?: boolean } = {}): string {
  const version = CABAS_VERSION;
  if (!options.silent) SpreadsheetApp.getUi().alert(catalogue(detectLocale(Workbook.active())).ui.about(version));
  return version;
}
