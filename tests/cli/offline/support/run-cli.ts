// Runs the built command line (dist/cli.js, written by `node build.mjs`) as a person would.
import { spawnSync } from 'node:child_process';

export function cabas(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
