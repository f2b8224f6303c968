// Loads a TypeScript module of src/ in Node for the docs scripts: esbuild bundles it (packages
// stay external) into node_modules/.cache, so the scripts share the code the CLI ships.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

export async function importTs(entry) {
  const dir = resolve('node_modules/.cache/cabas-docs');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${basename(entry, '.ts')}.cjs`);
  await build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    outfile, packages: 'external', logLevel: 'warning', sourcemap: 'inline',
  });
  delete require.cache[outfile];
  return require(outfile);
}
