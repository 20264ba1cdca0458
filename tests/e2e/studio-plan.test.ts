import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePostText } from '../../src/core/post-file.ts';
import { readPlanner } from '../../src/store/planner-store.ts';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();

describe('planning a new channel in the studio', () => {
  test('a channel added with a preset shows its rule in words and next 8 dates, and saves to planner.json', async () => {
    await session.page.goto(`${session.studio.url}/studio/channels`);
    await session.page.fill('#name', 'Zhihu answers');
    await session.page.fill('#id', 'zhihu');
    await session.page.selectOption('#platform', 'zhihu');
    await session.page.selectOption('#cadenceMode', 'twice-weekly');
    await expect.poll(() => session.page.inputValue('#cadence')).toBe('FREQ=WEEKLY;BYDAY=TU,FR');
    await expect.poll(() => session.page.textContent('[data-preview-text]')).toBe('Twice a week (Tue, Fri)');
    await expect.poll(() => session.page.locator('[data-preview-slots] li').count()).toBe(8);
    const days = await session.page.locator('[data-preview-slots] time').evaluateAll((els) => els.map((e) => new Date(e.getAttribute('datetime')!).getUTCDay()));
    // 09:00 in Asia/Shanghai is 01:00 UTC the same day: Tuesday (2) and Friday (5) only.
    expect(new Set(days)).toEqual(new Set([2, 5]));

    await session.page.selectOption('#cadenceMode', 'weekly-days');
    await session.page.check('input[name="cadenceDays"][value="MO"]');
    await expect.poll(() => session.page.inputValue('#cadence')).toMatch(/^FREQ=WEEKLY;BYDAY=MO,/);
    await session.page.selectOption('#cadenceMode', 'twice-weekly');
    await session.page.check('input[name="pillars"][value="recipes"]');
    await Promise.all([session.page.waitForURL(/\/studio\/channels\?saved=/), session.page.click('#save-channel')]);
    expect(await session.page.textContent('[role="status"]')).toContain('Channel saved.');

    const planner = await readPlanner(session.studio.root);
    expect(planner.channels.find((c) => c.id === 'zhihu')).toMatchObject({
      name: 'Zhihu answers', platform: 'zhihu', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', pillars: ['recipes'], time: '09:00',
    });
  });

  test('a post planned into one of its slots from the calendar lands on disk with the right frontmatter', async () => {
    await session.page.goto(`${session.studio.url}/studio/plan`);
    let slot = session.page.locator('[data-slot^="zhihu/"]:has(details)').first();
    if ((await slot.count()) === 0) {
      await session.page.click('a[rel="next"]');
      slot = session.page.locator('[data-slot^="zhihu/"]:has(details)').first();
    }
    const date = (await slot.getAttribute('data-slot'))!.split('/')[1]!;
    await slot.locator('summary').click();
    await slot.locator('input[name="title"]').fill('Five sauces every home cook needs');
    await slot.locator('input[name="slug"]').fill('five-sauces');
    await slot.locator('select[name="status"]').selectOption('draft');
    expect(await slot.locator('select[name="pillar"]').inputValue()).toBe('recipes');
    await Promise.all([session.page.waitForURL(/done=planned/), slot.locator('[data-plan-post-form] button[type="submit"]').click()]);

    const text = await readFile(join(session.studio.root, 'content/posts/five-sauces.mdx'), 'utf8');
    const post = parsePostText(text, 'five-sauces', 'content/posts/five-sauces.mdx');
    expect(post.data).toEqual({ title: 'Five sauces every home cook needs', channel: 'zhihu', status: 'draft', pillar: 'recipes', plannedFor: date });
    await expect.poll(() => session.page.locator(`[data-slot="zhihu/${date}"] a.slot-post`).textContent()).toBe('Five sauces every home cook needs');
  });

  test('the dashboard shows a streak card for the new channel', async () => {
    await session.page.goto(`${session.studio.url}/studio`);
    const card = session.page.locator('[data-streak-card="zhihu"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('h3').textContent()).toContain('Zhihu answers');
    expect(await card.locator('[data-stat="current"]').textContent()).toBe('0');
    expect(await card.locator('svg.tl-heat').count()).toBe(1);
    expect(await session.page.locator('[data-flag="open-slot"]').count()).toBeGreaterThan(0);
  });
});
