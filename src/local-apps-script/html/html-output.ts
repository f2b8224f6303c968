// HtmlService.createHtmlOutput: the HTML of a dialog or sidebar, kept for tests to read.
// https://developers.google.com/apps-script/reference/html/html-output
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { APPS_SCRIPT_CLASS, fakeObject, type Surface } from '../surface/guard';

export class LocalHtmlOutput implements Surface<GoogleAppsScript.HTML.HtmlOutput> {
  get [APPS_SCRIPT_CLASS]() { return 'HTML.HtmlOutput' as const; }
  private title = '';
  private width = 600;
  private height = 400;

  constructor(private readonly env: RuntimeEnv, private content: string) {}

  private local(method: string): void {
    record(this.env, 'HtmlService', `HtmlOutput.${method}`, 'local');
  }

  getContent(): string { this.local('getContent'); return this.content; }
  setContent(content: string) { this.local('setContent'); this.content = String(content); return this; }
  append(addedContent: string) { this.local('append'); this.content += String(addedContent); return this; }
  getTitle(): string { this.local('getTitle'); return this.title; }
  setTitle(title: string) { this.local('setTitle'); this.title = String(title); return this; }
  getWidth(): number { this.local('getWidth'); return this.width; }
  setWidth(width: number) { this.local('setWidth'); this.width = Number(width); return this; }
  getHeight(): number { this.local('getHeight'); return this.height; }
  setHeight(height: number) { this.local('setHeight'); this.height = Number(height); return this; }
  setSandboxMode() { this.local('setSandboxMode'); return this; }
  setXFrameOptionsMode() { this.local('setXFrameOptionsMode'); return this; }
}

export function createHtmlService(env: RuntimeEnv) {
  return fakeObject<GoogleAppsScript.HTML.HtmlService>()('HTML.HtmlService', {
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutput: (html?: string) => {
      record(env, 'HtmlService', 'HtmlService.createHtmlOutput', 'local');
      return new LocalHtmlOutput(env, html === undefined ? '' : String(html));
    },
  });
}
