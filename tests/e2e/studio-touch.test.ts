/**
 * Planning by touch on a phone (390 px, touch screen): dragging a planned post's ⠿ handle with a
 * finger to another open slot, and the tap-based "Move to…" (tap ⠿, then tap the target) that
 * works the same as the keyboard. Touches are real touch input (CDP Input.dispatchTouchEvent),
 * so the page sees Pointer Events of type "touch", as on a phone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
let idea = 'ideas/market-morning';

const postText = (id: string) => {
  const base = join(session.studio.root, 'content/posts', id);
  return readFileSync(existsSync(`${base}.mdx`) ? `${base}.mdx` : `${base}.md`, 'utf8');
};
const plannedFor = (id: string) => /^plannedFor: ['"]?([\d-]+)/m.exec(postText(id))?.[1] ?? null;

beforeAll(async () => {
  context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  page = await context.newPage();
  cdp = await context.newCDPSession(page);
});
afterAll(async () => { await context?.close(); });

async function openPlan(): Promise<void> {
  await page.goto(`${session.studio.url}/studio/plan`);
  await page.waitForSelector('[data-drag-handle]:not([hidden])', { state: 'attached' });
}

/** Visible open slots (the agenda at phone width), top to bottom. */
async function openSlots(): Promise<string[]> {
  return page.locator('[data-drop-slot]').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => (el as HTMLElement).dataset.slot!));
}

async function centre(selector: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(selector).first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A finger pressing at `from`, sliding in small steps to `to`, and lifting. */
async function fingerDrag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= 12; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / 12, y: from.y + ((to.y - from.y) * i) / 12 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('moving a planned post by touch at 390 px', () => {
  test('a tap on ⠿ then a tap on an open slot plans the idea on that slot\'s date; unticking the move offer keeps it in ideas/', async () => {
    await openPlan();
    const [slot] = await openSlots();
    const [, date] = slot!.split('/');
    await page.tap(`#ideas [data-drag-post="${idea}"] [data-drag-handle]`);
    await expect.poll(() => page.isVisible('#dnd-bar')).toBe(true);
    expect(await page.textContent('#dnd-bar')).toContain('Moving');
    await page.locator(`[data-drop-slot][data-slot="${slot}"]`).scrollIntoViewIfNeeded();
    await page.tap(`[data-drop-slot][data-slot="${slot}"] .slot-channel`);
    await expect.poll(() => page.locator('#idea-move').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.tap('#im-check');
    expect(await page.isChecked('#im-check')).toBe(false);
    await Promise.all([page.waitForEvent('load'), page.tap('#im-plan')]);
    await expect.poll(() => plannedFor(idea)).toBe(date);
  });

  test('dragging the planned idea\'s ⠿ with a finger to another open slot changes its date on disk and, offer ticked, moves it out of ideas/', async () => {
    await openPlan();
    const handle = `.slot[data-drag-post="${idea}"] [data-drag-handle]`;
    // The handle near the top of the screen, so that the open slots after it are in view too
    // (where scrollIntoView leaves it depends on the page's scroll padding).
    await page.locator(handle).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 120));
    const start = await centre(handle);
    // The nearest open slot in view: the finger slides to it without scrolling.
    const slots = await openSlots();
    const boxes = await Promise.all(slots.map(async (s) => [s, await page.locator(`[data-drop-slot][data-slot="${s}"]`).boundingBox()] as const));
    const [slot, box] = boxes.filter(([, b]) => b && b.y > 40 && b.y + b.height < 800).sort(([, a], [, b]) => Math.abs(a!.y - start.y) - Math.abs(b!.y - start.y))[0]!;
    const before = plannedFor(idea);
    await fingerDrag(start, { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 });
    await expect.poll(() => page.locator('#idea-move').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    // The offer opens with "Plan it" focused (answered by a tap in the test above).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('im-plan');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    idea = `${slot.split('/')[0]}/market-morning`;
    await expect.poll(() => plannedFor(idea)).toBe(slot.split('/')[1]);
    expect(plannedFor(idea)).not.toBe(before);
  });

  test('a tap on ⠿ then a tap on the ideas list unplans it, and Cancel leaves the file alone', async () => {
    await openPlan();
    const handle = `.slot[data-drag-post="${idea}"] [data-drag-handle]`;
    const before = postText(idea);
    await page.tap(handle);
    await page.tap('#dnd-bar-cancel');
    await expect.poll(() => page.isVisible('#dnd-bar')).toBe(false);
    expect(postText(idea)).toBe(before);
    await page.tap(handle);
    await page.locator('#ideas').scrollIntoViewIfNeeded();
    await Promise.all([page.waitForEvent('load'), page.tap('#ideas h2')]);
    await expect.poll(() => plannedFor(idea)).toBeNull();
  });

  test('a finger on ⠿ does not scroll the page, and no page is wider than the phone', async () => {
    await openPlan();
    expect(await page.locator('[data-drag-handle]').first().evaluate((el) => getComputedStyle(el).touchAction)).toBe('none');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
