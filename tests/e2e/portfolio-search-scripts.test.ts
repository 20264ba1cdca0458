import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { launchBrowser } from './browser.ts';
import { openBuiltSite, type BuiltSite } from './static-server.ts';

/**
 * Search across Simplified and Traditional Chinese, and in Korean: the fixture (an English brand
 * with a Simplified post, 在家烤面包的第一步) with a Taipei writer's post in Traditional and two
 * Korean posts (written for this test).
 */
const TAIPEI = `---
title: 凍頂烏龍配麵包
lang: zh-TW
channel: weibo
status: published
pillar: bread
publishedAt: 2026-09-14T15:00:00+08:00
---

下午泡了一壺凍頂烏龍，配上剛出爐的麵包。凍頂烏龍的焙火香和奶油很搭，朋友說這是她喝過最好的凍頂烏龍。
`;
// Writes 김치 and 볶음밥 apart (Korean may space a compound or not): 김치볶음 is no word of its.
const KIMCHI_RICE = `---
title: 남은 김치로 만든 저녁
lang: ko
channel: weibo
status: published
pillar: bread
publishedAt: 2026-09-16T19:00:00+08:00
---

냉장고에 남은 김치가 조금 있었다. 잘게 썰어서 버터에 볶고 밥을 넣었더니 맛있는 김치 볶음밥이 되었다.
`;
const KIMCHI_STEW = `---
title: 겨울 찌개
lang: ko
channel: weibo
status: published
pillar: bread
publishedAt: 2026-09-18T19:00:00+08:00
---

추운 날에는 김치찌개가 생각난다. 두부와 돼지고기를 넣고 오래 끓이면 국물이 깊어진다.
`;

// Code and symbols written in the text: their excerpts hold entities (&lt;, &gt;, &amp;).
const COMPARE = `---
title: 比较的写法
channel: weibo
status: published
pillar: bread
publishedAt: 2026-09-20T10:00:00+08:00
---

判断 a<变量 的时候，先看类型。
`;
const QUOTES = `---
title: Crumb and quotes
channel: weibo
status: published
pillar: bread
publishedAt: 2026-09-21T10:00:00+08:00
---

She called it "crumbly" twice, then wrote crumbly> and <crumbly & crumbly&.
`;

async function buildScriptsSite(): Promise<{ root: string; outDir: string }> {
  const root = await makeRoot('tl-search-scripts-');
  await writeFile(join(root, 'content/posts/2026/dongding.md'), TAIPEI);
  await writeFile(join(root, 'content/posts/2026/kimchi-rice.md'), KIMCHI_RICE);
  await writeFile(join(root, 'content/posts/2026/kimchi-stew.md'), KIMCHI_STEW);
  await writeFile(join(root, 'content/posts/2026/compare.md'), COMPARE);
  await writeFile(join(root, 'content/posts/2026/quotes.md'), QUOTES);
  return { root, outDir: (await buildPortfolio(root)).outDir };
}

/** The titles and marks `query` finds on the search page, once every result it counts is shown. */
async function search(page: Page, base: string, query: string): Promise<{ titles: string[]; marks: string[] }> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /\d|No results/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''), undefined, { timeout: 10_000 });
  await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result-link').length === Number(/\d+/.exec(document.querySelector('.pagefind-ui__message')?.textContent ?? '')?.[0] ?? 0));
  return {
    titles: await page.locator('.pagefind-ui__result-link').allTextContents(),
    marks: await page.locator('.pagefind-ui__result-excerpt mark').allTextContents(),
  };
}

describe('search across Chinese scripts and in Korean', () => {
  let site: BuiltSite | undefined;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    site = await openBuiltSite(buildScriptsSite, launchBrowser);
    ({ browser, base } = site);
  });

  afterAll(() => site?.close());

  it('finds a Traditional post by a Simplified query and the reverse, marked as each post writes it', async () => {
    const page = await browser.newPage();
    const oolong = await search(page, base, '冻顶乌龙');
    expect(oolong.titles).toEqual(['凍頂烏龍配麵包']);
    expect(new Set(oolong.marks)).toEqual(new Set(['凍頂烏龍']));
    expect(oolong.marks.length).toBeGreaterThanOrEqual(2);
    // 面 is 面 (face) and 麵 (noodles, bread) in Traditional: both posts, each as written.
    for (const query of ['面包', '麵包']) {
      const bread = await search(page, base, query);
      expect(bread.titles.sort(), query).toEqual(['凍頂烏龍配麵包', '在家烤面包的第一步']);
      expect(new Set(bread.marks), query).toEqual(new Set(['面包', '麵包']));
    }
    await page.close();
  });

  it('loads the script table only for a query with a Han character', async () => {
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await search(page, base, 'sourdough');
    expect(loaded).not.toContain('/search/script-variants.js');
    await search(page, base, '凍頂');
    expect(loaded).toContain('/search/script-variants.js');
    await page.close();
  });

  it('never marks part of an entity, whatever the query', async () => {
    const page = await browser.newPage();
    for (const query of ['lt;变', '<变量', '变量', 'crumbly', 'a<变']) {
      await search(page, base, query);
      const excerpts = (await page.locator('.pagefind-ui__result-excerpt').evaluateAll((es) => es.map((e) => e.innerHTML))).join('\n');
      expect(excerpts, query).not.toMatch(/&[#\w]*<mark>|<mark>[#\w]*;|&[#\w]*<\/mark>/);
    }
    expect((await search(page, base, '变量')).titles).toContain('比较的写法');
    // Pagefind marked "crumbly&gt;", whose ';' was moved out as punctuation: the excerpt read "crumbly>;".
    await search(page, base, 'crumbly');
    expect(await page.locator('.pagefind-ui__result-excerpt').first().textContent()).toContain('then wrote crumbly> and <crumbly & crumbly&.');
    await page.close();
  });

  it('finds a Korean compound its post spaces, and a noun typed with a particle', async () => {
    const page = await browser.newPage();
    // Pagefind fell back to 김치 for both, which the search page refused: no results.
    expect((await search(page, base, '김치볶음')).titles).toEqual(['남은 김치로 만든 저녁']);
    expect((await search(page, base, '김치를')).titles.sort()).toEqual(['겨울 찌개', '남은 김치로 만든 저녁']);
    expect((await search(page, base, '볶음밥')).titles).toEqual(['남은 김치로 만든 저녁']);
    expect((await search(page, base, '김치찌개')).titles).toEqual(['겨울 찌개']);
    await page.close();
  });
});
