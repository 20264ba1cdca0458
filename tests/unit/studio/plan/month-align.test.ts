import { describe, expect, it } from 'vitest';
import { buildPlanWithOverdue, type PlanSlot } from '../../../../src/core/plan.ts';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../../../src/core/schema/post.ts';
import { alignSuggestions, monthPlanSlots, slotOutcomes } from '../../../../src/studio/plan/month.ts';

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

/**
 * A slot owed now: its day is over, its window (until the next slot's day) is not, no post fills
 * it. The agenda offers it ("overdue: publish before …", and a post planned into it fills it);
 * the month grid said "missed" (断更) and offered nothing, though §3 says it is no gap.
 */
describe('an owed slot in the month grid', () => {
  const planner = PlannerSchema.parse({
    version: 1,
    brand: { name: 'n', label: 'l', timezone: 'Asia/Shanghai', pillars: [{ id: 'a', name: 'A' }] },
    channels: [
      { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00' },
      { id: 'letter', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=MONTHLY;BYMONTHDAY=2', start: '2026-09-02', time: '09:00' },
    ],
    breaks: [],
  });
  // Thursday 26 Nov, noon in Shanghai: the blog's Tue 24 Nov slot is owed until Tue 1 Dec; the
  // letter's 2 Nov slot until 2 Dec (in the grid of November and of October's last week alike).
  const now = Date.parse('2026-11-26T04:00:00Z');

  it.each([
    ['blog/2026-11-24', '2026-11', { until: '2026-12-01', dueToday: false }],
    ['letter/2026-11-02', '2026-11', { until: '2026-12-02', dueToday: false }],
  ] as const)('%s is pending, not missed, and carries the agenda\'s overdue', (key, month, overdue) => {
    expect(slotOutcomes(planner, [], now).get(key)).toBe('pending');
    const shown = monthPlanSlots(planner, [], now, month).find((s) => `${s.channel}/${s.date}` === key);
    expect(shown?.overdue).toEqual(overdue);
  });

  it('a slot whose window has closed stays missed, and carries no overdue', () => {
    expect(slotOutcomes(planner, [], now).get('blog/2026-11-17')).toBe('missed');
    expect(monthPlanSlots(planner, [], now, '2026-11').find((s) => s.date === '2026-11-17')?.overdue).toBeUndefined();
  });
});
