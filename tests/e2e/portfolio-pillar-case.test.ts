/**
 * The pillar named above a post's title is the author's own word, in the case they wrote it: the
 * eyebrow style set every eyebrow in capitals, so "Linux 与运维" read LINUX 与运维 and iOS read IOS
 * (a trial with a real Hexo blog). The site's own eyebrow labels (Pillar, Tags) stay in capitals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnePostSite } from './one-post-site.ts';
import type { BuiltSite } from './static-server.ts';

const POST = ['---', 'title: tmux 启动脚本', 'channel: blog', 'pillar: bread', 'status: published', 'publishedAt: 2026-09-24', '---', '', '每次机器关闭后，再次打开 tmux 需要重复新建窗口。', ''].join('\n');

let site: BuiltSite;
beforeAll(async () => {
  site = await openOnePostSite('tl-e2e-pillar-case-', '2026/tmux-script.md', POST);
}, 180_000);
afterAll(() => site?.close());

describe('the pillar above a post title', () => {
  it('reads as the pillar is named in planner.json, while the pillar page keeps its label in capitals', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      await page.goto(`${site.base}/posts/2026/tmux-script/`);
      // innerText is the text as rendered, text-transform applied.
      expect(await page.locator('.eyebrow').first().innerText()).toBe('Bread');
      await page.goto(`${site.base}/pillars/bread/`);
      expect(await page.locator('.eyebrow').first().innerText()).toBe('PILLAR');
    } finally {
      await page.close();
    }
  });
});
