/**
 * A Chinese post's table with code in its cells, in a real browser at 390 px. A real post moved
 * from Hexo (0wQ/blog, "BIT-Web Automation") has a table of request parameters, `action`,
 * `username`, `{YOUR_USERNAME}`: on a phone each was broken between any two letters
 * ("acti|on", "{YOUR_|USERNAM|E}"), since `:lang(zh)` lets text break anywhere and a table
 * sizes its columns by that. An identifier stays whole; the table scrolls inside itself
 * instead, as it does in an English post, and the page never scrolls sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnePostSite } from './one-post-site.ts';
import type { BuiltSite } from './static-server.ts';

const POST = [
  '---',
  'title: 自动登录校园网',
  'channel: blog',
  'pillar: bread',
  'status: published',
  'publishedAt: 2026-09-24',
  '---',
  '',
  '请求的参数分别为：',
  '',
  '| 参数 | 值 | 功能 |',
  '| :-: | :-: | :-: |',
  '| `action` | `login` | 设置动作为登录 |',
  '| `username` | `{YOUR_USERNAME}` | 发送账户（即学号） |',
  '| `ac_id` | `8` | 代表登录 BIT-Web（BIT-Mobile 登录请求的 `ac_id` 不一样） |',
  '| `service.mercury:3000` | `service.opencc:3000` | 全文抓取和繁简转换 |',
  '',
  // Bold that CommonMark leaves as asterisks (core/cjk-emphasis.ts), in a post that writes an
  // asterisk as literal: the page tells that one by its source span, in Astro's own pipeline.
  '**目标：**在 \\*nix 上也能用，**“自动”**登录。',
  '',
].join('\n');

let site: BuiltSite;
beforeAll(async () => {
  site = await openOnePostSite('tl-e2e-zh-table-', '2026/zh-table.md', POST);
}, 180_000);
afterAll(() => site?.close());

describe('a Chinese post with code in a table, on a phone', () => {
  it('keeps each identifier in a cell on one line, the table scrolling inside itself', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      await page.goto(`${site.base}/posts/2026/zh-table/`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll('article td code')]
          .filter((code) => code.getClientRects().length > 1 || code.getBoundingClientRect().height > parseFloat(getComputedStyle(code).lineHeight || '0') * 1.5 + 8)
          .map((code) => code.textContent),
      );
      expect(broken).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await page.close();
    }
  });

  it('bolds what CommonMark leaves as asterisks beside Chinese punctuation, keeping an escaped asterisk as text', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${site.base}/posts/2026/zh-table/`);
      expect(await page.locator('article strong').allTextContents()).toEqual(['目标：', '“自动”']);
      const text = await page.locator('article').innerText();
      expect(text).toContain('在 *nix 上也能用');
      expect(text).not.toContain('**');
    } finally {
      await page.close();
    }
  });
});
