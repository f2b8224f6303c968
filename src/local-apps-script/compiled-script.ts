// One compiled script per file text in this process: a `vm.Script` is unbound, so each execution
// still runs it in its own context (nothing shared but V8's bytecode), and the many runtimes a
// test process makes stop paying the bundle's compile each time. The bench's load-time figure
// compiles on its own (cli/bench/bundle-metrics.ts) and is not served from here.
import vm from 'node:vm';

const COMPILED = new Map<string, vm.Script>();

/** The script of this file name and source text, compiled on first use. */
export function compiledScript(name: string, code: string): vm.Script {
  const key = `${name}\u0000${code}`;
  let script = COMPILED.get(key);
  if (!script) {
    if (COMPILED.size >= 32) COMPILED.clear();
    script = new vm.Script(code, { filename: name });
    COMPILED.set(key, script);
  }
  return script;
}
