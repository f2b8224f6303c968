// A Jest transform that compiles TypeScript with esbuild (the same compiler that builds the bundle).
const { transformSync } = require('esbuild');
module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename,
    });
    return { code, map };
  },
};
