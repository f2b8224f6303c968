// `cabas bilan a.csv b.csv … --out territory.xlsx`: reads every export (all of them, before writing
// anything), merges them and writes the territory workbook.
import { cliCatalogue } from '../../core/i18n/cli-catalogue';
import type { Locale } from '../../core/model';
import { CliError } from '../cli-error';
import { mergeTerritory } from './merge-territory';
import { readReviewExport, type ReviewExport } from './read-review-export';
import { writeTerritory } from './write-territory';

export async function runTerritory(o: { files: string[]; out: string; locale: Locale; log: (line: string) => void }): Promise<void> {
  const t = cliCatalogue(o.locale).territory;
  const exports: ReviewExport[] = [];
  for (const path of o.files) {
    const read = readReviewExport(path, o.locale);
    const same = exports.find((e) => e.group === read.group);
    if (same) throw new CliError(t.sameGroup(read.file, same.file, read.group));
    exports.push(read);
  }
  await writeTerritory(mergeTerritory(exports), o.out, o.locale);
  o.log(t.written(o.out, exports.length));
}
