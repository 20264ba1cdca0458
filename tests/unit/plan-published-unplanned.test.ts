/**
 * A published post planned for no slot, dated ahead (it waits to go public), fills the slot whose
 * window holds its publishedAt, as check counts it: the plan shows that post there, published,
 * not an open slot to write for (its pillar counted, not suggested again), in English and Chinese.
 */
import { describe, expect, test } from 'vitest';
import { formatPlanText } from '../../src/cli/commands/plan.ts';
import { buildPlan } from '../../src/core/plan.ts';
import { nextOpenSlot } from '../../src/studio/plan/ideas.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';

const NOW = Date.parse('2026-11-25T00:00:00Z');
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei Lin', label: 'The home cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }, { id: 'photo', name: 'Food photography' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-10-06', time: '09:00' }],
  breaks: [],
});
const post = (id: string, data: Partial<PostFrontmatter>): Post => ({ id, file: `content/posts/${id}.md`, body: '', data: { channel: 'blog', ...data } as PostFrontmatter });
const waiting = post('2026/waiting', { title: 'Waiting braise', status: 'published', publishedAt: '2026-12-03T10:00:00+08:00', pillar: 'recipes' });

describe('a published post without plannedFor in the plan', () => {
  test('fills the slot of its window: shown there as published, the slots around it open', () => {
    const { slots } = buildPlan({ planner, posts: [waiting], now: NOW, weeks: 3 });
    const filled = slots.find((s) => s.date === '2026-12-01')!;
    expect(filled.published).toBe('2026/waiting');
    expect(filled.post).toBeNull();
    expect(filled.pillar).toBe('recipes');
    expect(slots.filter((s) => s.published).map((s) => s.date)).toEqual(['2026-12-01']);
  });

  test('plan reads it as the published post, not "open", in English and Chinese', () => {
    const { slots } = buildPlan({ planner, posts: [waiting], now: NOW, weeks: 3 });
    const en = formatPlanText(slots, planner, [waiting], 3, 'en');
    expect(en).toMatch(/2026-12-01 09:00 \+08:00 +Blog +Recipes +Waiting braise \(2026\/waiting\) \(published\)\n/);
    expect(en).toContain(', 2 open');
    const zh = formatPlanText(slots, planner, [waiting], 3, 'zh');
    expect(zh).toMatch(/2026-12-01 09:00 \+08:00 +Blog +Recipes +Waiting braise \(2026\/waiting\)（已发布）\n/);
  });

  test("the studio's one-tap planning does not offer that slot: it is not open", () => {
    const { slots } = buildPlan({ planner, posts: [waiting], now: NOW, weeks: 3 });
    expect(nextOpenSlot(slots, 'recipes')?.date).not.toBe('2026-12-01');
    expect(nextOpenSlot(slots.filter((s) => s.date <= '2026-12-01'), null)).toBeNull();
  });
});
