// Every e-mail kind, fr and en, rendered by real Chromium at phone widths: no horizontal scroll.
// One browser and one page for the whole file (Chromium is slow to start on a shared machine).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { everyEmailKind } from '../../support/every-email-kind';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EMAILS = everyEmailKind();
const WIDTHS = [360, 390, 414, 800];

let browser: BrowserContext;
let page: Page;
let profile: string;
/** `width|locale name` -> { scroll width, a cell's padding }, measured once in beforeAll. */
const measured = new Map<string, { scrollWidth: number; padding: string }>();

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'cabas-mail-width-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'], viewport: { width: 360, height: 700 },
  });
  page = browser.pages()[0] ?? await browser.newPage();
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  // Each e-mail is loaded once and laid out at every width (a resize reflows the same document).
  for (const { name, locale, email } of EMAILS) {
    await page.setContent(email.html!, { waitUntil: 'load' });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 700 });
      const result = await page.evaluate(`({
        scrollWidth: document.documentElement.scrollWidth,
        padding: (() => { const td = document.querySelector('td'); return td ? getComputedStyle(td).padding : ''; })(),
      })`) as { scrollWidth: number; padding: string };
      measured.set(`${width}|${locale} ${name}`, result);
    }
  }
  // The figures of the closing note: each kind's width in a 390 px viewport.
  console.log(EMAILS.map(({ name, locale }) => `${locale} ${name}: ${measured.get(`390|${locale} ${name}`)!.scrollWidth} px`).join('\n'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const cases = EMAILS.map(({ name, locale }) => ({ kind: `${locale} ${name}` }));

describe.each([360, 414])('at %i px', (width) => {
  test.each(cases)('$kind has no horizontal scroll', ({ kind }) => {
    expect(measured.get(`${width}|${kind}`)!.scrollWidth).toBeLessThanOrEqual(width);
  });
});

test.each(cases)('at 800 px, $kind keeps today’s table cells (4 px 8 px padding)', ({ kind }) => {
  const { padding } = measured.get(`800|${kind}`)!;
  if (padding) expect(padding).toBe('4px 8px');
});
