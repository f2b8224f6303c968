// What a script gets for Apps Script services, enums and namespaces the runtime does not model:
// objects whose use throws `not implemented: UrlFetchApp.fetch` (or `…BandingTheme.LIGHT_GREY`)
// in the script's realm, never a ReferenceError or "undefined is not a function", so a script
// that strays off the modeled surface fails with the name of what it reached for.
// The built-in and advanced services: https://developers.google.com/apps-script/reference
import type { RuntimeEnv } from './env';

// Names host tools probe on any object (jest, promises, JSON, util.inspect): left undefined.
const PROBED = new Set(['then', 'asymmetricMatch', 'toJSON', '$$typeof', 'nodeType', 'inspect', 'constructor', 'length', 'prototype']);

function probed(prop: string | symbol): boolean {
  return typeof prop !== 'string' || PROBED.has(prop) || prop.startsWith('_') || prop.startsWith('@@');
}

/**
 * What `owner.prop` gives when the runtime does not define it: an enum value (`ALL_CAPS`) throws at
 * once, an enum or nested service (`PascalCase`) is an unmodeled namespace, a method (`camelCase`)
 * is a function that throws when called.
 */
export function unmodeledMember(env: RuntimeEnv, owner: string, prop: string): unknown {
  const path = `${owner}.${prop}`;
  if (/^[A-Z][A-Z0-9_]*$/.test(prop)) throw env.realm.error(`not implemented: ${path}`);
  if (/^[A-Z]/.test(prop)) return unmodeledNamespace(env, path);
  return function notImplemented(): never {
    throw env.realm.error(`not implemented: ${path}`);
  };
}

/** A service, enum or namespace (`UrlFetchApp`, `SpreadsheetApp.BandingTheme`, `Drive.Files`) the runtime lacks. */
export function unmodeledNamespace(env: RuntimeEnv, path: string): object {
  return new Proxy({}, {
    get(target, prop, receiver) {
      if (probed(prop) || (prop as string) in target) return Reflect.get(target, prop, receiver);
      return unmodeledMember(env, path, prop as string);
    },
  });
}

/**
 * The global services Apps Script defines that the runtime does not model. Advanced services
 * (Drive, Sheets, People…) exist in Google only when the manifest enables them; here they are
 * always there, and throw when used.
 */
export const UNMODELED_SERVICES = [
  // Google Workspace services
  'CalendarApp', 'ContactsApp', 'DataStudioApp', 'DocumentApp', 'DriveApp', 'GroupsApp', 'LanguageApp', 'Maps', 'SitesApp', 'SlidesApp',
  // Script services
  'Browser', 'CardService', 'Charts', 'ConferenceDataService', 'ContentService', 'Jdbc', 'LinearOptimizationService', 'MimeType',
  'UrlFetchApp', 'XmlService',
  // Advanced services, under their default identifiers
  'AdminDirectory', 'AdminReports', 'Analytics', 'AnalyticsData', 'BigQuery', 'Calendar', 'Classroom', 'Docs', 'Drive', 'DriveActivity',
  'Gmail', 'People', 'Sheets', 'Slides', 'Tasks', 'YouTube',
];

/** One unmodeled namespace per global service name above. */
export function unmodeledServices(env: RuntimeEnv): Record<string, object> {
  return Object.fromEntries(UNMODELED_SERVICES.map((name) => [name, unmodeledNamespace(env, name)]));
}
