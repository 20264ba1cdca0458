import { describe, expect, test } from 'vitest';
import { formatCheckText } from '../../src/cli/format-check.ts';
import { computePlannerChannelStats } from '../../src/core/channel-stats.ts';
import { buildCheckReport } from '../../src/core/check.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';
import { describeChannelOutput } from '../../src/pages/_lib/output-heatmap.ts';

const planner = (start: string) =>
  PlannerSchema.parse({
    version: 1,
    brand: { name: '林小厨', label: '家常菜厨师', timezone: 'Asia/Shanghai', pillars: [{ id: '家常菜', name: '家常菜' }] },
    channels: [{ id: 'letter', name: 'Monthly letter', platform: 'newsletter', cadence: 'FREQ=MONTHLY;BYMONTHDAY=2', start, time: '09:00' }],
    breaks: [],
  });
const published = (id: string, publishedAt: string): Post =>
  ({ id, file: `content/posts/${id}.md`, body: '', data: PostFrontmatterSchema.parse({ title: id, channel: 'letter', status: 'published', publishedAt }) }) as Post;
const at = (iso: string) => Date.parse(iso);

describe('a monthly channel whose slot day is over with no post', () => {
  const fresh = planner('2026-11-02');

  test('has the slot overdue from the day after it, due today on its own day once started, and never once a post fills it', () => {
    const stats = (now: string, posts: Post[] = []) => computePlannerChannelStats(fresh, posts, at(now))[0]!.stats;
    // On its own day after 09:00 it was null, so nothing said the slot was owed until midnight:
    // it is due today (tests/unit/due-today.test.ts), not yet missed.
    expect(stats('2026-11-02T08:00:00+08:00').overdue).toBeNull();
    expect(stats('2026-11-02T20:00:00+08:00').overdue).toEqual({ date: '2026-11-02', start: '2026-11-02T09:00:00+08:00', until: '2026-12-02', dueToday: true });
    expect(stats('2026-11-03T00:30:00+08:00').overdue).toEqual({ date: '2026-11-02', start: '2026-11-02T09:00:00+08:00', until: '2026-12-02', dueToday: false });
    expect(stats('2026-11-20T12:00:00+08:00', [published('late', '2026-11-15')]).overdue).toBeNull();
    // The contract's figures are unchanged: the pending slot is no gap until its window ends.
    expect(stats('2026-11-20T12:00:00+08:00')).toMatchObject({ expected: 0, missed: [] });
  });

  test('paints the slot day as overdue, not missed, in the heatmap days while its window is open, then missed', () => {
    const open = computePlannerChannelStats(fresh, [], at('2026-11-20T12:00:00+08:00'))[0]!.stats;
    expect(open.days.find((d) => d.date === '2026-11-02')?.state).toBe('overdue');
    // On its own day it is pending, as before.
    const today = computePlannerChannelStats(fresh, [], at('2026-11-02T20:00:00+08:00'))[0]!.stats;
    expect(today.days.find((d) => d.date === '2026-11-02')?.state).toBe('pending');
    // Once the next slot's day comes, it is a gap, and its cell says so.
    const closed = computePlannerChannelStats(fresh, [], at('2026-12-03T12:00:00+08:00'))[0]!.stats;
    expect(closed.missed).toEqual(['2026-11-02']);
    expect(closed.days.find((d) => d.date === '2026-11-02')?.state).toBe('missed');
    expect(closed.days.find((d) => d.date === '2026-12-02')?.state).toBe('overdue');
  });

  test('draws as many missed cells as it counts gaps, the overdue slot as its own state', () => {
    const running = planner('2026-08-02');
    const { stats } = computePlannerChannelStats(running, [published('sep', '2026-09-03')], at('2026-11-20T12:00:00+08:00'))[0]!;
    expect(stats.missed).toEqual(['2026-08-02', '2026-10-02']);
    expect(stats.overdue?.date).toBe('2026-11-02');
    expect(stats.days.filter((d) => d.state === 'missed').map((d) => d.date)).toEqual(stats.missed);
    expect(stats.days.filter((d) => d.state === 'overdue').map((d) => d.date)).toEqual(['2026-11-02']);
  });

  test('reads as missed in check text, English and Chinese, instead of "no slots yet"', () => {
    const report = buildCheckReport({ planner: fresh, posts: [], now: at('2026-11-20T12:00:00+08:00') });
    const en = formatCheckText(report, fresh, false, 'en');
    const zh = formatCheckText(report, fresh, false, 'zh');
    expect(en).toContain('Monthly letter: the 2026-11-02 slot is missed so far (a post published before 2026-12-02 still fills it), next 2026-12-02 09:00 +08:00');
    expect(zh).toContain('Monthly letter：2026-11-02 的排期目前断更（在 2026-12-02 之前发布一篇文章仍可补上），下一个排期 2026-12-02 09:00 +08:00');
    expect(`${en}${zh}`).not.toMatch(/no slots yet|还没有到期的排期/);
  });

  test('is said after the figures of a channel that has kept earlier slots', () => {
    const running = planner('2026-09-02');
    const posts = [published('sep', '2026-09-02'), published('oct', '2026-10-05')];
    const report = buildCheckReport({ planner: running, posts, now: at('2026-11-20T12:00:00+08:00') });
    expect(formatCheckText(report, running, false, 'en')).toContain('2/2 slots kept (100%), 0 gaps; the 2026-11-02 slot is missed so far');
    expect(formatCheckText(report, running, false, 'zh')).toContain('守住 2/2 个排期（100%），0 个空档；2026-11-02 的排期目前断更');
    const stats = report.channels[0]!;
    expect(describeChannelOutput(stats, 2, 'en', true)).toBe('2 of 2 slots kept, current streak 2, longest 2; the 2026-11-02 slot is missed so far (a post published before 2026-12-02 still fills it)');
  });

  test('reads as missed on the portfolio too', () => {
    const stats = computePlannerChannelStats(fresh, [], at('2026-11-20T12:00:00+08:00'))[0]!.stats;
    expect(describeChannelOutput(stats, 0, 'en', true)).toBe('0 posts; the 2026-11-02 slot is missed so far (a post published before 2026-12-02 still fills it)');
    expect(describeChannelOutput(stats, 0, 'zh', true)).toBe('0 篇；2026-11-02 的排期目前断更（在 2026-12-02 之前发布一篇文章仍可补上）');
  });
});
