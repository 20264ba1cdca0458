/**
 * A post printed (or saved as PDF) from a real browser. Read as a dark-theme reader prints: the
 * dark theme followed the page onto paper, and browsers leave out backgrounds there, so the text
 * came out pale grey on white (#ece8dd, 1.2:1) and the code in its dark colours. On paper the
 * navigation, skip link and previous/next links were printed as clutter, a code line wider than
 * the page was cut at its edge (the block scrolls on screen), and a link's address was lost.
 * The home page's heatmap printed its cells (SVG fills) but not its legend's swatches
 * (backgrounds, which browsers leave out on paper): "Less … More" around empty space.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openOnePostSite } from './one-post-site.ts';
import type { BuiltSite } from './static-server.ts';

const LONG = `const url = "https://example.com/${'a-very-long-path-segment/'.repeat(8)}"; // the end of the line: PRINTED-END`;
const POST = [
  '---',
  'title: Printing a recipe',
  'channel: blog',
  'pillar: bread',
  'status: published',
  'publishedAt: 2026-09-24',
  '---',
  '',
  'The starter comes from [the bakery guild](https://bakers.example/starter) and keeps a week.',
  '',
  'Its page: <https://bakers.example/feeding>, or bakers.example/hydration written out as [bakers.example/hydration](https://bakers.example/hydration/).',
  '',
  '```js',
  LONG,
  '```',
  '',
  '| Flour | Water | Salt | Starter | Time | Temperature | Notes on the dough and the bake |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| 500 g | 350 g | 10 g | 100 g | 12 h | 24 °C | fold every half hour, then shape and proof overnight in the fridge |',
  '',
].join('\n');

let site: BuiltSite;
beforeAll(async () => {
  site = await openOnePostSite('tl-e2e-print-', '2026/printing.md', POST);
}, 180_000);
afterAll(() => site?.close());

/** WCAG 2 contrast ratios of the text colours of `selector`'s elements against white paper. */
function contrastsOnPaper(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (els) => els.map((el) => {
    const [r, g, b] = getComputedStyle(el).color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
  }));
}

async function printedPage(scheme: 'light' | 'dark'): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 800, height: 1000 }, javaScriptEnabled: false });
  await page.emulateMedia({ media: 'print', colorScheme: scheme });
  await page.goto(`${site.base}/posts/2026/printing/`);
  return page;
}

describe('the portfolio on paper', () => {
  for (const scheme of ['light', 'dark'] as const)
    it(`prints dark text and code on white paper (${scheme} theme)`, async () => {
      const page = await printedPage(scheme);
      try {
        for (const ratio of await contrastsOnPaper(page, '.article-body p, h1, .meta')) expect(ratio).toBeGreaterThanOrEqual(7);
        // Every token of the highlighted block, at WCAG's 4.5:1 at least.
        const tokens = await contrastsOnPaper(page, 'pre[data-language] .line > span');
        expect(tokens.length).toBeGreaterThan(1);
        for (const ratio of tokens) expect(ratio).toBeGreaterThanOrEqual(4.5);
      } finally {
        await page.close();
      }
    });

  it('leaves out the navigation, the skip link and the previous/next links', async () => {
    const page = await printedPage('light');
    try {
      for (const selector of ['.skip-link', '.site-nav', '.post-nav', '.site-footer ul'])
        expect(await page.$eval(selector, (el) => getComputedStyle(el).display), selector).toBe('none');
      expect(await page.$eval('h1', (el) => getComputedStyle(el).display)).toBe('block');
    } finally {
      await page.close();
    }
  });

  it('wraps a code line and a table wider than the page instead of cutting them', async () => {
    const page = await printedPage('light');
    try {
      const cut = await page.$$eval('.article-body pre, .article-body table', (els) => els.map((el) => ({ tag: el.tagName, over: el.scrollWidth - el.clientWidth })));
      expect(cut.map((c) => c.tag).sort()).toEqual(['PRE', 'TABLE']);
      for (const c of cut) expect(c.over, c.tag).toBeLessThanOrEqual(1);
      // The end of the long line is inside the block's box, on a line of its own.
      const inside = await page.evaluate(() => {
        const pre = document.querySelector('.article-body pre')!.getBoundingClientRect();
        const range = document.createRange();
        const text = [...document.querySelectorAll('.article-body pre span')].find((s) => s.textContent?.includes('PRINTED-END'))!;
        range.selectNodeContents(text);
        const end = range.getBoundingClientRect();
        return end.right <= pre.right && end.left >= pre.left;
      });
      expect(inside).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('prints an outside link\'s address after its text', async () => {
    const page = await printedPage('light');
    try {
      const after = await page.$eval('.article-body a[href^="https://bakers"]', (a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('https://bakers.example/starter');
    } finally {
      await page.close();
    }
  });

  // A link whose text is its address printed it twice: `https://bakers.example/feeding (https://bakers.example/feeding)`.
  it('prints the address of a link whose text is that address once', async () => {
    const page = await printedPage('light');
    try {
      for (const href of ['https://bakers.example/feeding', 'https://bakers.example/hydration/']) {
        const after = await page.$eval(`.article-body a[href="${href}"]`, (a) => getComputedStyle(a, '::after').content);
        expect(after, href).toBe('none');
      }
    } finally {
      await page.close();
    }
  });

  it("prints the heatmap legend's swatches, as the cells they stand for print", async () => {
    const page = await site.browser.newPage({ viewport: { width: 800, height: 1000 }, javaScriptEnabled: false });
    try {
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${site.base}/`);
      const adjust = await page.$$eval('.heatmap-legend .swatch', (els) => els.map((el) => getComputedStyle(el).printColorAdjust));
      expect(adjust.length).toBeGreaterThanOrEqual(5);
      for (const a of adjust) expect(a).toBe('exact');
    } finally {
      await page.close();
    }
  });
});
