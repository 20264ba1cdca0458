/**
 * A post published before its planned slot counts for the slot whose window holds its publication
 * (shared/interfaces.md §3): the studio's publish page says which, before the post is marked. Each
 * value is checked against computeChannelStats, the rule `check` applies.
 */
import { describe, expect, test } from 'vitest';
import { earlyPublication } from '../../src/core/early-publication.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';
import { expandChannelSlots } from '../../src/core/slots.ts';
import { computeChannelStats } from '../../src/core/streaks.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei', label: 'x', audience: 'y', strengths: ['z'], timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  // Mondays at 09:00 Shanghai time, from Mon 2 Nov 2026.
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-11-02', time: '09:00' }],
  breaks: [{ from: '2026-11-16', to: '2026-11-22', reason: 'holiday' }],
});

const post = (id: string, data: Record<string, unknown>): Post => ({ id, file: `content/posts/${id}.md`, data: PostFrontmatterSchema.parse({ title: id, channel: 'blog', ...data }), body: '' });

/** The slot `publishedAt` counts for in check's own reading: the date of the slot it fulfils. */
function fulfilledBy(publishedAt: string, others: Post[]): string[] {
  const slots = expandChannelSlots(planner.channels[0]!, { zone: 'Asia/Shanghai', from: Number.NEGATIVE_INFINITY, to: Date.parse('2027-01-01'), breaks: planner.breaks });
  const stats = (posts: Post[]) => computeChannelStats({ channelId: 'blog', slots, posts, zone: 'Asia/Shanghai', now: Date.parse('2026-12-31T00:00:00Z') });
  const before = new Set(stats(others).missed);
  const after = new Set(stats([...others, post('2026/new', { status: 'published', publishedAt })]).missed);
  return [...before].filter((d) => !after.has(d));
}

describe('earlyPublication', () => {
  const planned = post('drafts/soup', { status: 'scheduled', plannedFor: '2026-12-07' });

  test('published on the Wednesday before its Monday: it counts for the Monday of that week, as check counts it', () => {
    const early = earlyPublication(planner, planned, '2026-12-02T20:00:00+08:00', []);
    expect(early).toEqual({ planned: '2026-12-07', fills: { date: '2026-11-30', taken: false } });
    expect(fulfilledBy('2026-12-02T20:00:00+08:00', [])).toEqual([early!.fills!.date]);
  });

  test('the day is the channel zone\'s: 2 Dec 23:30 in New York is 3 Dec in Shanghai, the same window', () => {
    expect(earlyPublication(planner, planned, '2026-12-02T23:30:00-05:00', [])?.fills?.date).toBe('2026-11-30');
    // Sunday 6 Dec 20:00 UTC is Monday 7 Dec 04:00 in Shanghai: on the planned day, not early.
    expect(earlyPublication(planner, planned, '2026-12-06T20:00:00Z', [])).toBeNull();
  });

  test('a slot another post fills already: this one counts for nothing', () => {
    const other = post('2026/other', { status: 'published', publishedAt: '2026-11-30T09:05:00+08:00' });
    expect(earlyPublication(planner, planned, '2026-12-02T20:00:00+08:00', [other])?.fills).toEqual({ date: '2026-11-30', taken: true });
    expect(fulfilledBy('2026-12-02T20:00:00+08:00', [other])).toEqual([]);
    // The post itself, already published once and published again, is no other post.
    const self = post('drafts/soup', { status: 'published', publishedAt: '2026-11-30T09:05:00+08:00', plannedFor: '2026-12-07' });
    expect(earlyPublication(planner, self, '2026-12-02T20:00:00+08:00', [self])?.fills?.taken).toBe(false);
  });

  // The publish page said "(that day is in a break, or before the channel's first slot)" where there was no break.
  test('in a break, or before the first slot, it counts for no slot, and says which: the break, or the first slot', () => {
    const later = post('drafts/later', { status: 'scheduled', plannedFor: '2026-11-23' });
    expect(earlyPublication(planner, later, '2026-11-18T12:00:00+08:00', [])).toEqual({ planned: '2026-11-23', fills: null, none: { inBreak: { from: '2026-11-16', to: '2026-11-22', reason: 'holiday' } } });
    expect(fulfilledBy('2026-11-18T12:00:00+08:00', [])).toEqual([]);
    const first = post('drafts/first', { status: 'scheduled', plannedFor: '2026-11-09' });
    expect(earlyPublication(planner, first, '2026-10-30T12:00:00+08:00', [])).toEqual({ planned: '2026-11-09', fills: null, none: { firstSlot: '2026-11-02' } });
  });

  test('not early: on or after the planned day, no plannedFor, or a time without an offset read in the channel zone', () => {
    expect(earlyPublication(planner, planned, '2026-12-07T08:00:00+08:00', [])).toBeNull();
    expect(earlyPublication(planner, planned, '2026-12-09T08:00:00+08:00', [])).toBeNull();
    expect(earlyPublication(planner, post('drafts/x', { status: 'draft' }), '2026-12-02T08:00:00+08:00', [])).toBeNull();
    expect(earlyPublication(planner, planned, '2026-12-03 09:00', [])?.fills?.date).toBe('2026-11-30');
    expect(earlyPublication(planner, planned, 'not a date', [])).toBeNull();
  });
});

describe('earlyPublication of a post published after its planned slot\'s window', () => {
  const overdue = post('drafts/soup', { status: 'scheduled', plannedFor: '2026-11-02' });

  test('published weeks later: it counts for the slot of that week, as check counts it, and is marked late', () => {
    const late = earlyPublication(planner, overdue, '2026-12-03T13:00:00+08:00', []);
    expect(late).toEqual({ planned: '2026-11-02', fills: { date: '2026-11-30', taken: false }, late: true });
    expect(fulfilledBy('2026-12-03T13:00:00+08:00', [])).toEqual([late!.fills!.date]);
  });

  test('within the window (before the next slot\'s day) it fills its planned slot: not late', () => {
    expect(earlyPublication(planner, overdue, '2026-11-08T22:00:00+08:00', [])).toBeNull();
    expect(fulfilledBy('2026-11-08T22:00:00+08:00', [])).toEqual(['2026-11-02']);
  });

  test('a later slot another post fills, or a break, gives no slot', () => {
    const other = post('2026/other', { status: 'published', publishedAt: '2026-11-30T09:05:00+08:00' });
    expect(earlyPublication(planner, overdue, '2026-12-03T13:00:00+08:00', [other])?.fills).toEqual({ date: '2026-11-30', taken: true });
    expect(earlyPublication(planner, overdue, '2026-11-18T12:00:00+08:00', [])).toEqual({ planned: '2026-11-02', fills: null, late: true, none: { inBreak: { from: '2026-11-16', to: '2026-11-22', reason: 'holiday' } } });
  });
});
