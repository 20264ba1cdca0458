/**
 * The quick-capture button on a phone (390 px) is a round button fixed at the bottom right. It
 * used to float over what the person was typing: the text by the keyboard and the body field's
 * resize corner (a new user's trial). It steps aside while a text field has focus, and while any
 * part of a control lies under it: a Chinese PM's channels page had its Name field under it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  page = await context.newPage();
});
afterAll(async () => { await context?.close(); });

test('on a phone the capture button hides while the body or title is being typed in, and comes back after', async () => {
  await page.goto(`${session.studio.url}/studio/drafts/drafts/wechat/dongzhi-jiaozi`);
  // Both pages' scripts started first: this test failed 2 of 7 runs under load in a helper's clone
  // (not seen here in 3 runs); focus and blur before the editor's and the button's scripts have
  // run was the one timing the test left to chance.
  await page.waitForSelector('#qc-open[data-ready]', { state: 'attached' });
  await page.waitForSelector('form[data-ready]', { state: 'attached' });
  const button = page.locator('.studio-header .qc-open');
  // Shown or not as the page lies under it (it steps aside over a control: the last test): here, in the layout or not.
  const laidOut = () => button.evaluate((el) => getComputedStyle(el).display !== 'none');
  await expect.poll(laidOut).toBe(true);
  for (const field of ['#body', '#title']) {
    await page.locator(field).focus();
    await expect.poll(laidOut).toBe(false);
    await page.locator(field).blur();
    await expect.poll(laidOut).toBe(true);
  }
});

test('on a wide screen it stays in the header while typing', async () => {
  const wide = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const p = await wide.newPage();
    await p.goto(`${session.studio.url}/studio/drafts/drafts/wechat/dongzhi-jiaozi`);
    await p.locator('textarea[name="body"]').focus();
    expect(await p.locator('.studio-header .qc-open').isVisible()).toBe(true);
  } finally {
    await wide.close();
  }
});

const PAGES = ['/studio', '/studio/brand', '/studio/channels', '/studio/plan', '/studio/drafts', '/studio/drafts/2026/red-braised-pork'];

test.each(PAGES)('on a phone the capture button never lies over a control, wherever %s is scrolled to', async (path) => {
  await page.goto(`${session.studio.url}${path}`);
  await page.waitForSelector('#qc-open[data-ready]', { state: 'attached' });
  // What a visible + covers: every control in <main> any part of whose box meets the button's.
  const covered = () => page.evaluate(() => {
    const button = document.querySelector<HTMLElement>('.studio-header .qc-open')!;
    const style = getComputedStyle(button);
    if (style.display === 'none' || style.visibility === 'hidden') return [];
    const b = button.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('main a, main button, main input:not([type=hidden]), main select, main textarea, main summary, main label')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top;
      })
      .map((el) => `${el.tagName.toLowerCase()}#${el.id} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
  });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 211) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await expect.poll(covered, { message: `${path} scrolled to ${y}` }).toEqual([]);
  }
});
