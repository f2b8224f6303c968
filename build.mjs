// Builds the Apps Script bundle (dist/Code.js + dist/appsscript.json) and the Node CLI (dist/cli.js).
//
// Apps Script has no modules: one global scope, and triggers, menu items and google.script.run
// targets must be top-level function declarations. So the project is bundled as an IIFE that
// assigns its exports to one global (`Cabas`), then one `function name(...args)` is appended per
// export of the entry file. The export list of src/apps-script/entry-points.ts is the one list of
// entry points: it is read from esbuild's metafile, never kept by hand.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const ENTRY = 'src/apps-script/entry-points.ts';
const GLOBAL = 'Cabas';
const quiet = process.argv.includes('--quiet');

/** The names exported by the entry file, from an ESM pass (esbuild lists exports only for ESM). */
async function entryPointNames() {
  const result = await build({
    entryPoints: [ENTRY], bundle: true, format: 'esm', write: false, metafile: true,
    outfile: 'dist/entry-points.mjs', target: 'es2020', logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint === ENTRY);
  return [...output.exports].sort();
}

export async function buildAppsScript() {
  mkdirSync('dist', { recursive: true });
  const names = await entryPointNames();
  const result = await build({
    entryPoints: [ENTRY], bundle: true, format: 'iife', globalName: GLOBAL, target: 'es2020',
    platform: 'neutral', mainFields: ['module', 'main'], write: false, outfile: 'dist/Code.js',
    minify: true, legalComments: 'none', charset: 'utf8', logLevel: 'warning',
  });
  // `var Cabas = (() => {...})()` is the only global the bundle makes besides the entry points.
  const bundle = result.outputFiles[0].text;
  const stubs = names.map((n) => `function ${n}(){return ${GLOBAL}.${n}.apply(this,arguments)}`);
  const code = `${bundle}\n${stubs.join('\n')}\n`;
  writeFileSync('dist/Code.js', code);
  copyFileSync('appsscript.json', 'dist/appsscript.json');
  return { names, bytes: Buffer.byteLength(code) };
}

export async function buildCli() {
  await build({
    entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    outfile: 'dist/cli.js', sourcemap: 'inline', packages: 'external', logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { names, bytes } = await buildAppsScript();
  await buildCli();
  if (!quiet) console.log(`dist/Code.js: ${(bytes / 1024).toFixed(1)} KB, ${names.length} entry points (${names.join(', ')})`);
}
