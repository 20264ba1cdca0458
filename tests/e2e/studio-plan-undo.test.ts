/**
 * Undo on the plan page: a drag that plans an idea, a move to another slot and an unplan each
 * show an "Undo" button after the reload; it (or Ctrl+Z) puts the file on disk back byte for byte,
 * through the same revision check, so a file edited on disk since is left alone with the reason shown.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dragInView } from './drag.ts';
import { seriousAxe } from './axe-check.ts';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const fileOf = (id: string) => {
  const base = join(session.studio.root, 'content/posts', id);
  return existsSync(`${base}.mdx`) ? `${base}.mdx` : `${base}.md`;
};
const postText = (id: string) => readFileSync(fileOf(id), 'utf8');
const ready = (page: Page) => page.waitForSelector('[data-drag-handle]:not([hidden])', { state: 'attached' });

async function openPlan(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${session.studio.url}/studio/plan`);
  await ready(page);
}

describe('undoing a move on the plan page', () => {
  const idea = 'ideas/market-morning';

  test('Undo after dragging an idea onto a slot (and out of ideas/) puts the idea file back as it was', async () => {
    const { page } = session;
    await openPlan(page);
    const before = postText(idea);
    const target = page.locator('[data-drop-slot]').first();
    const [channel] = (await target.getAttribute('data-slot'))!.split('/');
    await dragInView(page, page.locator(`#ideas [data-drag-post="${idea}"]`), target);
    await Promise.all([page.waitForEvent('load'), page.click('#im-plan')]);
    await ready(page);
    expect(existsSync(fileOf(`${channel}/market-morning`))).toBe(true);
    await expect.poll(() => page.isVisible('#dnd-undo-button')).toBe(true);
    await Promise.all([page.waitForEvent('load'), page.click('#dnd-undo-button')]);
    await ready(page);
    expect(postText(idea)).toBe(before);
    expect(existsSync(fileOf(`${channel}/market-morning`))).toBe(false);
    await expect.poll(() => page.textContent('#dnd-undo-text')).toContain('undone');
    expect(await page.isVisible('#dnd-undo-button')).toBe(false);
  });

  test('Ctrl+Z on the plan undoes a move of a planned post to another slot', async () => {
    const { page } = session;
    const target = page.locator('[data-drop-slot]').first();
    await dragInView(page, page.locator(`#ideas [data-drag-post="${idea}"]`), target);
    await page.click('#im-check');
    await Promise.all([page.waitForEvent('load'), page.click('#im-plan')]);
    await ready(page);
    const planned = postText(idea);
    const card = page.locator(`#calendar [data-drag-post="${idea}"]`);
    const from = (await card.getAttribute('data-slot'))!;
    const other = page.locator(`[data-drop-slot]:not([data-slot="${from}"])`).first();
    // Still under ideas/, so the offer opens again: untick it.
    await dragInView(page, card, other);
    await page.click('#im-check');
    await Promise.all([page.waitForEvent('load'), page.click('#im-plan')]);
    await ready(page);
    expect(postText(idea)).not.toBe(planned);
    await page.locator('main h1').first().click();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Control+z')]);
    await ready(page);
    expect(postText(idea)).toBe(planned);
  });

  test('a file edited on disk after the move is not overwritten by Undo, and the page says why, with no serious axe finding in either theme', async () => {
    const { page } = session;
    const card = page.locator(`#calendar [data-drag-post="${idea}"]`);
    await Promise.all([page.waitForEvent('load'), dragInView(page, card, page.locator('#ideas'))]);
    await ready(page);
    expect(postText(idea)).not.toContain('plannedFor');
    const edited = postText(idea).replace(/\n*$/, '\nA line written in another editor.\n');
    writeFileSync(fileOf(idea), edited);
    await page.click('#dnd-undo-button');
    await expect.poll(() => page.textContent('#dnd-undo-text')).toMatch(/Not undone: .*changed on disk/);
    expect(postText(idea)).toBe(edited);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousAxe(page)).toEqual([]);
    }
    await page.click('#dnd-undo-close');
    expect(await page.isVisible('#dnd-undo')).toBe(false);
  });
});
