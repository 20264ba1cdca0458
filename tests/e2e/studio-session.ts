/**
 * One studio (astro dev over a temp copy of the sample project) and one browser page for a test
 * file: started before its tests, closed after them. Fields are set once beforeAll has run.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startStudio, type Studio } from './studio-server.ts';

export interface StudioSession {
  studio: Studio;
  browser: Browser;
  page: Page;
}

export function useStudioSession(): StudioSession {
  const session = {} as StudioSession;
  beforeAll(async () => {
    [session.studio, session.browser] = await Promise.all([startStudio(), launchBrowser()]);
    session.page = await session.browser.newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.studio?.stop();
  });
  return session;
}
