import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';

// A gap is flagged for 30 days from the day it became one (its window's end, the next slot's
// day), so a monthly or yearly channel's missed slot is flagged as long as a weekly one's.
const planner = (cadence: string, start: string, timezone: string) =>
  PlannerSchema.parse({
    version: 1,
    brand: { name: 'Lin', label: 'dev advocate', timezone: 'Asia/Shanghai', pillars: [{ id: 'web', name: 'Web' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence, start, time: '08:30', timezone }],
    breaks: [],
  });
const published = (id: string, publishedAt: string): Post =>
  ({ id, file: `content/posts/${id}.md`, body: '', data: PostFrontmatterSchema.parse({ title: id, channel: 'blog', status: 'published', publishedAt }) }) as Post;
const gapDates = (p: ReturnType<typeof planner>, posts: Post[], now: string, lang: 'en' | 'zh' = 'en') =>
  buildCheckReport({ planner: p, posts, now: Date.parse(now), lang }).flags.filter((f) => f.kind === 'gap').map((f) => (f as { date: string }).date);

describe('gap flags of a channel whose slots are far apart', () => {
  // Last Friday monthly in Los Angeles: 2026-10-30 is missed, 2026-11-27 is filled.
  const monthly = planner('FREQ=MONTHLY;BYDAY=-1FR', '2026-10-01', 'America/Los_Angeles');
  const posts = [published('nov', '2026-11-27')];

  test('a missed monthly slot is flagged for 30 days after the next slot began, not only two', () => {
    const report = buildCheckReport({ planner: monthly, posts, now: Date.parse('2026-12-01T15:00:00Z') });
    expect(report.channels[0]).toMatchObject({ missed: ['2026-10-30'], missedSince: { '2026-10-30': '2026-11-27' } });
    expect(gapDates(monthly, posts, '2026-12-01T15:00:00Z')).toEqual(['2026-10-30']);
    expect(gapDates(monthly, posts, '2026-12-26T15:00:00Z')).toEqual(['2026-10-30']);
    // Flagged on the 30 days from 2026-11-27 to 2026-12-26 (Los Angeles), then old news.
    expect(gapDates(monthly, posts, '2026-12-27T07:00:00Z')).toEqual(['2026-10-30']);
    expect(gapDates(monthly, posts, '2026-12-27T09:00:00Z')).toEqual([]);
  });

  test('every gap the figures count was flagged at some point: one per month, each for 30 days from its next slot', () => {
    const none: Post[] = [];
    // On 2027-02-01 the slots of Oct, Nov and Dec are gaps; Jan 29's window holds now.
    expect(gapDates(monthly, none, '2027-02-01T12:00:00Z')).toEqual(['2026-12-25']);
    expect(gapDates(monthly, none, '2026-12-26T12:00:00Z')).toEqual(['2026-10-30', '2026-11-27']);
    expect(gapDates(monthly, none, '2027-01-01T12:00:00Z')).toEqual(['2026-11-27']);
    expect(gapDates(monthly, none, '2026-12-20T12:00:00Z')).toEqual(['2026-10-30']);
  });

  test('the flag of an old slot reads in Chinese too', () => {
    const [zh] = buildCheckReport({ planner: monthly, posts, now: Date.parse('2026-12-01T15:00:00Z'), lang: 'zh' }).flags;
    expect(zh).toMatchObject({ kind: 'gap', date: '2026-10-30', message: '“Blog”在 2026-10-30 的排期没有已发布的文章' });
  });

  // A trial with a Chinese brand: its channel 博客 read "博客 在 2026-11-03 的排期…", a space no
  // Chinese writer puts between two Chinese words; and a channel named 其他 ran into the sentence,
  // 其他在 2026-10-30 的排期 ("the others, on…"). A name in a Chinese sentence is quoted (quoteName).
  test('a channel name sits in quotes inside the Chinese sentence, with no space beside them; English as it was', () => {
    const named = (name: string) => PlannerSchema.parse({ ...monthly, channels: [{ ...monthly.channels[0], name }] });
    const flags = (name: string, now: string, lang: 'en' | 'zh' = 'zh') => buildCheckReport({ planner: named(name), posts: [], now: Date.parse(now), lang }).flags;
    expect(flags('其他', '2026-12-01T15:00:00Z').find((f) => f.kind === 'gap')?.message).toBe('“其他”在 2026-10-30 的排期没有已发布的文章');
    expect(flags('博客', '2026-12-01T15:00:00Z').find((f) => f.kind === 'gap')?.message).toBe('“博客”在 2026-10-30 的排期没有已发布的文章');
    expect(flags('知乎 Live', '2026-12-01T15:00:00Z').find((f) => f.kind === 'gap')?.message).toBe('“知乎 Live”在 2026-10-30 的排期没有已发布的文章');
    expect(flags('其他', '2026-11-27T20:00:00Z').find((f) => f.kind === 'streak-at-risk')?.message).toMatch(/^“其他”在 2026-11-27/);
    expect(flags('其他', '2026-12-01T15:00:00Z', 'en').find((f) => f.kind === 'gap')?.message).toBe('其他 has no published post for its 2026-10-30 slot');
  });

  test("a daily channel's flagged gaps are still those of the last 30 days, no more", () => {
    const daily = planner('FREQ=DAILY', '2026-10-01', 'Asia/Shanghai');
    const dates = gapDates(daily, [], '2026-12-01T04:00:00Z');
    expect([dates[0], dates.at(-1), dates.length]).toEqual(['2026-11-01', '2026-11-30', 30]);
  });

  test('a yearly slot missed last year is flagged when the next one begins', () => {
    const yearly = planner('FREQ=YEARLY', '2025-03-01', 'Asia/Shanghai');
    expect(gapDates(yearly, [], '2026-03-05T00:00:00Z')).toEqual(['2025-03-01']);
  });
});
