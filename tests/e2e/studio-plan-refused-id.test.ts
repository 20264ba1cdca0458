/**
 * Dragging a post whose file name is no id (`content/posts/2026/bad id.md`, check's `post-id`
 * flag) on the plan board: the move failed with a message said only to screen readers, and the
 * way out, the rename form at the post's editor address, was named nowhere. The bar now shows why,
 * in the studio's language, with a link to that form.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { seriousAxe } from './axe-check.ts';
import { dragInView } from './drag.ts';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const file = () => join(session.studio.root, 'content/posts/2026/bad id.md');
const ready = (page: Page) => page.waitForSelector('[data-drag-handle]:not([hidden])', { state: 'attached' });

beforeAll(() => {
  writeFileSync(file(), '---\ntitle: Soy braised eggs\nchannel: blog\nstatus: idea\n---\n\nEggs in soy sauce.\n');
});

// The flag's name is long ("File name the studio refuses as an id"): at 1280 px the list is
// narrower than it, and a chip that does not wrap widened the cards past the list's edge, cut off.
describe('its card on the plan board', () => {
  test.each([['en', 1280], ['zh', 1280], ['en', 390]])('shows the whole flag inside the card (%s, %i px)', async (lang, width) => {
    const { page } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${session.studio.url}/studio/plan`);
    const card = page.locator('#ideas [data-drag-post="2026/bad id"]');
    const [box, flag] = await Promise.all([card.boundingBox(), card.locator('[data-flag="post-id"]').boundingBox()]);
    const list = await page.locator('#ideas').evaluate((el) => ({ right: el.getBoundingClientRect().x + el.clientWidth, scroll: el.scrollWidth - el.clientWidth }));
    expect(list.scroll).toBe(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(list.right);
    expect(flag!.x + flag!.width).toBeLessThanOrEqual(box!.x + box!.width);
    expect(await card.locator('[data-flag="post-id"]').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });
});

describe('dragging a post whose file name is no id', () => {
  test.each([
    ['en', /Not moved: the file name of "2026\/bad id" is no id the studio can plan by: rename the file first, then plan it/, 'Rename it'],
    ['zh', /未移动：“2026\/bad id”的文件名不能用作工作室排期所用的 ID：请先给文件重命名，再安排它/, '去重命名'],
  ])('shows why in the bar (%s), with a link to its rename form, and leaves the file alone', async (lang, message, link) => {
    const { page } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${session.studio.url}/studio/plan`);
    await ready(page);
    await dragInView(page, page.locator('#ideas [data-drag-post="2026/bad id"]'), page.locator('[data-drop-slot]').first());
    await expect.poll(() => page.isVisible('#dnd-undo')).toBe(true);
    expect(await page.textContent('#dnd-undo-text')).toMatch(message);
    expect(await page.isVisible('#dnd-undo-button')).toBe(false);
    const rename = page.locator('#dnd-undo-text a');
    expect(await rename.textContent()).toBe(link);
    expect(await rename.getAttribute('href')).toBe('/studio/drafts/2026/bad%20id');
    expect(await seriousAxe(page)).toEqual([]);
    expect(readFileSync(file(), 'utf8')).not.toContain('plannedFor');
    await Promise.all([page.waitForEvent('load'), rename.click()]);
    expect(await page.textContent('body')).toMatch(lang === 'en' ? /Rename this post to open it/ : /重命名这篇内容后才能打开/);
  });
});
