#!/usr/bin/env node
// `npx cabas …`: builds dist/ when it is missing, then runs the command line.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!['cli.js', 'smtp-worker.js', 'Code.js'].every((f) => existsSync(join(root, 'dist', f)))) {
  const cwd = process.cwd();
  process.chdir(root); // build.mjs works from the project's root
  const { buildAppsScript, buildCli } = await import(join(root, 'build.mjs'));
  await buildAppsScript();
  await buildCli();
  process.chdir(cwd);
}
const require = createRequire(import.meta.url);
const { main } = require(join(root, 'dist', 'cli.js'));
main(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
  if (error && error.name === 'CliError') {
    console.error(error.message);
    process.exit(1);
  }
  console.error(error);
  process.exit(2);
});
