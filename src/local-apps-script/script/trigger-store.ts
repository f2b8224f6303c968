// The project's installed triggers and the ScriptApp global that manages them. The runtime asks
// it which time trigger is due next and which triggers a form submission fires.
// https://developers.google.com/apps-script/reference/script/script-app
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { fakeObject } from '../surface/guard';
import { LocalTrigger, type Schedule, type TriggerEvent, type TriggerSourceName } from './local-trigger';
import { Jitter, nextOccurrence, periodWindow, WINDOW } from './clock-schedule';
import { newTriggerBuilder } from './trigger-builder';
import { LocalAuthorizationInfo } from './authorization-info';

/** Apps Script's cap: 20 triggers per user per script (developers.google.com/apps-script/guides/services/quotas). */
export const MAX_TRIGGERS = 20;

const enumOf = (...names: string[]) => Object.fromEntries(names.map((n) => [n, n]));

export class LocalTriggerStore {
  /** The `ScriptApp` global handed to scripts. */
  readonly app;
  private readonly triggers: LocalTrigger[] = [];
  private count = 0;

  /**
   * Host: whether the user must authorize the script again (Google asks after an update that adds
   * scopes, or once access was removed from the account); ScriptApp.getAuthorizationInfo reads it.
   */
  authorizationRequired = false;

  /** Moves clock triggers within Google's window; seeded, so a run replays the same instants. */
  readonly jitter: Jitter;

  /** `jitterSeed: null` fires every clock trigger at its exact nominal instant (for unit tests that assert one). */
  constructor(private readonly env: RuntimeEnv, readonly scriptId = '1cabasScriptId0000000000000000000000000000000000000', jitterSeed: number | null = 1) {
    this.jitter = new Jitter(jitterSeed);
    const factory = {
      create: (h: string, e: TriggerEvent, s: TriggerSourceName, id: string | null, sch: Schedule | null) => this.create(h, e, s, id, sch),
      jitter: this.jitter,
    };
    this.app = fakeObject<GoogleAppsScript.Script.ScriptApp>()('Script.ScriptApp', {
      AuthMode: enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'),
      AuthorizationStatus: enumOf('REQUIRED', 'NOT_REQUIRED'),
      EventType: enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'),
      TriggerSource: enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'),
      WeekDay: enumOf('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'),
      newTrigger: (functionName: string) => {
        record(env, 'ScriptApp', 'ScriptApp.newTrigger', 'local');
        return newTriggerBuilder(env, factory, String(functionName));
      },
      getProjectTriggers: () => {
        record(env, 'ScriptApp', 'ScriptApp.getProjectTriggers', 'rpc');
        return env.realm.adopt([...this.triggers]);
      },
      deleteTrigger: (trigger: LocalTrigger) => {
        record(env, 'ScriptApp', 'ScriptApp.deleteTrigger', 'rpc');
        // Deleting a trigger that is already gone is silently accepted.
        this.remove(trigger.getUniqueId());
      },
      getAuthorizationInfo: (authMode: unknown) => {
        record(env, 'ScriptApp', 'ScriptApp.getAuthorizationInfo', 'rpc');
        if (authMode === undefined) throw env.realm.error('Exception: The parameters () don\'t match the method signature for ScriptApp.getAuthorizationInfo.');
        // Only FULL asks the user for anything (authorization-info reference).
        return new LocalAuthorizationInfo(env, authMode === 'FULL' && this.authorizationRequired, this.scriptId);
      },
      getScriptId: () => {
        record(env, 'ScriptApp', 'ScriptApp.getScriptId', 'local');
        return this.scriptId;
      },
    });
  }

  private create(handler: string, event: TriggerEvent, source: TriggerSourceName, sourceId: string | null, schedule: Schedule | null): LocalTrigger {
    if (this.triggers.length >= MAX_TRIGGERS) {
      throw this.env.realm.error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    const uid = String(8_000_000_000_000_000 + 104_729 * ++this.count);
    const trigger = new LocalTrigger(this.env, uid, handler, event, source, sourceId, schedule, this.env.clock.now());
    this.triggers.push(trigger);
    return trigger;
  }

  /** Host: a trigger installed in an earlier run of the same project (offline, kept in the workbook), with its schedule. */
  restore(kept: { handler: string; event: TriggerEvent; source: TriggerSourceName; sourceId: string | null; schedule: Schedule | null }): void {
    this.create(kept.handler, kept.event, kept.source, kept.sourceId, kept.schedule);
  }

  /** The installed triggers, oldest first. */
  list(): LocalTrigger[] {
    return [...this.triggers];
  }

  remove(uid: string): void {
    const index = this.triggers.findIndex((t) => t.uid === uid);
    if (index >= 0) this.triggers.splice(index, 1);
  }

  /** The form-submit triggers of a form (a form-bound installable trigger). */
  formSubmitTriggers(formId: string): LocalTrigger[] {
    return this.triggers.filter((t) => t.event === 'ON_FORM_SUBMIT' && t.source === 'FORMS' && t.sourceId === formId);
  }

  /** The time trigger due first at or before `until` (ties: oldest first), or null. */
  nextDue(until: number): { trigger: LocalTrigger; at: number } | null {
    let best: { trigger: LocalTrigger; at: number } | null = null;
    for (const trigger of this.triggers) {
      const at = trigger.nextFire();
      if (at === null || at > until) continue;
      if (!best || at < best.at) best = { trigger, at };
    }
    return best;
  }

  /** Called as a time trigger fires: a one-off disappears, a repeating one moves to its next time. */
  fired(trigger: LocalTrigger): void {
    const s = trigger.schedule;
    if (!s) return;
    if (s.kind === 'once') {
      this.remove(trigger.uid);
      return;
    }
    const fired = s.next;
    if (s.kind === 'every') {
      s.nominal += s.periodMs;
      s.next = s.nominal + this.jitter.around(periodWindow(s.periodMs));
    } else {
      s.nominal = nextOccurrence(s.rule, s.nominal);
      s.next = s.nominal + this.jitter.around(WINDOW);
    }
    // Never twice at once, never backwards.
    s.next = Math.max(s.next, fired + 1000);
  }
}
