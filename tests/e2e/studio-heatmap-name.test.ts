/**
 * The dashboard's output heatmaps say by colour (and a mouse tooltip) which days were fulfilled,
 * missed or a break; a screen reader reached only "Blog, image". Each map's accessible name now
 * counts the days of each colour, in the studio's language, and agrees with the cells drawn.
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
  { lang: 'en', missed: (n: number) => `slot missed on ${n === 1 ? '1 day' : `${n} days`}`, fulfilled: (n: number) => `slot fulfilled on ${n === 1 ? '1 day' : `${n} days`}` },
  { lang: 'zh', missed: (n: number) => `断更 ${n} 天`, fulfilled: (n: number) => `已按时发布 ${n} 天` },
])('each heatmap on the $lang dashboard is named with the days it shows fulfilled and missed', async ({ lang, missed, fulfilled }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'throughline-lang', value: lang, url: studio.url }]);
  const page = await context.newPage();
  await page.goto(`${studio.url}/studio`);
  const maps = page.locator('.streak-card svg.tl-heat');
  expect(await maps.count()).toBeGreaterThan(1);
  for (const map of await maps.all()) {
    // The day cells, not the legend's swatches.
    const count = (state: string) => map.locator(`:scope > rect.tl-heat-${state}`).count();
    const [nMissed, nFulfilled] = [await count('missed'), await count('fulfilled')];
    expect(nMissed + nFulfilled).toBeGreaterThan(0);
    const name = (await map.getAttribute('aria-label'))!;
    expect(await page.getByRole('img', { name, exact: true }).count()).toBe(1);
    if (nMissed) expect(name).toContain(missed(nMissed));
    if (nFulfilled) expect(name).toContain(fulfilled(nFulfilled));
  }
  await context.close();
});
