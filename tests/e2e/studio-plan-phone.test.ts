/**
 * The plan page on a phone (390 px, touch): a tap on a day of the month grid opens the agenda at
 * that day, and the ideas list, below the calendar, is one tap from the top of the page.
 */
import { describe, expect, test } from 'vitest';
import { seriousAxe } from './axe-check.ts';
import { usePhonePage } from './phone-page.ts';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const phone = usePhonePage(session);

async function openGrid(): Promise<void> {
  await phone.page.goto(`${session.studio.url}/studio/plan`);
  await phone.page.waitForSelector('[data-day-open]:not([hidden])', { state: 'attached' });
  await phone.page.tap('label[for="view-calendar"]');
  await expect.poll(() => phone.page.locator('.month thead').isVisible()).toBe(true);
}

/** True when the element's top part is on screen and not covered (by a sticky header, say). */
const onScreen = (selector: string) => phone.page.locator(selector).evaluate((el) => {
  const box = el.getBoundingClientRect();
  const y = box.top + Math.min(12, box.height / 2);
  return y >= 0 && y < window.innerHeight && el.contains(document.elementFromPoint(box.left + box.width / 2, y));
});

describe('the month grid on a phone', () => {
  test('tapping a day with slots switches to the agenda scrolled to that day', async () => {
    await openGrid();
    const days = await phone.page.locator('.month td[data-date]:not(.empty):not(.outside)').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.date!));
    const day = days.at(-1)!;
    await phone.page.tap(`[data-day-open="${day}"]`);
    expect(await phone.page.isChecked('#view-agenda')).toBe(true);
    expect(await phone.page.locator('.month thead').isVisible()).toBe(false);
    await expect.poll(() => onScreen(`.month td[data-date="${day}"]`)).toBe(true);
    expect(await phone.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.date)).toBe(day);
  });

  test('tapping a day without slots opens the agenda at the next day that has some', async () => {
    await openGrid();
    const cells = await phone.page.locator('.month td[data-date]:not(.outside)').evaluateAll((els) => els.map((el) => ({ date: (el as HTMLElement).dataset.date!, empty: el.classList.contains('empty') })));
    const at = cells.findIndex((c, i) => c.empty && cells.slice(i).some((d) => !d.empty));
    const next = cells.slice(at).find((c) => !c.empty)!.date;
    await phone.page.tap(`[data-day-open="${cells[at]!.date}"]`);
    expect(await phone.page.isChecked('#view-agenda')).toBe(true);
    await expect.poll(() => onScreen(`.month td[data-date="${next}"]`)).toBe(true);
  });

  test('every day of the grid is a tap target of at least 44 px with a name, and axe finds nothing serious', async () => {
    await openGrid();
    expect(await seriousAxe(phone.page)).toEqual([]);
    const sizes = await phone.page.locator('[data-day-open]').evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return { w: r.width, h: r.height, name: el.getAttribute('aria-label') }; }));
    expect(sizes.length).toBeGreaterThanOrEqual(28);
    for (const size of sizes) {
      expect(Math.min(size.w, size.h)).toBeGreaterThanOrEqual(44);
      expect(size.name).toMatch(/\d{4}-\d\d-\d\d/);
    }
  });
});

describe('the pillar balance table on a phone', () => {
  // Its header was display: none at 390 px, which hid the column names from screen readers too.
  test('keeps its column headers for a screen reader, out of sight, and fits the screen', async () => {
    await phone.page.goto(`${session.studio.url}/studio/plan`);
    const table = phone.page.locator('table.balance');
    expect(await table.getByRole('columnheader').count()).toBe(5);
    expect(await table.locator('thead').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await table.scrollIntoViewIfNeeded();
    expect(await seriousAxe(phone.page)).toEqual([]);
  });
});

describe('Undo on a phone', () => {
  test('the Undo button takes a tap at 390 px (nothing on the page lies over it)', async () => {
    await phone.page.goto(`${session.studio.url}/studio/plan`);
    await phone.page.waitForSelector('[data-drag-handle]:not([hidden])', { state: 'attached' });
    await phone.page.evaluate(() => {
      sessionStorage.setItem('tl-dnd-said', 'Soup planned for 2026-12-05.');
      sessionStorage.setItem('tl-dnd-undo', JSON.stringify({ title: 'Soup', request: { id: 'no/such-post', date: null } }));
    });
    await phone.page.reload();
    await phone.page.waitForSelector('#dnd-undo:not([hidden])');
    await phone.page.tap('#dnd-undo-button', { timeout: 5000 });
    await expect.poll(() => phone.page.textContent('#dnd-undo-text')).toMatch(/^Not undone: /);
  });
});

describe('the ideas list on a phone', () => {
  test('is one tap from the top of the plan page', async () => {
    await phone.page.goto(`${session.studio.url}/studio/plan`);
    expect(await onScreen('#ideas')).toBe(false);
    const jump = phone.page.locator('[data-jump-ideas]');
    expect(await onScreen('[data-jump-ideas]')).toBe(true);
    await jump.tap();
    await expect.poll(() => onScreen('#ideas')).toBe(true);
  });
});
