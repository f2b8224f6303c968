// The Form's volunteer offers the daily duties run has already put in `Permanences`, kept in
// script properties: an offer is written once, so a row the coordinator deleted or gave to someone
// else stays as they left it. Its type, schema and encoding live here.
import * as z from 'zod/mini';
import { decodeJson } from '../../core/boundary-json';

const PREFIX = 'cabas.duties.offered.';
/** A property value holds at most 9 KB (developers.google.com/apps-script/guides/services/quotas): chunks stay well under. */
const CHUNK_CHARS = 8000;

interface Offered {
  cycle: string;
  keys: string[];
}
let schema: z.ZodMiniType<Offered> | null = null;

/** An offer's key: the household and the site it offered (as typed in the Form's choice). */
export const offerKey = (email: string, site: string): string => `${email.trim().toLowerCase()}\u0000${site.trim().toLowerCase()}`;

/**
 * The keys of the offers already written for this cycle (one read of the script properties). A
 * damaged chunk counts as none: its offers are written again, never lost.
 */
export function readOffered(cycle: string): { keys: Set<string>; chunks: number } {
  schema ??= z.object({ cycle: z.string(), keys: z.array(z.string()) });
  const all = PropertiesService.getScriptProperties().getProperties();
  const keys = new Set<string>();
  let chunks = 0;
  for (const [name, value] of Object.entries(all)) {
    if (!name.startsWith(PREFIX)) continue;
    chunks = Math.max(chunks, Number(name.slice(PREFIX.length)) + 1 || 0);
    const decoded = decodeJson(schema, value);
    if (decoded.ok && decoded.value.cycle === cycle) for (const k of decoded.value.keys) keys.add(k);
  }
  return { keys, chunks };
}

/** Records the cycle's written offers in as many chunks as they need (one call), and deletes the chunks beyond them that `read` found. */
export function saveOffered(cycle: string, keys: Iterable<string>, read: { chunks: number }): void {
  const store = PropertiesService.getScriptProperties();
  const chunks: string[][] = [[]];
  let size = 0;
  for (const key of keys) {
    if (size + key.length + 4 > CHUNK_CHARS && chunks[chunks.length - 1].length > 0) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1].push(key);
    size += key.length + 4;
  }
  const values: Record<string, string> = {};
  chunks.forEach((chunk, i) => (values[`${PREFIX}${i}`] = JSON.stringify({ cycle, keys: chunk })));
  store.setProperties(values);
  // Chunks left from a longer list (an earlier cycle's): rarely any.
  for (let i = chunks.length; i < read.chunks; i++) store.deleteProperty(`${PREFIX}${i}`);
}
