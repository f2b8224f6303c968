// The offline mode writes its .eml files on a thread of their own: every file queued is on disk
// once flush() returns, in full and in any number (more than the thread's queue), and a file that
// cannot be written is reported, not lost.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileWriterThread } from '../../../src/cli/offline/file-writer-thread';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cabas-writer-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('writes every queued file, more than its queue holds, before flush returns', async () => {
  const writer = new FileWriterThread();
  for (let i = 0; i < 600; i += 1) writer.write(join(dir, `${String(i).padStart(3, '0')}.eml`), `message ${i}\r\n`.repeat(50));
  await writer.flush();
  const files = readdirSync(dir).sort();
  expect(files).toHaveLength(600);
  expect(readFileSync(join(dir, '599.eml'), 'utf8')).toBe('message 599\r\n'.repeat(50));
});

test('reports a file it could not write, naming it', async () => {
  const writer = new FileWriterThread();
  const missing = join(dir, 'no-such-folder', 'a.eml');
  writer.write(missing, 'x');
  await expect(writer.flush()).rejects.toThrow(missing);
});

test('refuses a file queued after flush', async () => {
  const writer = new FileWriterThread();
  await writer.flush();
  expect(() => writer.write(join(dir, 'late.eml'), 'x')).toThrow(/after the writer closed/);
});
