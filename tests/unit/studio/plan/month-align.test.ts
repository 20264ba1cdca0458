import { describe, expect, it } from 'vitest';
import { buildPlanWithOverdue, type PlanSlot } from '../../../../src/core/plan.ts';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../../../src/core/schema/post.ts';
import { alignSuggestions, monthPlanSlots } from '../../../../src/studio/plan/month.ts';

const slot = (date: string, pillar: string | null, post: string | null = null): PlanSlot => ({ channel: 'blog', date, start: `${date}T09:00:00+08:00`, pillar, post, epoch: Date.parse(`${date}T01:00:00Z`) });

describe('alignSuggestions', () => {
  it('gives the month grid\'s open coming slots the suggestion of the plan from now, and leaves planned and past slots alone', () => {
    const month = [slot('2026-11-24', 'recipes'), slot('2026-12-01', 'stories', 'blog/a'), slot('2026-12-08', 'photos'), slot('2026-12-15', 'recipes')];
    const ahead = [slot('2026-12-01', 'stories', 'blog/a'), slot('2026-12-08', 'stories'), slot('2026-12-15', 'photos')];
    expect(alignSuggestions(month, ahead).map((s) => s.pillar)).toEqual(['recipes', 'stories', 'stories', 'photos']);
  });
});

describe('monthPlanSlots', () => {
  const planner = PlannerSchema.parse({
    version: 1,
    brand: { name: 'n', label: 'l', timezone: 'Asia/Shanghai', pillars: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }] },
    channels: [
      { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00' },
      { id: 'letter', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=MONTHLY;BYMONTHDAY=2', start: '2026-09-02', time: '09:00' },
    ],
    breaks: [],
  });
  const draft = (id: string, data: Record<string, unknown>): Post =>
    ({ id, file: `content/posts/${id}.md`, body: '', data: PostFrontmatterSchema.parse({ title: id, status: 'draft', ...data }) }) as Post;
  /** Each agenda slot (overdue first, then 8 weeks) as the month grid shows it: the same pillar, once. */
  const disagreements = (posts: Post[], now: number, month: string) => {
    const grid = monthPlanSlots(planner, posts, now, month);
    const { overdue, slots } = buildPlanWithOverdue({ planner, posts, now, weeks: 8 });
    return [...overdue, ...slots].flatMap((s) => {
      const shown = grid.filter((g) => g.channel === s.channel && g.date === s.date);
      return shown.length > 1 || (shown[0] && shown[0].pillar !== s.pillar) ? [`${s.channel}/${s.date}: agenda ${s.pillar}, month ${shown.map((g) => g.pillar).join(',')}`] : [];
    });
  };
  it.each([
    ['an overdue slot whose planned post names no pillar', [draft('p', { channel: 'blog', plannedFor: '2026-11-24' })], '2026-11-25T04:00:00Z', '2026-11'],
    ['a coming slot whose planned post names no pillar', [draft('p', { channel: 'blog', plannedFor: '2026-12-08' })], '2026-11-25T04:00:00Z', '2026-12'],
    ['a monthly overdue slot in the grid of a month before now\'s', [], '2026-11-20T04:00:00Z', '2026-10'],
    ['open slots', [], '2026-11-25T04:00:00Z', '2026-12'],
  ] as const)('shows the agenda\'s pillar for %s', (_name, posts, now, month) => {
    const grid = monthPlanSlots(planner, [...posts], Date.parse(now), month);
    expect(grid.length).toBeGreaterThan(0);
    expect(disagreements([...posts], Date.parse(now), month)).toEqual([]);
  });
});
