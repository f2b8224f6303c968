// Runs the built command line (dist/cli.js, written by `node build.mjs`) as a person would.
// `cabas` runs it in this process: the same built file and its `main`, with what a terminal would
// show collected (console output, the exit status main's caller gives); starting a Node process
// and loading the CLI's libraries cost about a second of CPU a run, most of the offline tests'
// time. `cabasProcess` and `cabasAsync` start a real process, for what only a process shows (the
// exit status of an uncaught error, a message printed without a stack trace).
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { format } from 'node:util';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

let built: { main(args: string[]): Promise<number> } | null = null;

/** dist/cli.js run in this process: `main(args)`, and the status its own caller would exit with (a CliError: 1, another error: 2). */
export async function cabas(...args: string[]): Promise<CliRun> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  built ??= require(resolve('dist/cli.js')) as { main(args: string[]): Promise<number> };
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { stdout.push(`${format(...a)}\n`); });
  const error = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { stderr.push(`${format(...a)}\n`); });
  try {
    const status = await built.main(args);
    return { status, stdout: stdout.join(''), stderr: stderr.join('') };
  } catch (e) {
    const cliError = e instanceof Error && e.name === 'CliError';
    stderr.push(`${cliError ? (e as Error).message : format(e)}\n`);
    return { status: cliError ? 1 : 2, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** dist/cli.js in a process of its own. */
export function cabasProcess(...args: string[]): CliRun {
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same, without blocking this process: a server the test runs here (SMTP) can answer the child. */
export function cabasAsync(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/cli.js', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
