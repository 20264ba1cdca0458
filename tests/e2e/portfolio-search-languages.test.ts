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

// Two posts for a query the browser and the index split differently (菜|市场 against the
// index's words): only the first writes 菜市场 and Go语言; the second has 菜, 市场, Go and 语言 apart.
const MARKET = `---
title: 周末去菜市场买面粉
channel: weibo
status: published
pillar: bread
publishedAt: 2026-09-19T09:30:00+08:00
---

周六早上我去菜市场买面粉和鸡蛋，顺便用Go语言写了一个记账的小程序。
`;
// Writes 菜市场 three times: ranked before MARKET, which Pagefind's order (by path) puts first.
const MARKET_OFTEN = `---
title: 菜市场的早晨
channel: weibo
status: published
pillar: bread
publishedAt: 2026-09-01T07:30:00+08:00
---

菜市场六点就热闹了。我喜欢在菜市场里慢慢走，看卖面粉的阿姨把菜市场最好的位置留给刚出炉的馒头。
`;
const APART = `---
title: 面包的价格
channel: weibo
status: published
pillar: bread
publishedAt: 2026-09-26T09:30:00+08:00
---

今天不买菜了。市场上的面粉涨价了，我用 Go 写了一个比价的程序，这门语言很好学。
`;

// An English post quoting Chinese: its index is English, which took 天然酵母 for one word.
const QUOTING = `---
title: Wild yeast, by its Chinese name
channel: weibo
status: published
pillar: bread
publishedAt: 2026-09-05T09:30:00+08:00
---

My grandmother called a starter 天然酵母, natural yeast, and kept hers in a clay jar.
I order flour on my iPhone手机.
`;

/** The fixture with a long Chinese post added; `chineseOnly`: the English posts removed and a Chinese brand. */
async function buildSearchSite(chineseOnly: boolean): Promise<{ root: string; outDir: string }> {
  const root = await makeRoot('tl-search-zh-');
  try {
    await writeFile(join(root, 'content/posts/2026/man-fajiao.md'), LONG_ZH);
    await writeFile(join(root, 'content/posts/2026/cai-shichang.md'), MARKET);
    await writeFile(join(root, 'content/posts/2026/caishichang-zaochen.md'), MARKET_OFTEN);
    await writeFile(join(root, 'content/posts/2026/mianbao-jiage.md'), APART);
    const plannerFile = join(root, 'content/planner.json');
    const planner = JSON.parse(await readFile(plannerFile, 'utf8'));
    if (chineseOnly) {
      planner.brand = { ...planner.brand, name: '林小厨', label: '在小厨房里烤面包的人', audience: '想在家烤面包的上班族', language: 'zh' };
      await writeFile(plannerFile, JSON.stringify(planner, null, 2));
      for (const english of ['crust.md', 'gluten.md', 'published-sourdough.mdx']) await rm(join(root, 'content/posts/2026', english));
    } else await writeFile(join(root, 'content/posts/2026/wild-yeast.md'), QUOTING);
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

  it('finds the posts that contain a Chinese query as written, and marks it whole', () => containsAsWritten(browser, base));
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

  it('finds the posts that contain a Chinese query as written, from the merged Chinese index', () => containsAsWritten(browser, base));

  it('answers no results for a word no post has, not the posts of a short word it begins with', async () => {
    const page = await browser.newPage();
    // Pagefind searched "is" for island and "at" for atom (the longest indexed word each begins with).
    for (const [query, results] of [['island', 0], ['atom', 0], ['crackles', 1]] as const) {
      await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /\d|未找到|No results/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''), undefined, { timeout: 10_000 });
      expect(await page.locator('.pagefind-ui__result-link').count()).toBe(results);
    }
    await page.close();
  });

  it('finds Chinese written against a Latin word in an English post, and two phrases quoted apart', async () => {
    const page = await browser.newPage();
    // Both were no results: the English index read iPhone手机 as one word, and Pagefind the two
    // phrases as one, '"天 然 酵 母 " " 手 机"'.
    for (const query of ['手机', '"天然酵母" "手机"']) {
      await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /\d|No results/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''), undefined, { timeout: 10_000 });
      await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result-link').length === Number(/\d+/.exec(document.querySelector('.pagefind-ui__message')?.textContent ?? '')?.[0] ?? 0));
      expect(await page.locator('.pagefind-ui__result-link').allTextContents(), query).toContain('Wild yeast, by its Chinese name');
    }
    await page.close();
  });

  it('keeps an English phrase quoted beside Chinese a phrase', async () => {
    const page = await browser.newPage();
    // The post writes "natural yeast", never "yeast natural": before, the quotes were dropped and
    // both queries found it by its words anywhere.
    for (const [query, found] of [['"natural yeast" 酵母', true], ['"yeast natural" 酵母', false]] as const) {
      await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /\d|No results/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''), undefined, { timeout: 10_000 });
      await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result-link').length === Number(/\d+/.exec(document.querySelector('.pagefind-ui__message')?.textContent ?? '')?.[0] ?? 0));
      const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
      if (found) expect(titles, query).toContain('Wild yeast, by its Chinese name');
      else expect(titles, query).not.toContain('Wild yeast, by its Chinese name');
    }
    await page.close();
  });

  it('finds Chinese quoted in an English post by any of its words, marked whole', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent('酵母')}`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result-link').length === Number(/\d+/.exec(document.querySelector('.pagefind-ui__message')?.textContent ?? '')?.[0]));
    // The fixture's Chinese post writes 酵母 too.
    const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
    expect(titles.sort()).toEqual(['Wild yeast, by its Chinese name', '在家烤面包的第一步']);
    const excerpt = await page.locator('.pagefind-ui__result', { hasText: 'Wild yeast' }).locator('.pagefind-ui__result-excerpt').innerHTML();
    // Pagefind marks an English index's words with the punctuation they carry ("<mark>post.</mark>").
    expect(excerpt).toMatch(/天然<mark>酵母,?<\/mark>/);
    expect(excerpt).not.toMatch(/[\u200b\u2060]/);
    await page.close();
  });
});

/**
 * 菜市场 and Go语言 find only the posts that write them (APART has every piece of them apart:
 * Pagefind found it too when the browser split 菜市场 as 菜|市场 and the index otherwise), the
 * post that writes 菜市场 most first, every place highlighted as one mark, with no break left
 * in the title or excerpt; 菜 市场 typed apart finds APART too.
 */
async function containsAsWritten(browser: Browser, base: string): Promise<void> {
  const page = await browser.newPage();
  const search = async (query: string) => {
    await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /\d/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''), undefined, { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result-link').length === Number(/\d+/.exec(document.querySelector('.pagefind-ui__message')?.textContent ?? '')?.[0]));
    return {
      titles: await page.locator('.pagefind-ui__result-link').allTextContents(),
      marks: await page.locator('.pagefind-ui__result-excerpt mark').allTextContents(),
      excerpts: (await page.locator('.pagefind-ui__result-excerpt').allTextContents()).join(''),
    };
  };
  for (const [query, titles] of [['菜市场', ['菜市场的早晨', '周末去菜市场买面粉']], ['Go语言', ['周末去菜市场买面粉']]] as const) {
    const found = await search(query);
    expect(found.titles).toEqual(titles);
    expect(new Set(found.marks.map((m) => m.replace(/\s/g, '').toLowerCase()))).toEqual(new Set([query.toLowerCase()]));
    expect(found.titles.join('') + found.excerpts).not.toMatch(/[\u200b\u2060]/);
  }
  // Every place it is written in the excerpts (Pagefind marked the first only).
  const market = await search('菜市场');
  expect(market.marks.length).toBe(market.excerpts.split('菜市场').length - 1);
  expect(market.marks.length).toBeGreaterThanOrEqual(4);
  expect((await search('菜 市场')).titles.sort()).toEqual(['周末去菜市场买面粉', '菜市场的早晨', '面包的价格']);
  await page.close();
}

/** The number of Han characters in the first result's excerpt for `query`. */
async function chineseExcerpt(browser: Browser, base: string, query: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  // The first excerpt, once it is the query's (results are drawn while their data loads).
  await page.waitForFunction((q) => document.querySelector('.pagefind-ui__result-excerpt')?.textContent?.includes(q), query, { timeout: 10_000 }).catch(() => undefined);
  const excerpt = (await page.locator('.pagefind-ui__result-excerpt').first().textContent()) ?? '';
  await page.close();
  expect(excerpt).toContain(query);
  return excerpt.match(/\p{Script=Han}/gu)?.length ?? 0;
}
