/**
 * A post is found by the words of its title, also when its text never says them: a real Hexo
 * blog's "Spacemacs全攻略" and "emacs快捷键改造计划" were not found by 全攻略 or 改造计划 (the title
 * was left out of the index, so its excerpts would not repeat it; only the text was searched).
 * The excerpt under the title still never repeats it.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { launchBrowser } from './browser.ts';
import { openBuiltSite, type BuiltSite } from './static-server.ts';

const TITLE = 'Spacemacs全攻略：Kakoune 用户也能上手';
const POST = ['---', `title: ${TITLE}`, 'channel: blog', 'pillar: bread', 'status: published', 'publishedAt: 2026-09-24T20:00:00+08:00', 'lang: zh', '---', '', '越折腾编辑器，越发现配置好用最重要。', '', '## 安装', '', '先装好 Emacs，再克隆配置仓库。', ''].join('\n');

let site: BuiltSite;
/** The portfolio fixture as a Chinese brand's site (as the Hexo blog moved over was), with the post. */
async function buildChineseSite(): Promise<{ root: string; outDir: string }> {
  const root = await makeRoot('tl-e2e-search-title-');
  try {
    await writeFile(join(root, 'content/posts/2026/spacemacs.md'), POST);
    const plannerFile = join(root, 'content/planner.json');
    const planner = JSON.parse(await readFile(plannerFile, 'utf8'));
    planner.brand = { ...planner.brand, name: '木杉', label: '爱折腾工具的后端工程师', audience: '想提高效率的程序员', language: 'zh' };
    await writeFile(plannerFile, JSON.stringify(planner, null, 2));
    return { root, outDir: (await buildPortfolio(root)).outDir };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

beforeAll(async () => {
  site = await openBuiltSite(buildChineseSite, launchBrowser);
}, 180_000);
afterAll(() => site?.close());

async function search(query: string) {
  const page = await site.browser.newPage();
  try {
    await page.goto(`${site.base}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /\d|未找到|No results/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''), undefined, { timeout: 10_000 });
    // One .pagefind-ui__result a post; its sections (under its headings) are links inside it.
    await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result').length === Number(/\d+/.exec(document.querySelector('.pagefind-ui__message')?.textContent ?? '')?.[0] ?? 0));
    return {
      titles: await page.locator('.pagefind-ui__result').evaluateAll((rs) => rs.map((r) => r.querySelector('.pagefind-ui__result-link')?.textContent ?? '')),
      excerpts: await page.locator('.pagefind-ui__result', { hasText: 'Spacemacs' }).locator('.pagefind-ui__result-excerpt').allTextContents(),
    };
  } finally {
    await page.close();
  }
}

describe('searching for words of a post title', () => {
  it('finds the post by a Chinese phrase or an English word only its title has, with an excerpt of its text', async () => {
    for (const query of ['全攻略', 'Spacemacs全攻略', 'Kakoune', '上手']) {
      const found = await search(query);
      expect(found.titles, query).toContain(TITLE);
      expect(found.excerpts.length, query).toBeGreaterThan(0);
      for (const excerpt of found.excerpts) expect(excerpt.replace(/\s/g, ''), query).not.toContain('全攻略');
    }
  });

  it('still finds it by its text, with the excerpt around the words', async () => {
    const found = await search('克隆配置');
    expect(found.titles).toContain(TITLE);
    expect(found.excerpts.join('')).toContain('克隆配置');
  });
});
