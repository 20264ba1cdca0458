/**
 * The plan's refusal of a day that is no slot of the channel, in the studio's two languages, and
 * the forms besides plan-move that take a slot date: Plan a post. A post planned off its
 * channel's slots shows in no calendar and no agenda.
 */
import { describe, expect, it } from 'vitest';
import type { Planner } from '../../../../src/core/schema/planner.ts';
import { checkPlanPostForm } from '../../../../src/studio/plan/slot-form.ts';
import { closedSlotError, plannedSlotError, slotDayError } from '../../../../src/studio/plan/slot-day.ts';
import type { Post } from '../../../../src/core/schema/post.ts';
import { translateMessage } from '../../../../src/studio/shared/error-strings.ts';

const planner = {
  brand: { timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [
    { id: 'blog', name: 'Blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00' },
    { id: 'yearly', name: 'Annual letter', cadence: 'FREQ=YEARLY;COUNT=1', start: '2026-01-05', time: '09:00' },
    { id: 'pair', name: 'Pair', cadence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3', start: '2026-11-24', time: '09:00' },
  ],
  breaks: [{ from: '2026-10-01', to: '2026-10-07', reason: 'National Day holiday' }],
} as unknown as Planner;

describe('slotDayError', () => {
  it.each([
    ['a slot day', 'blog', '2026-12-08', undefined],
    ["the channel's first slot day", 'blog', '2026-09-01', undefined],
    ['an unknown channel (said by the channel check)', 'tiktok', '2026-12-09', undefined],
  ])('accepts %s', (_what, channel, date, expected) => {
    expect(slotDayError(planner, channel, date)).toBe(expected);
  });

  it.each([
    [
      'blog', '2026-12-09',
      '2026-12-09 is not a slot day of "Blog": its cadence has no slot that day; pick a slot from the calendar (nearest slot days: 2026-12-08, 2026-12-15)',
      '2026-12-09 不是“Blog”的排期日：它的节奏那天没有排期；请在日历中选择一个排期（最近的排期日：2026-12-08、2026-12-15）',
    ],
    [
      'blog', '2026-10-06',
      '2026-10-06 is inside the break 2026-10-01 to 2026-10-07 for "Blog", which has no slot then; pick a slot from the calendar (nearest slot days: 2026-09-29, 2026-10-13)',
      '2026-10-06 在“Blog”的休息期 2026-10-01 至 2026-10-07 内，那时没有排期；请在日历中选择一个排期（最近的排期日：2026-09-29、2026-10-13）',
    ],
    [
      'yearly', '2028-03-01',
      '"Annual letter" has no slot within a year of 2028-03-01; pick a slot from the calendar',
      '“Annual letter”在 2028-03-01 前后一年内都没有排期；请在日历中选择一个排期',
    ],
  ])('refuses %s %s in English and Chinese', (channel, date, en, zh) => {
    const message = slotDayError(planner, channel, date);
    expect(message).toBe(en);
    expect(translateMessage(message!, 'zh')).toBe(zh);
  });
});

describe("slotDayError for the editor's Planned for", () => {
  it('says to set the field, not to pick from a calendar the editor does not have, in English and Chinese', () => {
    const message = slotDayError(planner, 'blog', '2026-12-09', 'editor');
    expect(message).toBe('2026-12-09 is not a slot day of "Blog": its cadence has no slot that day; set "Planned for" to a slot day (nearest slot days: 2026-12-08, 2026-12-15)');
    expect(translateMessage(message!, 'zh')).toBe('2026-12-09 不是“Blog”的排期日：它的节奏那天没有排期；请把“计划日期”设为一个排期日（最近的排期日：2026-12-08、2026-12-15）');
  });
});

describe('Plan a post', () => {
  const form = { channel: 'blog', title: 'Soup', slug: 'blog/soup', status: 'idea', pillar: '' };
  // Thu 3 Dec 2026 in Shanghai: the Tuesday 1 Dec slot is owed, 24 Nov is over.
  const now = Date.parse('2026-12-03T12:00:00+08:00');
  it('refuses a date that is no slot of the channel, and a slot that is over, and takes a slot day', () => {
    expect(checkPlanPostForm({ ...form, date: '2026-12-09' }, planner, [], now).date).toMatch(/^2026-12-09 is not a slot day of "Blog"/);
    expect(checkPlanPostForm({ ...form, date: '2026-11-24' }, planner, [], now).date).toMatch(/^the 2026-11-24 slot of "Blog" is over/);
    expect(checkPlanPostForm({ ...form, date: '2026-12-08' }, planner, [], now)).toEqual({});
  });
});

describe('plannedSlotError', () => {
  const now = Date.parse('2026-12-03T12:00:00+08:00');
  it.each([
    ['a day with no slot', '2026-12-09', 'calendar'],
    ['a slot that is over', '2026-11-24', 'calendar'],
    ['a slot that is over, in the editor', '2026-11-24', 'editor'],
    ['the slot still owed', '2026-12-01', 'calendar'],
    ['a slot to come', '2026-12-08', 'editor'],
  ] as const)('gives the day rule first, then the closed-slot rule: %s', (_what, date, where) => {
    expect(plannedSlotError(planner, [], 'blog', date, now, where)).toBe(slotDayError(planner, 'blog', date, where) ?? closedSlotError(planner, [], 'blog', date, now, where));
  });
});

/**
 * A slot that is over: its day is past in the channel's zone and it is not the slot still owed
 * (missed, or filled by a published post). plan-move planned a post there all the same, where it
 * filled no slot.
 */
describe('closedSlotError', () => {
  // Thu 10 Dec 2026, 12:00 in Shanghai: the Tuesday 8 Dec slot is owed until the 15th.
  const now = Date.parse('2026-12-10T12:00:00+08:00');
  const published = (plannedFor: string, publishedAt: string) => ({ id: 'blog/done', data: { title: 'Done', channel: 'blog', status: 'published', plannedFor, publishedAt } }) as unknown as Post;

  it.each([
    ['today', '2026-12-10', []],
    ['a slot to come', '2026-12-15', []],
    ['the slot owed now, its day over but not its window', '2026-12-08', []],
    ['an unknown channel (said by the channel check)', '2026-11-24', [], 'tiktok'],
  ])('accepts %s', (_what, date, posts, channel = 'blog') => {
    expect(closedSlotError(planner, posts as Post[], channel, date, now)).toBeUndefined();
  });

  // The next open slot is one from today on, or the owed slot, whose day is past: the words say which
  // (they said "pick a slot from today on" over an owed slot of two days before).
  it.each([
    ['a missed slot whose window has closed, naming the owed slot, overdue, as the next open one', 'blog', 'Blog', '2026-12-01', [],
      '(next open slot: 2026-12-08, overdue: publish before 2026-12-15 to fill it)', '（下一个空排期：2026-12-08，已逾期：2026-12-15 前发布可补上）'],
    ['a past slot a published post fills, naming the next slot to come', 'blog', 'Blog', '2026-12-08', [published('2026-12-08', '2026-12-09T10:00:00+08:00')],
      '(next open slot: 2026-12-15)', '（下一个空排期：2026-12-15）'],
    ['a missed slot of a cadence that ends, naming its last slot, owed with no slot after it', 'pair', 'Pair', '2026-12-01', [],
      '(next open slot: 2026-12-08, overdue, still open)', '（下一个空排期：2026-12-08，已逾期，仍可补上）'],
  ])('refuses %s in English and Chinese', (_what, channel, name, date, posts, next, nextZh) => {
    const message = closedSlotError(planner, posts, channel, date, now);
    expect(message).toBe(`the ${date} slot of "${name}" is over (missed, or filled by a published post), so a post planned there fills no slot; pick a slot still open in the calendar ${next}`);
    expect(translateMessage(message!, 'zh')).toBe(`“${name}”在 ${date} 的排期已经过去（已断更，或已有发布的文章填上），安排在那天的文章不会填上任何排期；请在日历中选择一个还空着的排期${nextZh}`);
  });

  it("words the editor's refusal for its Planned for field, which has no calendar", () => {
    const message = closedSlotError(planner, [], 'blog', '2026-12-01', now, 'editor');
    expect(message).toBe('the 2026-12-01 slot of "Blog" is over (missed, or filled by a published post), so a post planned there fills no slot; set "Planned for" to a slot still open (next open slot: 2026-12-08, overdue: publish before 2026-12-15 to fill it)');
    expect(translateMessage(message!, 'zh')).toBe('“Blog”在 2026-12-01 的排期已经过去（已断更，或已有发布的文章填上），安排在那天的文章不会填上任何排期；请把“计划日期”设为一个还空着的排期（下一个空排期：2026-12-08，已逾期：2026-12-15 前发布可补上）');
  });

  it("reads today in the channel's zone: 23:30 on the 7th in Shanghai is the 7th there, not the 8th", () => {
    const lateUtc = Date.parse('2026-12-07T15:30:00Z');
    expect(closedSlotError(planner, [], 'blog', '2026-12-08', lateUtc)).toBeUndefined();
  });
});
