// A protected sheet or range. Scripts run as the owner, who may always edit, so protection is
// recorded (and shown in snapshots), never enforced.
// https://developers.google.com/apps-script/reference/spreadsheet/protection
import type { RuntimeEnv } from '../env';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import type { LocalRange } from './range';

export interface ProtectionTarget {
  protections: LocalProtection[];
}

export class LocalProtection implements Surface<GoogleAppsScript.Spreadsheet.Protection> {
  get [APPS_SCRIPT_CLASS]() { return 'Spreadsheet.Protection' as const; }
  description = '';
  warningOnly = false;

  constructor(
    readonly env: RuntimeEnv,
    readonly type: 'SHEET' | 'RANGE',
    private readonly owner: ProtectionTarget,
    private readonly range: LocalRange,
  ) {}

  private call(method: string): void {
    this.env.accounting.record('SpreadsheetApp', `Protection.${method}`, 'rpc');
  }

  getDescription(): string { this.call('getDescription'); return this.description; }
  setDescription(description: string): this { this.call('setDescription'); this.description = String(description); return this; }
  isWarningOnly(): boolean { this.call('isWarningOnly'); return this.warningOnly; }
  setWarningOnly(warningOnly: boolean): this { this.call('setWarningOnly'); this.warningOnly = warningOnly === true; return this; }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.call('getProtectionType');
    return this.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): LocalRange { this.call('getRange'); return this.range; }
  /** The script's account owns the spreadsheet here, so it may always edit. */
  canEdit(): boolean { this.call('canEdit'); return true; }
  canDomainEdit(): boolean { this.call('canDomainEdit'); return false; }
  setDomainEdit(): this { this.call('setDomainEdit'); return this; }
  addEditor(): this { this.call('addEditor'); return this; }
  addEditors(): this { this.call('addEditors'); return this; }
  removeEditor(): this { this.call('removeEditor'); return this; }
  removeEditors(): this { this.call('removeEditors'); return this; }
  getEditors(): GoogleAppsScript.Base.User[] { this.call('getEditors'); return []; }
  remove(): void {
    this.call('remove');
    const i = this.owner.protections.indexOf(this);
    if (i >= 0) this.owner.protections.splice(i, 1);
  }
}
