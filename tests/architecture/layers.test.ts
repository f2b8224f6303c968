// The layers as a test: dependencies point one way. The core imports nothing outside itself (no
// other layer, no Node module); the shell (src/apps-script) never imports the CLI or the runtime,
// nor Node; the runtime (src/local-apps-script) never imports the core or the shell (a double that
// shared the product's code could not catch its mistakes). The CLI may use every layer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { preProcessFile } from 'typescript';

const SRC = join(__dirname, '..', '..', 'src');

type Layer = 'core' | 'apps-script' | 'local-apps-script' | 'cli';

interface Rule {
  /** Other layers this one may import ('outside': files outside src/, such as scripts/ data). */
  layers: (Layer | 'outside')[];
  /** Packages (not relative paths) this one may import: a name, or a name's sub-path. */
  packages: (spec: string) => boolean;
}

// zod is the one dependency the shipped layers may use (for JSON crossing a boundary, see STYLE.md).
const ZOD = (spec: string) => spec === 'zod' || spec.startsWith('zod/');

const RULES: Record<Layer, Rule> = {
  core: { layers: [], packages: ZOD },
  'apps-script': { layers: ['core'], packages: ZOD },
  'local-apps-script': { layers: [], packages: (spec) => spec.startsWith('node:') },
  cli: { layers: ['core', 'apps-script', 'local-apps-script', 'outside'], packages: () => true },
};

export interface SourceFile {
  /** Path under src/, with `/`. */
  path: string;
  text: string;
}

/** Every module a file imports, re-exports or requires, static or dynamic (`import type` too), as TypeScript reads it. */
function imports(text: string): string[] {
  // A method called `require` (`this.require('x')`) is not a module.
  return preProcessFile(text, true, true).importedFiles
    .filter((f) => !/\.\s*require\s*\(\s*$/.test(text.slice(0, f.pos)))
    .map((f) => f.fileName);
}

function layerOf(path: string): Layer | null {
  const top = path.split('/')[0];
  return top in RULES ? (top as Layer) : null;
}

/** Each import that breaks a layer rule, as `file → import (why)`. */
export function layerViolations(files: SourceFile[]): string[] {
  return files.flatMap(({ path, text }) => {
    const layer = layerOf(path);
    if (!layer) return [`${path} (in no layer)`];
    const rule = RULES[layer];
    return imports(text).flatMap((spec) => {
      if (!spec.startsWith('.')) return rule.packages(spec) ? [] : [`${path} → ${spec} (a package ${layer} may not use)`];
      const target = posix.normalize(posix.join(posix.dirname(path), spec));
      const to = layerOf(target);
      if (to === layer) return [];
      return rule.layers.includes(to ?? 'outside') ? [] : [`${path} → ${spec} (${layer} may not import ${to ?? 'outside src'})`];
    });
  });
}

/**
 * Import cycles among the shipped layers' files, as `a.ts → b.ts → a.ts`. Type-only imports are
 * left out: esbuild erases them. A cycle makes the bundle's order depend on who imports first,
 * and says two files own one thing.
 */
export function importCycles(files: SourceFile[]): string[] {
  const paths = new Set(files.map((f) => f.path));
  const resolve = (from: string, spec: string): string | null => {
    const base = posix.normalize(posix.join(posix.dirname(from), spec));
    return [`${base}.ts`, `${base}/index.ts`].find((p) => paths.has(p)) ?? null;
  };
  const edges = new Map(files.map(({ path, text }) => [path, [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)]
    .map((m) => resolve(path, m[1])).filter((p): p is string => p !== null)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const f of files) if (!state.has(f.path)) visit(f.path);
  return found;
}

function sources(dir: string): SourceFile[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [{ path: relative(SRC, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }] : [];
  });
}

describe('the layers of src/', () => {
  const all = sources(SRC);

  test.each(Object.keys(RULES))('%s has files to check', (layer) => {
    expect(all.filter((f) => layerOf(f.path) === layer).length).toBeGreaterThan(5);
  });

  test('every import follows the layer rules', () => {
    expect(layerViolations(all)).toEqual([]);
  });

  test('the shipped layers (core and the shell) have no import cycle', () => {
    expect(importCycles(all.filter((f) => ['core', 'apps-script'].includes(layerOf(f.path) ?? '')))).toEqual([]);
  });

  test.each([
    { name: 'two files importing each other', files: [{ path: 'apps-script/a.ts', text: "import { b } from './b';" }, { path: 'apps-script/b.ts', text: "import { a } from './a';" }], cycles: 1 },
    { name: 'one side type-only', files: [{ path: 'apps-script/a.ts', text: "import { b } from './b';" }, { path: 'apps-script/b.ts', text: "import type { A } from './a';" }], cycles: 0 },
    { name: 'a chain through an index', files: [{ path: 'core/i18n/index.ts', text: "import { x } from '../x';" }, { path: 'core/x.ts', text: "export { y } from './i18n';" }], cycles: 1 },
  ])('the cycle walk finds $cycles in $name', ({ files, cycles }) => {
    expect(importCycles(files)).toHaveLength(cycles);
  });

  // The walk itself, on planted files: each broken rule is reported.
  test.each([
    { rule: 'core imports the shell', file: { path: 'core/a.ts', text: "import { x } from '../apps-script/adapters/cells';" }, broken: true },
    { rule: 'core imports the CLI (type only)', file: { path: 'core/orders/a.ts', text: "import type { X } from '../../cli/main';" }, broken: true },
    { rule: 'core imports Node', file: { path: 'core/a.ts', text: "import { readFileSync } from 'node:fs';" }, broken: true },
    { rule: 'core requires a module', file: { path: 'core/a.ts', text: "const fs = require('fs');" }, broken: true },
    { rule: 'the shell imports the runtime', file: { path: 'apps-script/handlers/a.ts', text: "export { y } from '../../local-apps-script/clock';" }, broken: true },
    { rule: 'the shell imports the CLI dynamically', file: { path: 'apps-script/a.ts', text: "const m = import('../cli/main');" }, broken: true },
    { rule: 'the runtime imports the core', file: { path: 'local-apps-script/a.ts', text: "import { money } from '../core/money';" }, broken: true },
    { rule: 'the runtime imports the shell', file: { path: 'local-apps-script/forms/a.ts', text: "import '../../apps-script/entry-points';" }, broken: true },
    { rule: 'the shell imports the core', file: { path: 'apps-script/handlers/a.ts', text: "import { catalogue } from '../../core/i18n';" }, broken: false },
    { rule: 'the core uses zod/mini', file: { path: 'core/a.ts', text: "import { z } from 'zod/mini';" }, broken: false },
    { rule: 'the runtime uses node:vm', file: { path: 'local-apps-script/a.ts', text: "import * as vm from 'node:vm';" }, broken: false },
    { rule: 'the core reads a file outside src', file: { path: 'core/a.ts', text: "import fixes from '../../scripts/fixes.json';" }, broken: true },
    { rule: 'a comment names a forbidden module', file: { path: 'core/a.ts', text: "// not: import { x } from '../cli/main';\nconst s = \"from 'node:fs'\";" }, broken: false },
    { rule: 'a method named require', file: { path: 'local-apps-script/a.ts', text: "this.require('requireCheckbox');" }, broken: false },
    { rule: 'the CLI drives the runtime', file: { path: 'cli/a.ts', text: "import { LocalAppsScript } from '../local-apps-script/runtime';" }, broken: false },
  ])('$rule: reported $broken', ({ file, broken }) => {
    expect(layerViolations([file]).length > 0).toBe(broken);
  });
});
