/**
 * Admonitions (`:::note`, `> [!WARNING]`) in a built post, in a real browser: each kind is a
 * tinted box with its own edge colour in the light and the dark theme, readable (axe colour
 * contrast), within a 390 px phone's width, and the page runs no script for them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxe } from './axe-check.ts';
import { openOnePostSite } from './one-post-site.ts';
import type { BuiltSite } from './static-server.ts';

const BODY = [
  'A paragraph before the asides.',
  ':::note\nA note with a long word: Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen.\n:::',
  ':::tip[Proof it overnight]\nA labelled tip.\n:::',
  '> [!IMPORTANT]\n> Weigh the salt.',
  '> [!WARNING]\n> The lid is at 250 °C.',
  ':::caution\nNever add water to hot oil.\n:::',
].join('\n\n');

let site: BuiltSite;
beforeAll(async () => {
  site = await openOnePostSite('tl-e2e-asides-', '2026/asides.md', `---\ntitle: Asides\nchannel: blog\npillar: bread\nstatus: published\npublishedAt: 2026-09-24\n---\n\n${BODY}\n`);
}, 180_000);
afterAll(() => site?.close());

describe('admonitions on a post page', () => {
  for (const scheme of ['light', 'dark'] as const)
    it(`are tinted boxes with a colour per kind, readable and within a phone's width (${scheme})`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: scheme, javaScriptEnabled: false });
      try {
        await page.goto(`${site.base}/posts/2026/asides/`);
        const boxes = await page.$$eval('aside.admonition', (asides) =>
          asides.map((a) => {
            const style = getComputedStyle(a);
            const title = a.querySelector('.admonition-title')!;
            return { kind: a.className, edge: style.borderLeftColor, edgeWidth: style.borderLeftWidth, background: style.backgroundColor, title: title.textContent, titleColor: getComputedStyle(title).color, right: a.getBoundingClientRect().right };
          }),
        );
        const pageBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(boxes.map((b) => b.kind)).toEqual(['note', 'tip', 'important', 'warning', 'caution'].map((k) => `admonition admonition-${k}`));
        expect(boxes.map((b) => b.title)).toEqual(['Note', 'Proof it overnight', 'Important', 'Warning', 'Caution']);
        // Five kinds, five edge colours; each box tinted apart from the page, its title in its colour.
        expect(new Set(boxes.map((b) => b.edge)).size).toBe(5);
        for (const b of boxes) {
          expect(b.edgeWidth).toBe('4px');
          expect(b.background).not.toBe(pageBackground);
          expect(b.titleColor).toBe(b.edge);
          expect(b.right).toBeLessThanOrEqual(390);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      } finally {
        await page.close();
      }
    });

  it('pass axe (colour contrast included) in both themes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      try {
        await page.goto(`${site.base}/posts/2026/asides/`);
        expect(await seriousAxe(page), scheme).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});
