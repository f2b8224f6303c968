// Regenerates src/local-apps-script/surface/surface-table.ts from @types/google-apps-script
// (see generate-surface.ts there). Run after upgrading the typings.
import { writeFileSync } from 'node:fs';
import { importTs } from './import-ts.mjs';

const { generateSurface } = await importTs('src/local-apps-script/surface/generate-surface.ts');
writeFileSync('src/local-apps-script/surface/surface-table.ts', generateSurface());
