// Finds the contract probes: every `function probe_<area>_<behaviour>()` at the top level of
// `probes/<area>.js`, with its reference URL on a line of the comment block just above it (a Google
// page: the Apps Script or Sheets API reference, or Google's help page where a limit is written). Shared by the jest
// runner (contract.test.ts) and the Google packaging (scripts/contract-google.mjs), so both run
// exactly the same list and adding a probe needs no registration. CommonJS: Node's ESM can import it.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const PROBE = /^function (probe_[A-Za-z0-9_]+)\s*\(\s*\)/;
const REFERENCE = /(https:\/\/(?:developers\.google\.com\/(?:apps-script|sheets)|support\.google\.com)\/\S+)/;

/** The probe files of a folder in load order: shared helpers (`_*.js`) first, then areas by name. */
function probeFiles(dir) {
  const names = readdirSync(dir).filter((n) => n.endsWith('.js')).sort((a, b) => {
    const shared = Number(b.startsWith('_')) - Number(a.startsWith('_'));
    return shared || a.localeCompare(b);
  });
  return names.map((name) => ({ name, path: join(dir, name), source: readFileSync(join(dir, name), 'utf8') }));
}

/** Every top-level probe of one file: its name, its area (the file's), and its reference URL or null. */
function discoverProbes(file) {
  const area = file.name.replace(/\.js$/, '');
  const lines = file.source.split(/\r?\n/);
  const found = [];
  lines.forEach((line, i) => {
    const m = PROBE.exec(line);
    if (!m) return;
    // The comment block right above the function, nearest line first.
    let ref = null;
    for (let k = i - 1; k >= 0 && !ref && lines[k].trim().startsWith('//'); k -= 1) ref = REFERENCE.exec(lines[k].trim());
    found.push({ name: m[1], area, file: file.name, line: i + 1, reference: ref ? ref[1] : null });
  });
  return found;
}

function allProbes(dir) {
  return probeFiles(dir).flatMap(discoverProbes);
}

module.exports = { probeFiles, discoverProbes, allProbes };
