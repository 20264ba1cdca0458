/**
 * A post title one character longer than a phone's line, in a real browser at 390 px: the
 * heading is balanced over its lines instead of leaving one character alone on the last
 * (我为什么先写原型再画设计 / 稿), on the post page and in the lists that show it as a heading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnePostSite } from './one-post-site.ts';
import type { BuiltSite } from './static-server.ts';

const TITLE = '我为什么先写原型再画设计稿';
const POST = ['---', `title: ${TITLE}`, 'channel: blog', 'pillar: bread', 'status: published', 'publishedAt: 2026-09-24', 'lang: zh', '---', '', '很多设计师习惯先画设计稿。', ''].join('\n');

let site: BuiltSite;
beforeAll(async () => {
  site = await openOnePostSite('tl-e2e-heading-', '2026/prototype-first.md', POST);
}, 180_000);
afterAll(() => site?.close());

describe('a heading that just overflows a phone line', () => {
  it('puts more than one character on its last line', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      await page.goto(`${site.base}/posts/2026/prototype-first/`);
      // The top of each character of the h1, by a Range over it: characters sharing the last top are the last line.
      const lines = await page.evaluate(() => {
        const h1 = document.querySelector('h1')!;
        const text = h1.firstChild as Text;
        const tops: number[] = [];
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          tops.push(Math.round(range.getBoundingClientRect().top));
        }
        return [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
      });
      expect(lines.reduce((a, b) => a + b, 0)).toBe(TITLE.length);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.at(-1)).toBeGreaterThan(1);
    } finally {
      await page.close();
    }
  });
});
