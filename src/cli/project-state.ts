// The Apps Script project's state (properties, triggers, forms, clock) as the offline mode keeps it
// in the workbook it writes, so that the next `cabas run` goes on where the last one stopped. This
// module owns its text form: encoded here, decoded here with a schema, nobody else parses it.
import * as z from 'zod/mini';
import type { ProjectSnapshot } from '../local-apps-script/project-snapshot';

const strings = z.record(z.string(), z.string());
const schedule = z.union([
  z.object({ kind: z.literal('once'), at: z.number() }),
  z.object({ kind: z.literal('every'), periodMs: z.number(), nominal: z.number(), next: z.number() }),
  z.object({
    kind: z.literal('calendar'), nominal: z.number(), next: z.number(),
    rule: z.object({ unit: z.enum(['day', 'week', 'month']), every: z.number(), hour: z.number(), minute: z.number(), weekDay: z.number(), monthDay: z.number(), timeZone: z.string() }),
  }),
]);
const project = z.object({
  clock: z.number(),
  properties: z.object({ script: strings, document: strings, user: strings }),
  triggers: z.array(z.object({
    handler: z.string(), event: z.enum(['ON_FORM_SUBMIT', 'ON_OPEN', 'ON_EDIT', 'ON_CHANGE', 'CLOCK']), source: z.enum(['FORMS', 'SPREADSHEETS', 'CLOCK']),
    sourceId: z.nullable(z.string()), schedule: z.nullable(schedule),
  })),
  forms: z.array(z.object({
    id: z.string(), title: z.string(), accepting: z.boolean(), allowEdits: z.boolean(), published: z.boolean(),
    emailCollection: z.enum(['DO_NOT_COLLECT', 'VERIFIED', 'RESPONDER_INPUT']),
    items: z.array(z.object({
      id: z.number(), kind: z.enum(['TEXT', 'PARAGRAPH_TEXT', 'LIST', 'MULTIPLE_CHOICE', 'CHECKBOX', 'PAGE_BREAK', 'SECTION_HEADER']),
      title: z.string(), helpText: z.string(), required: z.boolean(), choices: z.array(z.string()),
    })),
  })),
});

export function encodeProject(snapshot: ProjectSnapshot): string {
  return JSON.stringify(snapshot);
}

/** The kept project, or null when there is none or it cannot be read (then the run starts afresh). */
export function decodeProject(text: string | undefined): ProjectSnapshot | null {
  if (!text) return null;
  try {
    const parsed = project.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
