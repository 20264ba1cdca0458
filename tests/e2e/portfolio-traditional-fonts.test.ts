/**
 * A post in Traditional Chinese (lang="zh-Hant") on the portfolio: its page listed the SC fonts
 * first, so a Mac or phone drew a Taipei writer's text in PingFang SC, with the mainland's glyph
 * forms and 。， set low in the corner where Taiwan centres them. Its text and headings now take
 * the TC fonts; code keeps its monospace, and a Simplified post keeps the SC fonts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnePostSite } from './one-post-site.ts';
import type { BuiltSite } from './static-server.ts';

const POST = [
  '---',
  'title: 在大稻埕咖啡店畫了一整個下午',
  'channel: blog',
  'pillar: bread',
  'status: published',
  'publishedAt: 2026-09-24',
  '---',
  '',
  '今天在大稻埕的咖啡店待了一整個下午，用水彩畫了窗邊的光線。',
  '',
  '## 速寫的工具',
  '',
  '我用 `Procreate` 和鉛筆、代針筆。',
  '',
].join('\n');

let site: BuiltSite;
beforeAll(async () => {
  site = await openOnePostSite('tl-e2e-hant-fonts-', '2026/hant.md', POST);
}, 180_000);
afterAll(() => site?.close());

describe('a Traditional Chinese post on the portfolio', () => {
  it("sets its text and headings in Taiwan's fonts and its code in monospace", async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${site.base}/posts/2026/hant/`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
      const font = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).fontFamily);
      for (const selector of ['article p', 'article h1', 'article h2']) {
        const family = await font(selector);
        expect(family, selector).toContain('PingFang TC');
        expect(family, selector).not.toContain('PingFang SC');
      }
      expect(await font('article p code')).not.toContain('PingFang');
    } finally {
      await page.close();
    }
  });

  it('leaves a Simplified post in the SC fonts', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${site.base}/`);
      const simplified = await page.$$eval('a[href^="/posts/"]', (links) => links.map((a) => ({ href: a.getAttribute('href')!, lang: a.closest('[lang]')!.getAttribute('lang') })));
      const post = simplified.find((l) => l.lang === 'zh-CN' && !l.href.includes('hant'));
      expect(post).toBeDefined();
      await page.goto(`${site.base}${post!.href}`);
      expect(await page.$eval('article p', (el) => getComputedStyle(el).fontFamily)).toContain('PingFang SC');
    } finally {
      await page.close();
    }
  });
});
