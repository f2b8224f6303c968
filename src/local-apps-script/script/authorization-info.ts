// What ScriptApp.getAuthorizationInfo(authMode) answers: whether the user must (re)authorize the
// script, and where. https://developers.google.com/apps-script/reference/script/authorization-info
// ("In almost all cases, scripts should call ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL)";
// getAuthorizationUrl() "returns null if no authorization is required").
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';

export class LocalAuthorizationInfo implements Surface<GoogleAppsScript.Script.AuthorizationInfo> {
  get [APPS_SCRIPT_CLASS]() { return 'Script.AuthorizationInfo' as const; }

  constructor(private readonly env: RuntimeEnv, private readonly required: boolean, private readonly scriptId: string) {}

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    record(this.env, 'ScriptApp', 'AuthorizationInfo.getAuthorizationStatus', 'local');
    return (this.required ? 'REQUIRED' : 'NOT_REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }

  getAuthorizationUrl(): string | null {
    record(this.env, 'ScriptApp', 'AuthorizationInfo.getAuthorizationUrl', 'local');
    // The address's shape is Google's own; nothing in Cabas reads it, people open it.
    return this.required ? `https://script.google.com/macros/d/${this.scriptId}/authorize` : null;
  }
}
