// One installed trigger: what fires it, which function it runs, and, for time triggers, when.
// https://developers.google.com/apps-script/reference/script/trigger
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import type { Schedule } from './clock-schedule';

export type TriggerEvent = 'ON_FORM_SUBMIT' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'CLOCK';
export type TriggerSourceName = 'FORMS' | 'SPREADSHEETS' | 'CLOCK';

export type { Schedule } from './clock-schedule';

export class LocalTrigger implements Surface<GoogleAppsScript.Script.Trigger> {
  get [APPS_SCRIPT_CLASS]() { return 'Script.Trigger' as const; }

  constructor(
    private readonly env: RuntimeEnv,
    readonly uid: string,
    readonly handler: string,
    readonly event: TriggerEvent,
    readonly source: TriggerSourceName,
    readonly sourceId: string | null,
    public schedule: Schedule | null,
    readonly createdAt: number,
  ) {}

  /** When a time trigger fires next; null for event triggers. */
  nextFire(): number | null {
    if (!this.schedule) return null;
    return this.schedule.kind === 'once' ? this.schedule.at : this.schedule.next;
  }

  getUniqueId(): string {
    record(this.env, 'ScriptApp', 'Trigger.getUniqueId', 'local');
    return this.uid;
  }
  getHandlerFunction(): string {
    record(this.env, 'ScriptApp', 'Trigger.getHandlerFunction', 'local');
    return this.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    record(this.env, 'ScriptApp', 'Trigger.getEventType', 'local');
    return this.event as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    record(this.env, 'ScriptApp', 'Trigger.getTriggerSource', 'local');
    return this.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  /** The form or spreadsheet id; null for a time trigger, as Apps Script returns. */
  getTriggerSourceId(): string | null {
    record(this.env, 'ScriptApp', 'Trigger.getTriggerSourceId', 'local');
    return this.sourceId;
  }
}
