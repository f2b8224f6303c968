// The OAuth scopes each Apps Script method needs: the "Authorization" section of the method on its
// reference page ("Scripts that use this method require authorization with one or more of the
// following scopes"), so any ONE of a method's scopes suffices. An empty list: the page lists no
// scope for the method (it runs under any manifest, in any authorization mode).
//
// Keys are the `Class.method` names the services record through Accounting.record. A class gives
// the scopes its page lists for (nearly) all its methods; `methods` gives the exceptions. A class
// missing from this table fails loudly (`not implemented: scopes of Class.method`) rather than
// running unchecked.

const SPREADSHEETS = 'https://www.googleapis.com/auth/spreadsheets';
const SPREADSHEETS_CURRENT = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
const FORMS = 'https://www.googleapis.com/auth/forms';
const FORMS_CURRENT = 'https://www.googleapis.com/auth/forms.currentonly';
export const SCOPE = {
  spreadsheets: SPREADSHEETS,
  spreadsheetsCurrent: SPREADSHEETS_CURRENT,
  forms: FORMS,
  formsCurrent: FORMS_CURRENT,
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  gmail: 'https://mail.google.com/',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  userEmail: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

const NONE: readonly string[] = [];
const SHEETS: readonly string[] = [SPREADSHEETS_CURRENT, SPREADSHEETS];
const ALL_SHEETS: readonly string[] = [SPREADSHEETS];
const FORM: readonly string[] = [FORMS_CURRENT, FORMS];
const ALL_FORMS: readonly string[] = [FORMS];
const TRIGGERS: readonly string[] = [SCOPE.scriptApp];

export interface ClassScopes {
  /** The class's reference page, where each method's "Authorization" section is. */
  page: string;
  /** What (nearly) every method of the page lists. */
  scopes: readonly string[];
  /** Methods whose page entry lists other scopes than the class's. */
  methods?: Record<string, readonly string[]>;
}

const REF = 'https://developers.google.com/apps-script/reference';
const sheetClass = (page: string): ClassScopes => ({ page: `${REF}/spreadsheet/${page}`, scopes: SHEETS });
const formClass = (page: string): ClassScopes => ({ page: `${REF}/forms/${page}`, scopes: FORM });
const free = (page: string): ClassScopes => ({ page: `${REF}/${page}`, scopes: NONE });

export const SCOPES: Record<string, ClassScopes> = {
  // Spreadsheet service: the bound spreadsheet is reachable with `spreadsheets.currentonly`;
  // opening or creating another file needs `spreadsheets` (SpreadsheetApp page).
  SpreadsheetApp: {
    ...sheetClass('spreadsheet-app'),
    methods: { openById: ALL_SHEETS, openByUrl: ALL_SHEETS, open: ALL_SHEETS, create: ALL_SHEETS },
  },
  Spreadsheet: sheetClass('spreadsheet'),
  Sheet: sheetClass('sheet'),
  Range: sheetClass('range'),
  RangeList: sheetClass('range-list'),
  Filter: sheetClass('filter'),
  Protection: sheetClass('protection'),
  TextFinder: sheetClass('text-finder'),
  // Builders and rules: approximated with the service's scopes (at least as strict as Google).
  DataValidation: sheetClass('data-validation'),
  DataValidationBuilder: sheetClass('data-validation-builder'),
  EmbeddedChartBuilder: sheetClass('embedded-chart-builder'),
  EmbeddedChart: sheetClass('embedded-chart'),

  // Base service UI: only the dialogs and the sidebar list a scope (Ui page); alerts, prompts and
  // menus list none.
  Ui: {
    page: `${REF}/base/ui`, scopes: NONE,
    methods: { showModalDialog: [SCOPE.containerUi], showModelessDialog: [SCOPE.containerUi], showSidebar: [SCOPE.containerUi] },
  },
  Menu: free('base/menu'),
  PromptResponse: free('base/prompt-response'),
  // Session page: the two user getters need userinfo.email; the time zone, the locale and the
  // temporary key list none. User.getEmail lists none (base/user).
  Session: {
    page: `${REF}/base/session`, scopes: NONE,
    methods: { getActiveUser: [SCOPE.userEmail], getEffectiveUser: [SCOPE.userEmail] },
  },
  User: free('base/user'),
  Logger: free('base/logger'),
  console: free('base/console'),

  // Forms service: the bound form with `forms.currentonly`, any other with `forms` (FormApp page).
  FormApp: { ...formClass('form-app'), methods: { create: ALL_FORMS, openById: ALL_FORMS, openByUrl: ALL_FORMS } },
  Form: formClass('form'),
  FormResponse: formClass('form-response'),
  ItemResponse: formClass('item-response'),
  Item: formClass('item'),
  TextItem: formClass('text-item'),
  ParagraphTextItem: formClass('paragraph-text-item'),
  MultipleChoiceItem: formClass('multiple-choice-item'),
  ListItem: formClass('list-item'),
  CheckboxItem: formClass('checkbox-item'),
  SectionHeaderItem: formClass('section-header-item'),
  PageBreakItem: formClass('page-break-item'),
  Choice: formClass('choice'),
  TextValidation: formClass('text-validation'),
  TextValidationBuilder: formClass('text-validation-builder'),

  MailApp: { page: `${REF}/mail/mail-app`, scopes: [SCOPE.sendMail] },
  GmailApp: { page: `${REF}/gmail/gmail-app`, scopes: [SCOPE.gmail] },

  // Script service: creating, listing and deleting triggers needs script.scriptapp (ScriptApp
  // page), and so does every Trigger getter (Trigger page); the builders are held to the same
  // scope. getScriptId lists none.
  ScriptApp: { page: `${REF}/script/script-app`, scopes: TRIGGERS, methods: { getScriptId: NONE } },
  TriggerBuilder: { page: `${REF}/script/trigger-builder`, scopes: TRIGGERS },
  ClockTriggerBuilder: { page: `${REF}/script/clock-trigger-builder`, scopes: TRIGGERS },
  FormTriggerBuilder: { page: `${REF}/script/form-trigger-builder`, scopes: TRIGGERS },
  SpreadsheetTriggerBuilder: { page: `${REF}/script/spreadsheet-trigger-builder`, scopes: TRIGGERS },
  Trigger: { page: `${REF}/script/trigger`, scopes: TRIGGERS },
  // Its page lists no scope of its own; held to ScriptApp's, which returns it (at least as strict).
  AuthorizationInfo: { page: `${REF}/script/authorization-info`, scopes: TRIGGERS },

  // Services whose pages list no scope at all.
  LockService: free('lock/lock-service'),
  Lock: free('lock/lock'),
  PropertiesService: free('properties/properties-service'),
  Properties: free('properties/properties'),
  CacheService: free('cache/cache-service'),
  Cache: free('cache/cache'),
  Utilities: free('utilities/utilities'),
  Blob: free('base/blob'),
  HtmlService: free('html/html-service'),
  HtmlOutput: free('html/html-output'),
};

/** The scopes `Class.method` needs (any one suffices), or undefined when its class is not in the table. */
export function scopesOf(method: string): readonly string[] | undefined {
  const dot = method.indexOf('.');
  const entry = SCOPES[method.slice(0, dot)];
  if (!entry) return undefined;
  return entry.methods?.[method.slice(dot + 1)] ?? entry.scopes;
}
