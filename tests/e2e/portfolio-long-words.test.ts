/**
 * Words longer than a phone's width in an English post, in a real browser at 390 px: a tag with no
 * space (a pasted hashtag, an identifier), a title word and a bare link wrap inside the page on
 * every page that shows them, rather than widening it so that it scrolls sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnePostSite } from './one-post-site.ts';
import type { BuiltSite } from './static-server.ts';

const LONG_TAG = 'averyveryveryverylongtagnamewithoutanyspacesforthelayout';
const POST = [
  '---',
  'title: Pneumonoultramicroscopicsilicovolcanoconiosis-and-other-long-words in the bakery',
  'channel: blog',
  'pillar: bread',
  'status: published',
  'publishedAt: 2026-09-24',
  `tags: [${LONG_TAG}, rye]`,
  '---',
  '',
  'A long link: https://example.com/this/is/a/very/long/address/that/has/no/spaces/at/all/and/goes/on?with=query&and=more',
  '',
].join('\n');

let site: BuiltSite;
beforeAll(async () => {
  site = await openOnePostSite('tl-e2e-long-', '2026/long-words.md', POST);
}, 180_000);
afterAll(() => site?.close());

describe('a post with words wider than a phone', () => {
  // The previous post's page shows the long title in its "Next" link (a WordPress import's
  // "Taumatawhakatangihanga…" post made its neighbours' pages 1004 px wide).
  const neighbour = async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/posts/2026/long-words/`);
    const href = await page.locator('a[rel=prev]').getAttribute('href');
    await page.close();
    return href!;
  };
  for (const path of ['/posts/2026/long-words/', '/', '/tags/', `/tags/${LONG_TAG}/`, '/archive/', '/pillars/bread/', neighbour])
    it(`keeps ${typeof path === 'string' ? path : 'the previous post'} within 390 px`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
      try {
        await page.goto(`${site.base}${typeof path === 'string' ? path : await path()}`);
        expect(await page.content()).toMatch(typeof path === 'string' ? LONG_TAG : 'Pneumonoultramicroscopicsilicovolcanoconiosis');
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('table, pre, .heatmap-scroll'))
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(el.getBoundingClientRect().right)}`),
        );
        expect(wide).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      } finally {
        await page.close();
      }
    });

  // Pagefind's result is a flex row: a long token in an excerpt (a real blog's
  // xmlns="http://schemas.microsoft.com/…" line) set its least width, and the page scrolled sideways (538 px).
  it('keeps the search page within 390 px when a result quotes the long link', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${site.base}/search/?q=link`);
      await page.locator('.pagefind-ui__result-excerpt', { hasText: 'example.com' }).first().waitFor({ timeout: 15_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await page.close();
    }
  });
});
