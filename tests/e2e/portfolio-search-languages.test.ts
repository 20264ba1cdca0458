import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { launchBrowser } from './browser.ts';
import { openBuiltSite, type BuiltSite } from './static-server.ts';

/**
 * A Chinese brand whose posts are all Chinese: the search index has no English part, and
 * Pagefind answers a request for a missing language with the largest index, the Chinese one.
 */
// A Chinese post long enough that an excerpt is cut from it: 冷藏 sits in the middle.
const LONG_ZH = `---
title: 冬天的慢发酵
channel: weibo
status: published
pillar: bread
publishedAt: 2026-09-12T20:05:00+08:00
---

${'冬天厨房里很冷，面团发得很慢，我每次都要多等一个小时，再看看它有没有长大一倍。'.repeat(3)}所以我把面团放进冰箱冷藏一整夜，第二天早上拿出来回温，${'烤出来的面包更香，组织也更细，家里人都说比夏天做的还要好吃。'.repeat(3)}
`;

/** The fixture with a long Chinese post added; `chineseOnly`: the English posts removed and a Chinese brand. */
async function buildSearchSite(chineseOnly: boolean): Promise<{ root: string; outDir: string }> {
  const root = await makeRoot('tl-search-zh-');
  try {
    await writeFile(join(root, 'content/posts/2026/man-fajiao.md'), LONG_ZH);
    const plannerFile = join(root, 'content/planner.json');
    const planner = JSON.parse(await readFile(plannerFile, 'utf8'));
    if (chineseOnly) {
      planner.brand = { ...planner.brand, name: '林小厨', label: '在小厨房里烤面包的人', audience: '想在家烤面包的上班族', language: 'zh' };
      await writeFile(plannerFile, JSON.stringify(planner, null, 2));
      for (const english of ['crust.md', 'gluten.md', 'published-sourdough.mdx']) await rm(join(root, 'content/posts/2026', english));
    }
    return { root, outDir: (await buildPortfolio(root)).outDir };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

describe('search on a site whose posts are all in one language', () => {
  let site: BuiltSite | undefined;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    site = await openBuiltSite(() => buildSearchSite(true), launchBrowser);
    ({ browser, base } = site);
  });

  afterAll(() => site?.close());

  it('lists each matching post once on the Chinese search page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent('面团')}`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 });
    // Pagefind renders results in batches: wait until the count it announces is on the page.
    await page.waitForFunction(() => /\d/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''));
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    expect(links).toEqual([...new Set(links)]);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    // The result line quotes the query as Chinese does ("找到 6 个 面团 的相关结果" before).
    expect(await page.locator('.pagefind-ui__message').textContent()).toMatch(/^找到 \d+ 个与“面团”相关的结果$/);
    // Excerpts join a page's blocks with 。, not Pagefind's English ". " ("电源的设计. 需求分析." before).
    const excerpts = (await page.locator('.pagefind-ui__result-excerpt').allTextContents()).join('\n');
    expect(excerpts).toMatch(/\p{Script=Han}/u);
    expect(excerpts).not.toMatch(/\p{Script=Han}\./u);
    // The result's title is the post's, with nothing added.
    const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
    expect(titles.every((t) => !/[。.]$/.test(t.trim()))).toBe(true);
    await page.close();
  });
  it('cuts a Chinese excerpt about as long as an English one, from the index that is the page\'s own', async () => {
    // Pagefind's 30 words are 30 Chinese words of a character or two: ~45 characters before.
    expect(await chineseExcerpt(browser, base, '冷藏')).toBeGreaterThanOrEqual(75);
  });
});

describe('search on an English site with Chinese posts', () => {
  let site: BuiltSite | undefined;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    site = await openBuiltSite(() => buildSearchSite(false), launchBrowser);
    ({ browser, base } = site);
  });

  afterAll(() => site?.close());

  it('cuts a Chinese excerpt about as long as an English one, from the merged Chinese index', async () => {
    expect(await chineseExcerpt(browser, base, '冷藏')).toBeGreaterThanOrEqual(75);
  });
});

/** The number of Han characters in the first result's excerpt for `query`. */
async function chineseExcerpt(browser: Browser, base: string, query: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.pagefind-ui__result-excerpt', { timeout: 10_000 });
  const excerpt = (await page.locator('.pagefind-ui__result-excerpt').first().textContent()) ?? '';
  await page.close();
  expect(excerpt).toContain(query);
  return excerpt.match(/\p{Script=Han}/gu)?.length ?? 0;
}
