// What an Apps Script project keeps outside its spreadsheet: script properties, installed
// triggers, the forms in Drive, and where the clock stood. In Google they simply live on between
// two executions; offline, a run ends with the process, so the host keeps them (the offline mode
// writes them into the workbook) and the next run restores them before anything executes.
import type { EmailCollection } from './forms/form';
import type { RestoredItem } from './forms/form-service';
import type { LocalAppsScript } from './runtime';
import type { Schedule, TriggerEvent, TriggerSourceName } from './script/local-trigger';

export interface ProjectSnapshot {
  clock: number;
  properties: { script: Record<string, string>; document: Record<string, string>; user: Record<string, string> };
  triggers: { handler: string; event: TriggerEvent; source: TriggerSourceName; sourceId: string | null; schedule: Schedule | null }[];
  forms: { id: string; title: string; accepting: boolean; allowEdits: boolean; published: boolean; emailCollection: EmailCollection; items: RestoredItem[] }[];
}

export function snapshotProject(gas: LocalAppsScript): ProjectSnapshot {
  const stores = gas.properties.stores;
  return {
    clock: gas.clock.now(),
    properties: { script: Object.fromEntries(stores.script), document: Object.fromEntries(stores.document), user: Object.fromEntries(stores.user) },
    triggers: gas.triggers.list().map((t) => ({ handler: t.handler, event: t.event, source: t.source, sourceId: t.sourceId, schedule: t.schedule })),
    forms: gas.forms.list().map((f) => ({
      id: f.id, title: f.title, accepting: f.accepting, allowEdits: f.allowEdits, published: f.published, emailCollection: f.emailCollection,
      items: f.items.map((i) => ({ id: i.id, kind: i.kind, title: i.title, helpText: i.helpText, required: i.required, choices: [...i.choices] })),
    })),
  };
}

/** Restores a snapshot into a fresh runtime (whose clock the host started at `snapshot.clock`). Form responses are not kept. */
export function restoreProject(gas: LocalAppsScript, snapshot: ProjectSnapshot): void {
  for (const scope of ['script', 'document', 'user'] as const) {
    for (const [k, v] of Object.entries(snapshot.properties[scope])) gas.properties.stores[scope].set(k, v);
  }
  for (const form of snapshot.forms) gas.forms.restore(form);
  for (const trigger of snapshot.triggers) gas.triggers.restore(trigger);
}
