/**
 * The studio only runs under `astro dev`, so Astro's dev toolbar (a bar at the bottom centre with
 * an invisible hover area above it) is always on screen. Scrolled to the end of any studio page,
 * on a phone (390 px) or a desktop, the last control of the page must take a tap itself, not the
 * toolbar: at 390 px "Start my own brand" used to lie under the toolbar's hover area.
 */
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const PAGES = ['/studio', '/studio/brand', '/studio/channels', '/studio/plan', '/studio/drafts', '/studio/drafts/2026/red-braised-pork'];

describe('neither the dev toolbar nor the round + button covers a control at the end of a studio page', () => {
  test.each(PAGES.flatMap((path) => [390, 1280].map((width) => ({ path, width }))))('$path at $width px', async ({ path, width }) => {
    const { page } = session;
    await page.setViewportSize({ width, height: 844 });
    await page.goto(`${session.studio.url}${path}`);
    await page.waitForFunction(() => document.querySelector('astro-dev-toolbar')?.shadowRoot?.querySelector('#dev-toolbar-root') != null);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // Every visible control in <main> within the viewport: which element a tap at its centre reaches.
    const covered = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('main a, main button, main input:not([type=hidden]), main select, main textarea, main summary')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || box.bottom > innerHeight || box.top < 0 || getComputedStyle(el).visibility === 'hidden') continue;
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        // The toolbar and the phone's round "+ New idea" button float over the page's bottom edge.
        if (hit?.closest('astro-dev-toolbar, #qc-open') && !el.contains(hit)) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" under ${hit.closest('astro-dev-toolbar') ? 'the dev toolbar' : '+'}`);
      }
      return out;
    });
    expect(covered).toEqual([]);
  });
});
