// `npm run docs:images` (after `node build.mjs`): the guides' pictures in docs/images/, rendered
// with headless Chromium from the demo's workbook and e-mails (the demo also refreshes out/).
import { existsSync } from 'node:fs';
import { importTs } from './import-ts.mjs';

if (!existsSync('dist/Code.js')) {
  console.error('dist/Code.js is missing: run `node build.mjs` first (npm run docs:images does).');
  process.exit(1);
}
const { takeScreenshots } = await importTs('src/cli/screenshots/take-screenshots.ts');
const written = await takeScreenshots({
  imagesDir: 'docs/images', outDir: 'out', bundle: 'dist/Code.js',
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', log: (line) => console.log(line),
});
console.log(`${written.length} pictures written to docs/images/`);
