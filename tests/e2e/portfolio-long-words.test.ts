/**
 * Words longer than a phone's width in an English post, in a real browser at 390 px: a tag with no
 * space (a pasted hashtag, an identifier), a title word and a bare link wrap inside the page on
 * every page that shows them, rather than widening it so that it scrolls sideways.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { launchBrowser } from './browser.ts';
import { openBuiltSite, type BuiltSite } from './static-server.ts';

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
  site = await openBuiltSite(async () => {
    const root = await makeRoot('tl-e2e-long-');
    mkdirSync(join(root, 'content/posts/2026'), { recursive: true });
    writeFileSync(join(root, 'content/posts/2026/long-words.md'), POST);
    return buildPortfolio(root);
  }, launchBrowser);
}, 180_000);
afterAll(() => site?.close());

describe('a post with words wider than a phone', () => {
  for (const path of ['/posts/2026/long-words/', '/', '/tags/', `/tags/${LONG_TAG}/`, '/archive/', '/pillars/bread/'])
    it(`keeps ${path} within 390 px`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
      try {
        await page.goto(`${site.base}${path}`);
        expect(await page.content()).toContain(LONG_TAG);
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
});
