// The order sidebar in real Chromium: the HTML the runtime recorded for showSidebar, served in a
// page whose google.script.run is bridged to the runtime (each call its own execution, Apps
// Script's argument rules: src/local-apps-script/html/script-run.ts). A coordinator fills it in
// and submits; the test reads Commandes and prints the slip. One browser for the whole file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CabasDriver } from '../../src/cli/cabas-driver';
import { callServer } from '../../src/local-apps-script/html/script-run';
import { DEADLINE, OPEN_AT, PICKUP, householdsWithoutEmail } from './fixtures/households-without-email';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HOUR = 3600 * 1000;

/** google.script.run in the page: every call goes to the host's bridge (page.exposeFunction), the handlers run with its answer. */
const SHIM = `<script>window.google={script:{run:(function make(h){return new Proxy({},{get:function(_,name){
if(name==='withSuccessHandler')return function(f){return make(Object.assign({},h,{s:f}));};
if(name==='withFailureHandler')return function(f){return make(Object.assign({},h,{f:f}));};
if(name==='withUserObject')return function(u){return make(Object.assign({},h,{u:u}));};
return function(){var args=[].slice.call(arguments);window.__cabasServer(name,args).then(function(v){h.s&&h.s(v,h.u);},function(e){h.f&&h.f(new Error(e&&e.message||String(e)),h.u);});};}});})({})}};</script>`;

let browser: BrowserContext;
let page: Page;
let profile: string;
let driver: CabasDriver;

beforeAll(async () => {
  driver = new CabasDriver({ now: OPEN_AT, spreadsheet: householdsWithoutEmail(), userEmail: 'coordination@example.org' });
  driver.install(false);
  driver.open({ deadline: DEADLINE, pickup: PICKUP });
  driver.submit('alice@example.org', { 'LEG-PAN': 2 }, { site: 'Monclar-de-Quercy', at: OPEN_AT + HOUR });
  driver.gas.advanceTo(OPEN_AT + 2 * HOUR);
  driver.gas.runMenu('menuEnterOrder');
  profile = mkdtempSync(join(tmpdir(), 'cabas-sidebar-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'], viewport: { width: 300, height: 900 },
  });
  page = browser.pages()[0] ?? await browser.newPage();
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  const run = driver.gas.scriptRun();
  await page.exposeFunction('__cabasServer', (name: string, args: unknown[]) => callServer(run, name, args));
  const html = driver.gas.ui.sidebars[0].html;
  await page.setContent(html.replace('<head>', `<head>${SHIM}`), { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Fills in the sidebar as a coordinator does: a household, quantities as typed, a comment; then submits and waits for the answer. */
async function enter(household: string, quantities: Record<string, string>, comment = ''): Promise<string> {
  await page.selectOption('#household', household);
  for (const [ref, typed] of Object.entries(quantities)) await page.fill(`input[data-ref="${ref}"]`, typed);
  await page.fill('#comment', comment);
  await page.click('#submit');
  await page.waitForFunction('!document.getElementById("submit").disabled');
  return (await page.textContent('#result')) ?? '';
}

test('a household’s current order is filled in when it is picked', async () => {
  await page.selectOption('#household', 'alice@example.org');
  expect(await page.inputValue('input[data-ref="LEG-PAN"]')).toBe('2');
  expect(await page.inputValue('#site')).toBe('Monclar-de-Quercy');
});

test('an order typed for a household without e-mail is saved by the Form’s rules, and its slip prints', async () => {
  const answer = await enter('nom:jeanne bousquet', { 'LEG-TOM': '1,5', 'LEG-PAN': '4', 'HUI-NOI': '' }, 'Appelle le mardi');
  expect(answer.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^Commande enregistrée pour Jeanne Bousquet\.\nPanier de saison : vous avez demandé 4, ramené à 3, le maximum par adhérent\./);
  const lines = driver.rows('Commandes').filter((r) => r['Adhérent'] === 'Jeanne Bousquet');
  expect(lines.map((r) => [r['Réf'], r['Quantité'], r['Statut'], r['Commentaire']])).toEqual([
    ['LEG-TOM', 1.5, 'actif', 'Appelle le mardi'],
    ['LEG-PAN', 3, 'actif', 'Appelle le mardi'],
  ]);

  expect(await page.isVisible('#slip')).toBe(true);
  const before = driver.gas.ui.dialogs.length;
  await page.click('#slip');
  for (let i = 0; i < 50 && driver.gas.ui.dialogs.length === before; i += 1) await new Promise((r) => setTimeout(r, 20));
  const dialog = driver.gas.ui.dialogs[before];
  expect(dialog.title.replace(/[\u00a0\u202f]/g, ' ')).toBe('Jeanne Bousquet — Fiche de commande');

  // The slip on a phone, then as printed: no horizontal scroll, and the print button is not printed.
  const slip = await browser.newPage();
  await slip.setViewportSize({ width: 360, height: 700 });
  await slip.setContent(dialog.html, { waitUntil: 'load' });
  expect(await slip.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  expect(await slip.textContent('h1')).toBe('Jeanne Bousquet');
  await slip.emulateMedia({ media: 'print' });
  expect(await slip.isVisible('.cabas-slip-print')).toBe(false);
  await slip.close();
}, 60_000);

test('a refused entry says why, and changes nothing', async () => {
  const answer = await enter('nom:marcel rieu', { 'LEG-TOM': '1,25', 'LEG-PAN': '' });
  expect(answer.replace(/[\u00a0\u202f]/g, ' ')).toContain('Commande de Marcel Rieu refusée :\n« 1,25 » pour Tomates anciennes');
  expect(await page.getAttribute('#result', 'class')).toBe('error');
  expect(driver.rows('Commandes').filter((r) => r['Adhérent'] === 'Marcel Rieu')).toEqual([]);
}, 60_000);
