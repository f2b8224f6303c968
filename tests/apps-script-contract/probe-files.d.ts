// Types of probe-files.js (plain CommonJS, shared with scripts/contract-google.mjs).
export interface ProbeFile { name: string; path: string; source: string }
export interface Probe { name: string; area: string; file: string; line: number; reference: string | null }
export function probeFiles(dir: string): ProbeFile[];
export function discoverProbes(file: ProbeFile): Probe[];
export function allProbes(dir: string): Probe[];
