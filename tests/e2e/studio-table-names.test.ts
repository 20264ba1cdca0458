/**
 * Every table of the studio has a name, in the page's language, so a screen reader's list of
 * tables (and its announcement on entering one) says which it is: the plan's month grid, the
 * pillar balance, the posts and channels lists were each just "table".
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

const PAGES = ['/studio/brand', '/studio/channels', '/studio/plan', '/studio/drafts'];

test.each(['en', 'zh'])('every table on the studio pages has a name (%s)', async (lang) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'throughline-lang', value: lang, url: studio.url }]);
  const page = await context.newPage();
  const names: string[] = [];
  for (const path of PAGES) {
    await page.goto(`${studio.url}${path}`);
    const snapshot = await page.locator('main').ariaSnapshot();
    const tables = snapshot.split('\n').filter((line) => /^\s*- '?table\b/.test(line)).map((line) => line.trim());
    expect(tables.length, path).toBeGreaterThan(0);
    for (const table of tables) expect(table, `${path}: ${table}`).toMatch(/table "[^"]+"/);
    names.push(...tables);
  }
  // The names are in the page's language (the sample's pillar names are English on either page).
  if (lang === 'zh') expect(names.some((n) => /日历|支柱|文章|渠道/.test(n))).toBe(true);
  await context.close();
});
