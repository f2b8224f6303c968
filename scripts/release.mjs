// `npm run release`: the files a group pastes into the Apps Script editor when it cannot copy the
// template: release/cabas-<version>.gs (the bundle, as the editor names a script file) and
// release/appsscript.json (the manifest). The folder is git-ignored; a fresh clone needs `npm ci` first.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { buildAppsScript, VERSION } from '../build.mjs';

const { bytes } = await buildAppsScript();
mkdirSync('release', { recursive: true });
const script = `release/cabas-${VERSION}.gs`;
copyFileSync('dist/Code.js', script);
copyFileSync('dist/appsscript.json', 'release/appsscript.json');
JSON.parse(readFileSync('release/appsscript.json', 'utf8')); // the manifest must stay valid JSON
console.log(`${script}: ${(bytes / 1024).toFixed(1)} KB\nrelease/appsscript.json`);
