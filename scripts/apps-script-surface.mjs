// Regenerates src/local-apps-script/surface/surface-table.ts from @types/google-apps-script
// (see scripts/generate-surface.ts). Run after upgrading the typings.
import { writeFileSync } from 'node:fs';
import { importTs } from './import-ts.mjs';

const { generateSurface } = await importTs('scripts/generate-surface.ts');
writeFileSync('src/local-apps-script/surface/surface-table.ts', generateSurface());
