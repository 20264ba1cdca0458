/**
 * The portfolio under forced colours (Windows High Contrast and its kin), in a real browser.
 * Forced colours paint every background with the system's Canvas but leave an SVG's fills: the
 * home page's heatmap kept its shades while its legend's swatches (backgrounds) vanished, so
 * "Less ... More" stood around empty space; tag chips, pillar cards, a post's table of contents
 * and a plain code block, drawn by their background alone, lost their shape. The swatches keep the heatmap's colours, and chips and
 * cards get a transparent border, which forced colours draw.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { launchBrowser } from './browser.ts';
import { openBuiltSite, type BuiltSite } from './static-server.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await openBuiltSite(async () => {
    const root = await makeRoot('tl-e2e-forced-');
    const sections = ['Mix', 'Proof', 'Bake'].map((h) => `## ${h}\n\nA step of the loaf.\n`).join('\n');
    writeFileSync(join(root, 'content/posts/2026/steps.md'), `---\ntitle: Three steps\nchannel: blog\npillar: bread\nstatus: published\npublishedAt: 2026-09-26\n---\n\n${sections}\n    plain code, no language\n`);
    return buildPortfolio(root);
  }, launchBrowser);
}, 180_000);
afterAll(() => site?.close());

async function forcedPage(scheme: 'light' | 'dark'): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, javaScriptEnabled: false });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${site.base}/`);
  return page;
}

describe('the portfolio under forced colours', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`shows each legend swatch in the colour of the heatmap's cells of its level (${scheme})`, async () => {
      const page = await forcedPage(scheme);
      try {
        const levels = await page.evaluate(() => [0, 1, 2, 3, 4].map((n) => ({
          swatch: getComputedStyle(document.querySelector(`.heatmap-legend .swatch.tl-out-${n}`)!).backgroundColor,
          cell: getComputedStyle(document.querySelector(`.heatmap svg rect.tl-out-${n}`) ?? document.querySelector('.heatmap-legend')!).fill,
          hasCell: document.querySelector(`.heatmap svg rect.tl-out-${n}`) !== null,
        })));
        expect(levels.some((l) => l.hasCell)).toBe(true);
        for (const l of levels.filter((x) => x.hasCell)) expect(l.swatch).toBe(l.cell);
        // Five levels, five colours: none painted over with the page's own.
        expect(new Set(levels.map((l) => l.swatch)).size).toBe(5);
      } finally {
        await page.close();
      }
    });

    it(`draws a border around tag chips and pillar cards (${scheme})`, async () => {
      const page = await forcedPage(scheme);
      try {
        const borders = await page.$$eval('.tag-list a, .pillar-card', (els) => els.map((el) => {
          const s = getComputedStyle(el);
          return { width: parseFloat(s.borderTopWidth), style: s.borderTopStyle, color: s.borderTopColor, bg: getComputedStyle(document.body).backgroundColor };
        }));
        expect(borders.length).toBeGreaterThan(1);
        for (const b of borders) {
          expect(b.width).toBeGreaterThanOrEqual(1);
          expect(b.style).toBe('solid');
          expect(b.color).not.toBe(b.bg);
        }
      } finally {
        await page.close();
      }
    });
  }

  it('draws a border around a table of contents and a plain code block', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(`${site.base}/posts/2026/steps/`);
      const widths = await page.$$eval('.toc, .article-body pre', (els) => els.map((el) => parseFloat(getComputedStyle(el).borderTopWidth)));
      expect(widths).toHaveLength(2);
      for (const w of widths) expect(w).toBeGreaterThanOrEqual(1);
    } finally {
      await page.close();
    }
  });
});
