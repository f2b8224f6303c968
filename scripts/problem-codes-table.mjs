// `npm run docs:codes`: fills the error-code table of docs/guide.fr.md and docs/guide.en.md
// (between the problem-codes markers) from PROBLEM_CODES, the catalogues and
// scripts/problem-codes-fixes.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { importTs } from './import-ts.mjs';

const { problemCodesTable, fillProblemCodes } = await importTs('src/cli/screenshots/problem-codes-table.ts');
for (const locale of ['fr', 'en']) {
  const path = `docs/guide.${locale}.md`;
  const before = readFileSync(path, 'utf8');
  const after = fillProblemCodes(before, problemCodesTable(locale));
  if (after !== before) writeFileSync(path, after);
  console.log(`${path}: ${after === before ? 'up to date' : 'table written'}`);
}
