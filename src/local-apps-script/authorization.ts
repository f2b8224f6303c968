// Holds every service call to the scopes the script may use, as Apps Script does: the manifest's
// explicit `oauthScopes` bound what any execution can do, and a simple trigger (AuthMode.LIMITED)
// may not use services that need authorization. Without `oauthScopes`, Apps Script detects the
// scopes from the code and asks for them all, so nothing is refused
// (https://developers.google.com/apps-script/concepts/scopes).
import type { Realm } from './env';
import { SCOPE, scopesOf } from './scopes';

/** The parts of appsscript.json the runtime reads (https://developers.google.com/apps-script/manifest). */
export interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
}

/** ScriptApp.AuthMode: FULL for menus, runs and installable triggers; LIMITED for simple onOpen/onEdit. */
export type AuthMode = 'FULL' | 'LIMITED';

// What a bound script's simple trigger can reach (https://developers.google.com/apps-script/guides/triggers#restrictions,
// https://developers.google.com/apps-script/reference/script/auth-mode): its own spreadsheet, and
// the Session getters, whose e-mail then reads '' (Session page). Approximated: no page lists the
// set as scopes.
const LIMITED_SCOPES: readonly string[] = [SCOPE.spreadsheetsCurrent, SCOPE.userEmail];

// One scope is named as it is; several (any one suffices) are written `(a || b)`. Both shapes as
// Apps Script prints them, e.g. "Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly
// || https://www.googleapis.com/auth/spreadsheets)".
function required(scopes: readonly string[]): string {
  return scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
}

/**
 * The message when the manifest's explicit oauthScopes lack every scope the method lists, word for
 * word as Apps Script gives it (e.g. "Specified permissions are not sufficient to call
 * Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email",
 * reported from scripts whose manifest lacked userinfo.email).
 */
export function insufficientScopesMessage(method: string, scopes: readonly string[]): string {
  return `Specified permissions are not sufficient to call ${method}. Required permissions: ${required(scopes)}`;
}

/**
 * The message when the execution was not granted the scope (a simple trigger, or a user who has
 * not authorized it), as Apps Script prints it today, pointer to its troubleshooting page included.
 */
export function noPermissionMessage(method: string, scopes: readonly string[]): string {
  return `You do not have permission to call ${method}. Required permissions: ${required(scopes)}. `
    + 'For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is';
}

/**
 * The check Accounting runs before every recorded call: throws Apps Script's error in the
 * script's realm when the call's scopes are out of reach.
 */
export function authorizer(manifest: Manifest | undefined, authMode: () => AuthMode, realm: Realm): (method: string) => void {
  const granted = manifest?.oauthScopes ? new Set(manifest.oauthScopes) : null;
  return (method) => {
    const mode = authMode();
    if (granted === null && mode === 'FULL') return;
    const scopes = scopesOf(method);
    if (scopes === undefined) throw realm.error(`not implemented: scopes of ${method} (add its class to src/local-apps-script/scopes.ts)`);
    if (scopes.length === 0) return;
    if (granted !== null && !scopes.some((s) => granted.has(s))) throw realm.error(insufficientScopesMessage(method, scopes));
    if (mode === 'LIMITED' && !scopes.some((s) => LIMITED_SCOPES.includes(s))) throw realm.error(noPermissionMessage(method, scopes));
  };
}
