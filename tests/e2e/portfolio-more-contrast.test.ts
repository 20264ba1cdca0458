/**
 * A reader who asks for more contrast (`prefers-contrast: more`: macOS "Increase contrast", iOS,
 * Windows' contrast themes in Chromium) got the same muted grey meta lines and 1.4:1 hairlines as
 * everyone: the theme ignored the setting. With it, secondary text is the text colour and the
 * borders that separate posts, table rows and blocks reach WCAG's 3:1 for non-text contrast, in
 * both themes; without it the look is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { launchBrowser } from './browser.ts';
import { openBuiltSite, type BuiltSite } from './static-server.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await openBuiltSite(async () => buildPortfolio(await makeRoot('tl-e2e-contrast-')), launchBrowser);
}, 180_000);
afterAll(() => site?.close());

/** The meta line's and body's colours, and the contrast of a post list's separator against the page. */
function colours(page: Page) {
  return page.evaluate(() => {
    // rgb(0-255 …) or, for a color-mix(in srgb, …), color(srgb 0-1 …).
    const lum = (css: string) => {
      const scale = css.startsWith('color(') ? 1 : 255;
      const [r, g, b] = css.replace(/^color\(srgb/, '').match(/[\d.]+/g)!.slice(0, 3).map(Number).map((c) => {
        const s = c / scale;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const bg = getComputedStyle(document.body).backgroundColor;
    const item = document.querySelector('.post-list > li')!;
    return {
      meta: getComputedStyle(document.querySelector('.meta')!).color,
      text: getComputedStyle(document.body).color,
      border: ratio(getComputedStyle(item).borderBottomColor, bg),
    };
  });
}

describe('the portfolio when more contrast is asked for', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`shows meta lines in the text colour and borders at 3:1 or more (${scheme})`, async () => {
      const page = await site.browser.newPage({ colorScheme: scheme, javaScriptEnabled: false });
      try {
        await page.emulateMedia({ contrast: 'more' });
        await page.goto(`${site.base}/`);
        const c = await colours(page);
        expect(c.meta).toBe(c.text);
        expect(c.border).toBeGreaterThanOrEqual(3);
      } finally {
        await page.close();
      }
    });

    it(`keeps the muted look when it is not (${scheme})`, async () => {
      const page = await site.browser.newPage({ colorScheme: scheme, javaScriptEnabled: false });
      try {
        await page.emulateMedia({ contrast: 'no-preference' });
        await page.goto(`${site.base}/`);
        const c = await colours(page);
        expect(c.meta).not.toBe(c.text);
        expect(c.border).toBeLessThan(3);
      } finally {
        await page.close();
      }
    });
  }
});
