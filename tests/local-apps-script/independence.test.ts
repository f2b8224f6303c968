// The runtime is a double of Apps Script: it must not share code with the product it checks
// (an emulator that used Cabas's own date helpers could not catch their mistakes).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const RUNTIME = join(__dirname, '..', '..', 'src', 'local-apps-script');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file imports or requires, static or dynamic. */
function imports(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"`])([^'"`]+)\1/gm);
  return [...found].map((m) => m[2]);
}

describe('the local Apps Script runtime', () => {
  const all = files(RUNTIME);

  test('has files to check', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  test.each([
    { layer: 'src/core', pattern: /(^|\/)core(\/|$)/ },
    { layer: 'src/apps-script', pattern: /(^|\/)apps-script(\/|$)/ },
  ])('never imports from $layer', ({ pattern }) => {
    const offenders = all.flatMap((path) => imports(readFileSync(path, 'utf8'))
      .filter((spec) => spec.startsWith('.') && pattern.test(relative(join(RUNTIME, '..'), join(path, '..', spec))))
      .map((spec) => `${relative(RUNTIME, path)} → ${spec}`));
    expect(offenders).toEqual([]);
  });
});
