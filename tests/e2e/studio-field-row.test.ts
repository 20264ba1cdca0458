/**
 * A text field and a select side by side line up: Chromium drew a select 3 px shorter than the
 * text field beside it (its text at its own line height), so on the posts list the search field
 * sat 3 px above the filter selects (studio.css gives a select a text field's box). A button on
 * that line is as tall as they are: the posts list's Filter button was 34 px beside 42 px fields.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startStudio, type Studio } from './studio-server.ts';

let browser: Browser;
let studio: Studio;

beforeAll(async () => {
  [browser, studio] = await Promise.all([launchBrowser(), startStudio()]);
});
afterAll(async () => {
  await browser?.close();
  await studio?.stop();
});

test.each([
  { path: '/studio/drafts', width: 1280 },
  { path: '/studio/drafts', width: 390 },
  { path: '/studio/channels', width: 1280 },
])('every text field and select that share a line on $path at $width px have the same top and height', async ({ path, width }) => {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${studio.url}${path}`);
  const boxes = await page.locator("main select, main input[type='search'], main input[type='text'], main input:not([type])").evaluateAll((els) =>
    els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => {
      const r = e.getBoundingClientRect();
      return { tag: e.tagName, name: (e as HTMLInputElement).name, top: r.top, bottom: r.bottom, height: r.height };
    }),
  );
  const pairs = boxes.flatMap((a) => boxes.filter((b) => a.tag === 'INPUT' && b.tag === 'SELECT' && a.bottom === b.bottom).map((b) => [a, b] as const));
  if (path === '/studio/drafts') expect(pairs.length).toBeGreaterThan(0);
  for (const [field, select] of pairs) expect({ name: select.name, top: select.top, height: select.height }).toEqual({ name: select.name, top: field.top, height: field.height });
  await context.close();
});

test.each([
  { path: '/studio/drafts', width: 1280 },
  { path: '/studio/drafts', width: 390 },
  { path: '/studio/channels', width: 1280 },
  { path: '/studio/plan', width: 1280 },
])('every button that ends on the line of a text field or select on $path at $width px is as tall as the field', async ({ path, width }) => {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${studio.url}${path}`);
  const boxes = await page.locator("main select, main input[type='search'], main input[type='text'], main input:not([type]), main button:not(.link)").evaluateAll((els) =>
    els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => {
      const r = e.getBoundingClientRect();
      return { tag: e.tagName, text: e.textContent?.trim() ?? '', bottom: Math.round(r.bottom), height: Math.round(r.height) };
    }),
  );
  const fields = boxes.filter((b) => b.tag !== 'BUTTON');
  const beside = boxes.filter((b) => b.tag === 'BUTTON').flatMap((button) => fields.filter((f) => f.bottom === button.bottom).slice(0, 1).map((field) => [button, field] as const));
  if (path === '/studio/drafts') expect(beside.length).toBeGreaterThan(0);
  for (const [button, field] of beside) expect({ button: button.text, height: button.height }).toEqual({ button: button.text, height: field.height });
  await context.close();
});
