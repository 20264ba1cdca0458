/**
 * HTML drag and drop in a browser test that does not depend on where things fall in the page.
 *
 * Playwright's `dragTo` scrolls the source into view, presses, then scrolls the target into view
 * and drops; in Chromium a scroll between press and drop loses the HTML drag (no `drop` fires).
 * Which slot is first, and so how far down it sits, moves with the day the test runs (the sample
 * plans in Shanghai time, so 16:00 UTC is a new day there). So the view is made as tall as the
 * page for the drag, both ends are in view without scrolling, and the view is put back after.
 */
import type { Locator, Page } from 'playwright-core';

/** Chromium's screenshots and layout stay reliable well past any studio page's height. */
const MAX_HEIGHT = 8000;

/**
 * Drag `source` onto `target` (both in `page`) with the mouse, as `Locator.dragTo` does, with the
 * whole page in view. Resolves when the drop is done; the caller waits for what follows (a dialog,
 * a reload). Errors: Playwright's own when either locator matches nothing.
 */
export async function dragInView(page: Page, source: Locator, target: Locator): Promise<void> {
  const before = page.viewportSize() ?? { width: 1280, height: 900 };
  const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
  await page.setViewportSize({ width: before.width, height: Math.min(MAX_HEIGHT, Math.max(before.height, height)) });
  await page.evaluate(() => window.scrollTo(0, 0));
  try {
    await source.dragTo(target);
  } finally {
    await page.setViewportSize(before);
  }
}
