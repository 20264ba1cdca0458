/**
 * Quick capture on the plan page, by keyboard: the page reloads to list the new idea, and focus
 * went to the top of the reloaded page, far from the list and from what was announced. Focus now
 * lands on the new idea's ⠿ handle in the unplanned list, as after a move, and the save is said.
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
  { lang: 'en', title: 'Steamed buns for a grey Sunday' },
  { lang: 'zh', title: '周日的蒸包子' },
])('an idea captured with N on the plan ($lang) has focus on its handle in the unplanned list', async ({ lang, title }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'throughline-lang', value: lang, url: studio.url }]);
  const page = await context.newPage();
  await page.goto(`${studio.url}/studio/plan`);
  await page.keyboard.press('n');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('qc-title');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => {
    const handle = document.activeElement;
    return handle?.matches('[data-drag-handle]') ? handle.closest<HTMLElement>('[data-drag-post]')!.dataset.dragTitle : null;
  }), { timeout: 15_000 }).toBe(title);
  expect(await page.evaluate(() => document.activeElement!.closest('li.idea') !== null)).toBe(true);
  await expect.poll(() => page.locator('[aria-live], [role="status"]').evaluateAll((els, t) => els.some((e) => e.textContent!.includes(t)), title)).toBe(true);
  await context.close();
});
