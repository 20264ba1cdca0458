/**
 * A slot owed now (its day is over, its window, until the next slot's day, is not, and no post
 * fills it) is no gap (§3): the agenda says "overdue: publish before …" and a post planned into
 * it still fills it. The month grid said "missed" / "断更" and offered no form, at desktop width
 * and on a phone (390 px), whose default view is that grid read as day rows. Now the grid shows
 * the agenda's words and the "Plan a post" form, in English and Chinese, and the form plans the
 * post into that slot. Screenshots go to $SHOTS when it is set (to look at, not compared).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parsePostText } from '../../src/core/post-file.ts';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const DAY = 86_400_000;
// Yesterday in Asia/Shanghai (the sample brand's zone, no DST), and its weekday for the cadence.
const owedDate = new Date(Date.now() + 8 * 3_600_000 - DAY).toISOString().slice(0, 10);
const weekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${owedDate}T00:00:00Z`).getUTCDay()]!;
const slotKey = `owed/${owedDate}`;
const monthUrl = () => `${session.studio.url}/studio/plan?month=${owedDate.slice(0, 7)}`;

beforeAll(() => {
  const file = join(session.studio.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  // Weekly on yesterday's weekday, from four weeks before: yesterday's slot is owed for six more days.
  const start = new Date(Date.parse(`${owedDate}T00:00:00Z`) - 28 * DAY).toISOString().slice(0, 10);
  planner.channels.push({ id: 'owed', name: 'Owed', platform: 'blog', cadence: `FREQ=WEEKLY;BYDAY=${weekday}`, start, time: '09:00' });
  writeFileSync(file, JSON.stringify(planner, null, 2));
});

const WORDS = {
  en: { overdue: /overdue: publish before .+ to fill it/, missed: /\bmissed\b/, plan: 'Plan a post' },
  zh: { overdue: /已逾期：.+前发布可补上/, missed: /断更/, plan: '安排文章' },
} as const;

describe.each([
  ['en', 1280],
  ['en', 390],
  ['zh', 1280],
  ['zh', 390],
] as const)('the owed slot in the month grid (%s, %i px)', (lang, width) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    const phone = width < 500;
    context = await session.browser.newContext({ viewport: { width, height: phone ? 844 : 900 }, ...(phone ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}) });
    await context.addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
    page = await context.newPage();
  });
  afterAll(async () => { await context?.close(); });

  test('reads as the agenda reads it, not as missed, and offers the plan form', async () => {
    await page.goto(monthUrl());
    const card = page.locator(`.month [data-slot="${slotKey}"]`);
    await card.scrollIntoViewIfNeeded();
    expect(await card.isVisible()).toBe(true);
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(WORDS[lang].overdue);
    expect(text).not.toMatch(WORDS[lang].missed);
    // The same words as the agenda's line for that slot.
    const agenda = (await page.locator(`#agenda [data-slot="${slotKey}"] .overdue`).textContent())!.replace(/^\s*·\s*/, '').trim();
    expect(text).toContain(agenda);
    const summary = card.locator('details.slot-actions > summary');
    expect(await summary.textContent()).toBe(WORDS[lang].plan);
    await summary.click();
    expect(await card.locator('[data-plan-post-form] input[name="title"]').isVisible()).toBe(true);
    if (process.env.SHOTS) await page.screenshot({ path: join(process.env.SHOTS, `owed-${lang}-${width}.png`) });
  });
});

describe('planning a post into the owed slot from the month grid on a phone', () => {
  test('writes the post with plannedFor the owed date, and the slot then shows it', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    try {
      await page.goto(monthUrl());
      const card = page.locator(`.month [data-slot="${slotKey}"]`);
      await card.locator('details.slot-actions > summary').tap();
      await card.locator('input[name="title"]').fill('Owed post');
      await Promise.all([page.waitForURL(/done=planned/), card.locator('[data-plan-post-form] button[type="submit"]').tap()]);
      const post = parsePostText(readFileSync(join(session.studio.root, 'content/posts/owed-post.mdx'), 'utf8'), 'owed-post', 'content/posts/owed-post.mdx');
      expect(post.data).toMatchObject({ channel: 'owed', plannedFor: owedDate, title: 'Owed post' });
      await page.goto(monthUrl());
      expect(await page.locator(`.month [data-slot="${slotKey}"] .slot-post`).textContent()).toBe('Owed post');
    } finally {
      await context.close();
    }
  });
});
