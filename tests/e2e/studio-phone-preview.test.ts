/**
 * The editor's Write / Preview toggle on a phone: the preview takes the textarea's place. Before,
 * the preview stayed in the aside, after the post's details and actions (~1,230 px down at 390 px),
 * so pressing Preview hid the text and showed no preview at all.
 */
import type { Browser, Page } from 'playwright-core';
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

const EDITOR = '/studio/drafts/2026/red-braised-pork';
const place = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('.preview-pane')!;
    const body = document.querySelector<HTMLElement>('textarea#body')!;
    return {
      inAside: pane.closest('aside') !== null,
      // Tab and a screen reader follow the page's order: the preview right after the text it shows.
      afterBody: (body.compareDocumentPosition(pane) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && pane.previousElementSibling === body,
      paneTop: pane.getBoundingClientRect().top,
      paneShown: pane.offsetParent !== null,
      bodyShown: body.offsetParent !== null,
    };
  });

test.each(['en', 'zh'])('on a 390 px phone (%s), Preview shows the preview where the text was, and Write brings the text back', async (lang) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addCookies([{ name: 'throughline-lang', value: lang, url: studio.url }]);
  const page = await context.newPage();
  await page.goto(`${studio.url}${EDITOR}`);
  await page.locator('button[data-show="preview"]').click();
  const shown = await place(page);
  expect(shown).toMatchObject({ inAside: false, afterBody: true, paneShown: true, bodyShown: false });
  // Within the screen the toggle was pressed on, not below the post's details.
  expect(shown.paneTop).toBeLessThan(844);
  await expect.poll(() => page.locator('#preview h2').first().textContent()).toBeTruthy();
  await page.locator('button[data-show="write"]').click();
  expect(await place(page)).toMatchObject({ paneShown: false, bodyShown: true });
  // A wider window puts the preview back beside the form.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect.poll(async () => (await place(page)).inAside).toBe(true);
  expect(await place(page)).toMatchObject({ paneShown: true, bodyShown: true });
  await context.close();
});

test('on a wide screen the preview stays beside the form, in the aside', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${studio.url}${EDITOR}`);
  expect(await place(page)).toMatchObject({ inAside: true, paneShown: true, bodyShown: true });
  expect((await place(page)).paneTop).toBeLessThan(900);
  await context.close();
});
