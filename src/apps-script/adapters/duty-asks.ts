// The households named by the last coverage alert, kept in a script property: its type, schema and encoding.
import * as z from 'zod/mini';
import { decodeJson } from '../../core/boundary-json';
import type { LastAsked } from '../../core/volunteers/plan-duties';

const PROPERTY = 'cabas.duties.asked';
let schema: z.ZodMiniType<LastAsked> | null = null;

/** The last alert's households, or null when none was sent or the property is damaged (nobody is then left out). */
export function readLastAsked(): LastAsked | null {
  schema ??= z.object({ key: z.string(), emails: z.array(z.string()) });
  const decoded = decodeJson(schema, PropertiesService.getScriptProperties().getProperty(PROPERTY));
  return decoded.ok ? decoded.value : null;
}

export function saveLastAsked(value: LastAsked): void {
  PropertiesService.getScriptProperties().setProperty(PROPERTY, JSON.stringify(value));
}
