/**
 * Code indented with tabs, in a real browser at 390 px. A real blog moved from WordPress
 * (ServiceStackV3/mythz_blog, 19 of the trial project's posts indent code with tabs) showed each
 * tab 8 columns wide, the browser's default: three levels in, a line of C# started 24 columns
 * from the left, and on a phone most of it lay past the block's right edge. A tab is 4 columns,
 * as Prism's and most blog themes' code is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnePostSite } from './one-post-site.ts';
import type { BuiltSite } from './static-server.ts';

const POST = [
  '---',
  'title: Sum of squares',
  'channel: blog',
  'pillar: bread',
  'status: published',
  'publishedAt: 2026-09-24',
  '---',
  '',
  '```csharp',
  'int SumOfSquares(IEnumerable<int> list)',
  '{',
  '\tvar sum = 0;',
  '\t\tforeach (var num in list)',
  '\t\t\tsum += Square(num);',
  '    return sum;',
  '}',
  '```',
  '',
  '```',
  'x',
  '\ty',
  '    z',
  '```',
  '',
].join('\n');

let site: BuiltSite;
beforeAll(async () => {
  site = await openOnePostSite('tl-e2e-tabs-', '2026/tabs.md', POST);
}, 180_000);
afterAll(() => site?.close());

describe('code indented with tabs', () => {
  it('shows a tab as 4 columns, highlighted or not', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      await page.goto(`${site.base}/posts/2026/tabs/`);
      // The first line opened by a tab against the first opened by four spaces: how far in each
      // line's first character is from the line start, as a ratio (about 1 when a tab is four spaces).
      const ratios = await page.evaluate(() =>
        [...document.querySelectorAll('article pre')].map((pre) => {
          const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
          const chars: { node: Text; at: number }[] = [];
          let text = '';
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            for (let i = 0; i < node.data.length; i++) chars.push({ node, at: i });
            text += node.data;
          }
          const left = (i: number) => {
            const range = document.createRange();
            range.setStart(chars[i]!.node, chars[i]!.at);
            range.setEnd(chars[i]!.node, chars[i]!.at + 1);
            return range.getBoundingClientRect().left;
          };
          const start = left(0);
          const tabbed = text.indexOf('\n\t') + 2;
          const spaced = text.indexOf('\n    ') + 5;
          return Math.round(((left(tabbed) - start) / (left(spaced) - start)) * 100) / 100;
        }),
      );
      // About 1: Chromium's tab stop and a rendered space of the fallback monospace font differ by
      // a little (1.11 here with tab-size 4; 2.22 with the browser's 8).
      expect(ratios).toHaveLength(2);
      for (const ratio of ratios) expect(ratio).toBeGreaterThan(0.9), expect(ratio).toBeLessThan(1.3);
    } finally {
      await page.close();
    }
  });
});
