/**
 * A post's blocks keep a gap between them: a Markdown table was drawn with no margin (the
 * browser gives a table none, and the portfolio's paragraphs only a bottom one), so the paragraph
 * after a table sat on its last row's border (seen on a Chinese post at 390 px: "| 水温 | 92°C |"
 * then "散步到老街的咖啡馆…" touching it). Checked with the portfolio's own stylesheets in a real
 * browser, at 390 and 1280 px.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

const css = ['theme.css', 'base.css'].map((f) => readFileSync(new URL(`../../src/styles/${f}`, import.meta.url), 'utf8')).join('\n');
const BODY = `<main class="wrap"><article lang="zh-CN">
<p>手冲咖啡让你看清每一步。</p>
<table><thead><tr><th>参数</th><th>数值</th></tr></thead><tbody><tr><td>粉水比</td><td>1:15</td></tr><tr><td>水温</td><td>92°C</td></tr></tbody></table>
<p id="after">散步到老街的咖啡馆，买一包新鲜烘焙的豆子。</p>
</article></main>`;

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('the paragraph after a table does not touch it', () => {
  for (const width of [390, 1280])
    it(`at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      try {
        await page.setContent(`<!doctype html><html lang="zh-CN"><head><style>${css}</style></head><body>${BODY}</body></html>`);
        const gap = await page.evaluate(() => {
          const table = document.querySelector('table')!.getBoundingClientRect();
          const after = document.getElementById('after')!.getBoundingClientRect();
          return after.top - table.bottom;
        });
        expect(gap).toBeGreaterThanOrEqual(8);
      } finally {
        await page.close();
      }
    });
});
