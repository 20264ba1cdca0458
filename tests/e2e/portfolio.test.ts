import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolioFixture } from '../fixtures/roots/portfolio/build-fixture.ts';
import { launchBrowser } from './browser.ts';
import { openBuiltSite, type BuiltSite } from './static-server.ts';

async function runAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const PAGES = {
  home: '/',
  'English post': '/posts/2026/published-sourdough/',
  'Chinese post': '/posts/2026/mianbao/',
  pillar: '/pillars/bread/',
  archive: '/archive/',
  about: '/about/',
  tags: '/tags/',
  tag: '/tags/发酵/',
  search: '/search/',
  'post with a table of contents': '/posts/2026/published-sourdough/',
  'post with highlighted code': '/posts/2026/crust/',
  'post with TeX math (MathML) and a TeX error note': '/posts/2026/gluten/',
};

describe('the portfolio in a browser', () => {
  let site: BuiltSite | undefined;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    site = await openBuiltSite(buildPortfolioFixture, launchBrowser);
    ({ browser, base } = site);
  });

  afterAll(() => site?.close());

  for (const scheme of ['light', 'dark'] as const) {
    it.each(Object.entries(PAGES))(`has no axe violations on the %s page in the ${scheme} scheme`, async (_name, path) => {
      const page = await browser.newPage({ colorScheme: scheme });
      await page.goto(base + path);
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    });
  }

  // Issue 18: a moved post's old addresses (`aliases`) lead to its new page.
  it.each([
    ['/posts/why-the-crust-crackles/', /\/posts\/2026\/crust\/$/, 'Why the crust crackles'],
    ['/posts/why-the-crust-crackles', /\/posts\/2026\/crust\/$/, 'Why the crust crackles'],
    ['/2026/09/21/crust.html', /\/posts\/2026\/crust\/$/, 'Why the crust crackles'],
    ['/posts/%E9%9D%A2%E5%8C%85/', /\/posts\/2026\/mianbao\/$/, '在家烤面包的第一步'],
  ])('takes a reader who opens the old address %s to the post', async (old, now, title) => {
    const page = await browser.newPage();
    await page.goto(base + old);
    await page.waitForURL(now);
    expect(await page.locator('h1').first().textContent()).toBe(title);
    await page.close();
  });

  it('finds a violation on a page with an unlabelled image, so the checks above are real', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="x.png"></main></html>');
    expect((await runAxe(page)).join('\n')).toMatch(/^image-alt:/m);
    await page.close();
  });

  it('fits a 390 px wide phone screen without horizontal overflow on any page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    for (const path of Object.values(PAGES)) {
      await page.goto(base + path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
    await page.goto(base);
    const shot = await page.screenshot({ fullPage: true, path: join(tmpdir(), 'throughline-portfolio-home-390.png') });
    expect(shot.length).toBeGreaterThan(1000);
    await page.close();
  });

  it('changes the background colour in the dark scheme', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.close();
  });

  it('lets a keyboard user skip to the main content first', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#tl-Main');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    await page.close();
  });

  it('runs no script on the home page (JSON-LD is data, not script)', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => s.type !== 'application/ld+json').length)).toBe(0);
    await page.close();
  });

  for (const [query, title] of [['crackles', 'Why the crust crackles'], ['面团', '在家烤面包的第一步']] as const)
    it(`finds "${title}" when searching for "${query}"`, async () => {
      const page = await browser.newPage();
      await page.goto(`${base}/search/`);
      await page.fill('.pagefind-ui__search-input', query);
      await page.waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 });
      expect(await page.locator('.pagefind-ui__result-link').allTextContents()).toContain(title);
      // The excerpt is body text: the title above it is not said again in it.
      const excerpt = (await page.locator('.pagefind-ui__result-excerpt').first().textContent()) ?? '';
      expect(excerpt.trim().length).toBeGreaterThan(0);
      expect(excerpt).not.toContain(title);
      await page.close();
    });

  it('fills the box and searches when opened with ?q= (a search can be linked), and keeps ?q= as one types', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent('面团')}`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 });
    expect(await page.inputValue('.pagefind-ui__search-input')).toBe('面团');
    expect(await page.locator('.pagefind-ui__result-link').allTextContents()).toContain('在家烤面包的第一步');
    await page.fill('.pagefind-ui__search-input', 'crackles');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('crackles');
    await page.close();
  });
});
