/**
 * The quick-capture button on a phone (390 px) is a round button fixed at the bottom right. It
 * used to float over what the person was typing: the text by the keyboard and the body field's
 * resize corner (a new user's trial). It steps aside while a text field has focus.
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
  const button = page.locator('.studio-header .qc-open');
  await expect.poll(() => button.isVisible()).toBe(true);
  for (const field of ['#body', '#title']) {
    await page.locator(field).focus();
    await expect.poll(() => button.isVisible()).toBe(false);
    await page.locator(field).blur();
    await expect.poll(() => button.isVisible()).toBe(true);
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
