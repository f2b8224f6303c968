// A Jest transform that compiles TypeScript with esbuild (the same compiler that builds the bundle).
// Strict code, as the built dist/cli.js is: a write to a frozen object (the runtime shares frozen
// cells and styles) throws here as it does there, rather than being dropped.
const { transformSync } = require('esbuild');
module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename,
      tsconfigRaw: { compilerOptions: { alwaysStrict: true } },
    });
    return { code, map };
  },
};
