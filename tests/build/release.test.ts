// `npm run release` writes the versioned script file and the manifest a group pastes into the editor.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

test('writes release/cabas-<version>.gs (the bundle) and release/appsscript.json', () => {
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
  const out = execFileSync('node', ['scripts/release.mjs'], { cwd: ROOT, encoding: 'utf8' });
  expect(out).toContain(`release/cabas-${version}.gs`);
  const script = readFileSync(join(ROOT, 'release', `cabas-${version}.gs`), 'utf8');
  expect(script).toBe(readFileSync(join(ROOT, 'dist', 'Code.js'), 'utf8'));
  expect(script).toContain(JSON.stringify(version));
  expect(JSON.parse(readFileSync(join(ROOT, 'release', 'appsscript.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')));
  expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('release/');
});
