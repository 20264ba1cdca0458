/**
 * A phone's page in a test file's studio session (studio-session.ts): a browser context of
 * 390 × 844 CSS px (an iPhone 12 to 14), touch, a mobile viewport and 2 device pixels per CSS
 * pixel, opened before the file's tests and closed after them. Fields are set once beforeAll has
 * run. Call it after useStudioSession, whose browser it opens the context in (vitest runs
 * beforeAll hooks in the order they are declared).
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { StudioSession } from './studio-session.ts';

/** The phone the studio's phone tests use; the README's "On a phone (390 px and up)". */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

export interface PhonePage {
  context: BrowserContext;
  page: Page;
}

export function usePhonePage(session: StudioSession): PhonePage {
  const phone = {} as PhonePage;
  beforeAll(async () => {
    phone.context = await session.browser.newContext(PHONE);
    phone.page = await phone.context.newPage();
  });
  afterAll(async () => { await phone.context?.close(); });
  return phone;
}
