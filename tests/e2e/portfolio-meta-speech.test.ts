/**
 * What a screen reader hears of a post's meta line (date · reading time · channel · pillar). The
 * "·" between the items is drawn by CSS (`::after`), and generated content is spoken: Chromium's
 * accessibility tree read each item as "2026-09-24 ·", "1 min read·", so a screen reader said
 * "dot" after every part of every post in every list. The items are a list already; the dot is
 * drawn with an empty alternative text (`content: "·" / ""`), seen and not spoken.
 * The tags page's links ran a tag into its count ("#weeknight3 posts", "#15-minute meals1 post"):
 * the gap between them is a margin, which is not spoken; a hidden comma now parts them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { launchBrowser } from './browser.ts';
import { openBuiltSite, type BuiltSite } from './static-server.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await openBuiltSite(async () => buildPortfolio(await makeRoot('tl-e2e-meta-speech-')), launchBrowser);
}, 180_000);
afterAll(() => site?.close());

describe('the meta line of posts, as a screen reader hears it', () => {
  for (const path of ['/', '/archive/', '/posts/2026/gluten/'])
    it(`speaks no separator between the items, which still show one (${path})`, async () => {
      const page = await site.browser.newPage({ javaScriptEnabled: false });
      try {
        await page.goto(`${site.base}${path}`);
        const lines = page.locator('ul.meta');
        expect(await lines.count()).toBeGreaterThan(0);
        const spoken = await lines.first().ariaSnapshot();
        expect(spoken).toMatch(/listitem/);
        expect(spoken).not.toContain('·');
        const shown = await page.$eval('ul.meta > li:first-child', (li) => getComputedStyle(li, '::after').content);
        expect(shown).toContain('·');
      } finally {
        await page.close();
      }
    });
});

describe('the tags page, as a screen reader hears it', () => {
  it("parts each tag's name from its count", async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${site.base}/tags/`);
      const names = await page.$$eval('.tag-cloud a', (links) => links.map((a) => a.textContent ?? ''));
      expect(names.length).toBeGreaterThan(1);
      const spoken = await page.locator('.tag-cloud').ariaSnapshot();
      const linkNames = [...spoken.matchAll(/link "([^"]+)"/g)].map((m) => m[1]!);
      expect(linkNames).toHaveLength(names.length);
      for (const name of linkNames) expect(name).toMatch(/^#.*\S ?[,，] ?\d+ ?(?:posts?|篇)$/);
    } finally {
      await page.close();
    }
  });
});

describe('links with an arrow, as a screen reader hears them', () => {
  for (const [path, selector] of [['/posts/2026/gluten/', '.post-nav a'], ['/', '.more a']] as const)
    it(`names ${selector} without its arrow, which still shows (${path})`, async () => {
      const page = await site.browser.newPage({ javaScriptEnabled: false });
      try {
        await page.goto(`${site.base}${path}`);
        const links = page.locator(selector);
        expect(await links.count()).toBeGreaterThan(0);
        for (const link of await links.all()) {
          expect(await link.innerText()).toMatch(/[←→]/);
          const spoken = await link.ariaSnapshot();
          expect(spoken).toMatch(/link "/);
          expect(spoken).not.toMatch(/[←→]/);
        }
      } finally {
        await page.close();
      }
    });
});
