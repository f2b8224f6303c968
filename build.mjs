// Builds the Apps Script bundle (dist/Code.js + dist/appsscript.json) and the Node CLI (dist/cli.js,
// with dist/smtp-worker.js for its `--smtp` thread).
//
// Apps Script has no modules: one global scope, and triggers, menu items and google.script.run
// targets must be top-level function declarations. So the project is bundled once as a minified ES
// module, whose closing `export { … }` becomes the object returned by a function that assigns it to
// one global (`Cabas`); then one `function name(e)` is appended per export of the entry file. The
// export list of src/apps-script/entry-points.ts is the one list of entry points: it is read from
// the bundle, never kept by hand. (esbuild's own IIFE format does the same with getter helpers and
// an export table that cost about 600 bytes more.)
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version stamped into the bundle (« Cabas → À propos »): package.json's. */
export const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;

const ENTRY = 'src/apps-script/entry-points.ts';

/**
 * The locale catalogues' sections are written `export const ui = () => ({ … });` (en: `export const
 * ui: typeof fr = () => ({ … });`, which keeps both languages' keys in step). In the bundle each
 * becomes `export const ui = function () { return { … }; };`, the same function (tsc refuses
 * `arguments` in an arrow function and `this` at a module's top level, the only two things the
 * rewrite could change the meaning of). Why: V8 parses
 * the body of an arrow function with an expression body in full when the script is compiled, even
 * though it runs later, where a `{ … }` body is only pre-parsed (scanned for its end and its
 * variables); and esbuild's minifier turns `() => { return x; }` back into `() => x`, so the source
 * cannot say it. The two catalogues are a third of the bundle: this takes about a tenth off the
 * bundle's compile time (47.0 -> 42.8 million instructions a load, counted with valgrind). A section file whose shape
 * this does not recognise stops the build.
 */
const catalogueSections = {
  name: 'catalogue-sections',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]i18n[\\/](fr|en)[\\/]\w+\.ts$/ }, (args) => {
      if (/[\\/](index|cli|phrases)\.ts$/.test(args.path)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const open = /^export const (\w+)(?:: typeof \w+)? = \(\) => \(\{$/m.exec(source);
      const close = open && /^\}\);$/m.exec(source.slice(open.index));
      if (!open || !close) throw new Error(`build.mjs: ${args.path} is not one \`export const name = () => ({ … });\` section`);
      const end = open.index + close.index;
      const contents = `${source.slice(0, open.index)}export const ${open[1]} = function () { return {${source.slice(open.index + open[0].length, end)}}; };${source.slice(end + close[0].length)}`;
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * The same for zod's schema classes: each is `$constructor("Name", (inst, def) => { … })` at the top
 * level of its module, that is of the bundle, where V8 parses an arrow function's body in full at
 * every compile; as `function (inst, def) { … }` it is only pre-parsed. zod calls the initializer
 * as a plain function (`initializer(inst, def)`, zod/v4/core/core.js), so `this` is `undefined`
 * either way, and no initializer reads `arguments`. A zod whose files no longer hold that shape
 * stops the build, so that the loss is seen. (40.7 -> 40.0 million instructions a load.)
 */
const zodInitializers = {
  name: 'zod-initializers',
  setup(b) {
    const pattern = /(\$constructor\("\$?\w+", )\(inst, def\) => \{|^(const (?:initializer|error) = )\((inst, def)?\) => \{/gm;
    b.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/](core|mini|locales)[\\/]\w+\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (/\barguments\b/.test(source) && /[\\/](schemas|checks|errors|fr|en)\.js$/.test(args.path)) throw new Error(`build.mjs: ${args.path} reads \`arguments\``);
      const contents = source.replace(pattern, (_, call, declaration, params) => (call ? `${call}function (inst, def) {` : `${declaration}function (${params ?? ''}) {`));
      if (/[\\/](core[\\/]schemas|mini[\\/]schemas|locales[\\/]fr)\.js$/.test(args.path) && contents === source) {
        throw new Error(`build.mjs: ${args.path} has no \`$constructor("Name", (inst, def) => {\` or \`const error = () => {\` left to rewrite; has zod changed?`);
      }
      return { contents, loader: 'js' };
    });
  },
};

/** Every .ts file under `dir`. */
function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * zod, loaded at its first use rather than at every execution. Apps Script runs the bundle's top
 * level at each execution, and zod's was over half of it (its schema classes, made by
 * `$constructor`), though most executions decode nothing (the menu's `onOpen`, an hourly run with
 * nothing to do). So the bundle's imports of `zod/mini` and `zod/v4/locales` resolve to a module
 * of small functions (`object = (...a) => zod().object(...a)`, one per name the sources use as
 * `z.name`, and `en`, `fr`) around a factory that holds zod itself, bundled apart and tree-shaken to
 * those names. `config` is kept until zod loads, so that it is applied before any schema is made,
 * as it was. A name that is not a function of zod stops the build.
 */
async function lazyZod() {
  const files = sources('src').filter((f) => !f.startsWith(join('src', 'cli')) && /from 'zod\/(mini|v4\/locales)'/.test(readFileSync(f, 'utf8')));
  const used = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bz\.([a-z_]\w*)\b/g)].map((m) => m[1])));
  const zod = await import('zod/mini');
  const names = [...used].filter((n) => n !== 'infer').sort();
  for (const n of names) if (typeof zod[n] !== 'function') throw new Error(`build.mjs: z.${n} is not a function of zod/mini; the lazy zod module (lazyZod) cannot wrap it`);
  const locales = ['en', 'fr'];
  const prebuilt = await build({
    stdin: { contents: `export { ${names.join(', ')} } from 'zod/mini';\nexport { ${locales.join(', ')} } from 'zod/v4/locales';`, resolveDir: '.', loader: 'js' },
    bundle: true, format: 'iife', globalName: 'zod', target: 'es2020', platform: 'neutral', mainFields: ['module', 'main'], write: false,
    minify: true, legalComments: 'none', charset: 'utf8', logLevel: 'warning', plugins: [zodInitializers],
  });
  const factory = `function () { ${prebuilt.outputFiles[0].text}; return zod; }`;
  // `enum` is a reserved word: each function is a local, exported under zod's name.
  const wrap = (n) => `const w_${n} = (...a) => load().${n}(...a);`;
  const contents = [
    'let loaded;',
    'let pending;',
    `const load = () => { if (!loaded) { loaded = (${factory})(); if (pending) loaded.config(pending); } return loaded; };`,
    ...names.filter((n) => n !== 'config').map(wrap),
    'const w_config = (c) => { if (loaded) return loaded.config(c); pending = { ...pending, ...c }; };',
    ...locales.map(wrap),
    `export { ${[...names, ...locales].map((n) => `w_${n} as ${n}`).join(', ')} };`,
  ].join('\n');
  return {
    name: 'lazy-zod',
    setup(b) {
      b.onResolve({ filter: /^zod\/(mini|v4\/locales)$/ }, () => ({ path: 'zod', namespace: 'lazy-zod' }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-zod' }, () => ({ contents, loader: 'js' }));
    },
  };
}

const GLOBAL = 'Cabas';
const quiet = process.argv.includes('--quiet');

/** Splits a bundled module into its body and its exports (exported name -> local name). */
function splitExports(module) {
  const match = /export\s*\{([^}]*)\};?\s*$/.exec(module);
  if (!match) throw new Error('build.mjs: the bundle does not end with one export statement; has esbuild changed?');
  const exports = match[1].split(',').map((item) => item.trim()).filter(Boolean).map((item) => {
    const [local, exported = local] = item.split(/\s+as\s+/);
    return { local, exported };
  });
  return { body: module.slice(0, match.index), exports };
}

export async function buildAppsScript() {
  mkdirSync('dist', { recursive: true });
  const result = await build({
    entryPoints: [ENTRY], bundle: true, format: 'esm', target: 'es2020',
    platform: 'neutral', mainFields: ['module', 'main'], write: false, outfile: 'dist/Code.js',
    ...(process.env.CABAS_READABLE_NAMES ? { minifySyntax: true, minifyWhitespace: true } : { minify: true }), legalComments: 'none', charset: 'utf8', logLevel: 'warning',
    define: { CABAS_VERSION: JSON.stringify(VERSION) }, plugins: [catalogueSections, await lazyZod()],
  });
  const { body, exports } = splitExports(result.outputFiles[0].text);
  const names = exports.map((e) => e.exported).sort();
  // `var Cabas = (() => {...})()` is the only global the bundle makes besides the entry points.
  // A module is strict code: the script stays strict. Every entry point takes at most one
  // argument (the trigger's event, or a google.script.run parameter).
  const table = exports.map((e) => `${e.exported}:${e.local}`).join(',');
  const stubs = names.map((n) => `function ${n}(e){return ${GLOBAL}.${n}(e)}`);
  const code = `"use strict";var ${GLOBAL}=(function(){${body}return{${table}}})();\n${stubs.join('\n')}\n`;
  // Written whole, then renamed into place: a build while tests run (`npm run release`'s test does
  // one) never lets another process read half a file (found in CI: « Script function not found:
  // installCabas » in a suite that loaded dist/Code.js as it was being rewritten).
  replaceFile('dist/Code.js', (tmp) => writeFileSync(tmp, code));
  replaceFile('dist/appsscript.json', (tmp) => copyFileSync('appsscript.json', tmp));
  return { names, bytes: Buffer.byteLength(code) };
}

/** Writes `path` through a temporary file of the same folder and an atomic rename. */
function replaceFile(path, write) {
  const tmp = `${path}.${process.pid}.tmp`;
  write(tmp);
  renameSync(tmp, path);
}

export async function buildCli() {
  await build({
    // The CLI, and the `--smtp` worker thread's own small entry (it starts in a fraction of the CLI's time).
    entryPoints: { cli: 'src/cli/main.ts', 'smtp-worker': 'src/cli/offline/smtp-thread.ts' }, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    outdir: 'dist', sourcemap: 'inline', packages: 'external', logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { names, bytes } = await buildAppsScript();
  await buildCli();
  if (!quiet) console.log(`dist/Code.js: ${(bytes / 1024).toFixed(1)} KB, ${names.length} entry points (${names.join(', ')})`);
}
