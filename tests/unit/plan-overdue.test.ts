/**
 * `plan` listed only slots from now on, so a slot whose day was over with no post, which a post
 * can still fill (ChannelStats.overdue: on a monthly channel, for a month), was missing from the
 * plan while the dashboard and check said it was missed so far.
 */
import { describe, expect, test } from 'vitest';
import { formatPlanText } from '../../src/cli/commands/plan.ts';
import { buildPlan, buildPlanWithOverdue, overdueSlots } from '../../src/core/plan.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: '林小厨', label: '家常菜厨师', timezone: 'Asia/Shanghai', pillars: [{ id: '家常菜', name: '家常菜' }] },
  channels: [
    { id: 'letter', name: 'Monthly letter', platform: 'newsletter', cadence: 'FREQ=MONTHLY;BYMONTHDAY=2', start: '2026-11-02', time: '09:00' },
    { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-11-03', time: '09:00' },
  ],
  breaks: [],
});
const post = (id: string, data: Record<string, unknown>): Post =>
  ({ id, file: `content/posts/${id}.md`, body: '', data: PostFrontmatterSchema.parse({ title: id, channel: 'letter', ...data }) }) as Post;
const NOW = Date.parse('2026-11-20T04:00:00Z');

describe('the overdue slot in the plan', () => {
  test('leads its channel\'s pillar rotation: an open one keeps the pillar suggested before it started, and the slots after keep theirs', () => {
    const two = PlannerSchema.parse({ ...planner, brand: { ...planner.brand, pillars: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }] } });
    const beforeStart = buildPlan({ planner: two, posts: [], now: Date.parse('2026-11-17T00:59:00Z'), weeks: 4 }).slots.filter((s) => s.channel === 'blog');
    const after = buildPlanWithOverdue({ planner: two, posts: [], now: Date.parse('2026-11-18T04:00:00Z'), weeks: 3 });
    const late = after.overdue.find((s) => s.channel === 'blog')!;
    expect(late.date).toBe('2026-11-17');
    expect(late.pillar).toBe(beforeStart[0]!.pillar);
    const ahead = after.slots.filter((s) => s.channel === 'blog');
    expect(ahead.map((s) => s.pillar)).toEqual(beforeStart.slice(1, 1 + ahead.length).map((s) => s.pillar));
    // Three pillars over the overdue slot and the next two: each once.
    expect(new Set([late.pillar, ...ahead.slice(0, 2).map((s) => s.pillar)]).size).toBe(3);
  });

  test('is listed with the day before which a post still fills it, and the post planned for it', () => {
    expect(overdueSlots(planner, [], NOW)).toEqual([
      { channel: 'letter', date: '2026-11-02', start: '2026-11-02T09:00:00+08:00', pillar: null, post: null, epoch: Date.parse('2026-11-02T01:00:00Z'), overdue: { until: '2026-12-02', dueToday: false } },
      // The weekly channel's Tuesday slot: its day is over, its window runs to next Tuesday.
      { channel: 'blog', date: '2026-11-17', start: '2026-11-17T09:00:00+08:00', pillar: null, post: null, epoch: Date.parse('2026-11-17T01:00:00Z'), overdue: { until: '2026-11-24', dueToday: false } },
    ]);
    const planned = post('late-letter', { status: 'draft', plannedFor: '2026-11-02', pillar: '家常菜' });
    expect(overdueSlots(planner, [planned], NOW)[0]).toMatchObject({ post: 'late-letter', pillar: '家常菜' });
    // Filled by a post published inside its window: no longer overdue.
    expect(overdueSlots(planner, [post('sent', { status: 'published', publishedAt: '2026-11-15' })], NOW).map((s) => s.channel)).toEqual(['blog']);
    // On the slot's own day, once it has started, it is listed too, as due today: leaving it out
    // until midnight told the user nothing was owed (tests/unit/due-today.test.ts has the rest).
    expect(overdueSlots(planner, [], Date.parse('2026-11-17T10:00:00Z')).map((s) => [s.date, s.overdue?.dueToday])).toEqual([['2026-11-02', false], ['2026-11-17', true]]);
    // Before it starts it is not: it is the first slot of the plan.
    expect(overdueSlots(planner, [], Date.parse('2026-11-17T00:59:00Z')).map((s) => s.date)).toEqual(['2026-11-02']);
  });

  // At a slot's very start (its epoch equal to now) the plan listed it twice, as due today and
  // as its first open slot, and counted it twice; found with `plan --now` on a London slot.
  test('at the instant a slot starts it is due today only, never also the first upcoming slot', () => {
    const start = Date.parse('2026-11-17T01:00:00Z');
    expect(overdueSlots(planner, [], start).map((s) => [s.date, s.overdue?.dueToday])).toEqual([['2026-11-02', false], ['2026-11-17', true]]);
    expect(buildPlan({ planner, posts: [], now: start, weeks: 2 }).slots.map((s) => [s.channel, s.date])).toEqual([['blog', '2026-11-24']]);
    // A millisecond before, it is the plan's first slot and not yet owed.
    expect(buildPlan({ planner, posts: [], now: start - 1, weeks: 1 }).slots[0]).toMatchObject({ channel: 'blog', date: '2026-11-17' });
  });

  test('comes first in the text, marked overdue, in English and Chinese, and counted apart', () => {
    const slots = [...overdueSlots(planner, [], NOW), ...buildPlan({ planner, posts: [], now: NOW, weeks: 1 }).slots];
    const en = formatPlanText(slots, planner, [], 1, 'en').trim().split('\n');
    expect(en[0]).toMatch(/^2026-11-02 09:00 \+08:00\s+Monthly letter\s+-\s+open \(overdue: a post published before 2026-12-02 still fills it\)$/);
    expect(en[1]).toMatch(/^2026-11-17 09:00 \+08:00\s+Blog\s+-\s+open \(overdue: a post published before 2026-11-24 still fills it\)$/);
    expect(en.at(-1)).toBe('1 slot in the next 1 week, 1 open; 2 overdue');
    const zh = formatPlanText(slots, planner, [], 1, 'zh').trim().split('\n');
    expect(zh[0]).toContain('（空）（已逾期：在 2026-12-02 之前发布一篇文章仍可补上）');
    expect(zh.at(-1)).toBe('未来 1 周共 1 个排期，其中 1 个空着；另有 2 个已逾期');
  });
});
