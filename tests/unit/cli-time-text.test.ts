/**
 * The CLI's text writes times as the plan does ("2026-12-04 09:00 +00:00"), naming a channel's
 * zone when it is not the brand's, in English and Chinese; `check --json` keeps ISO 8601.
 */
import { describe, expect, test } from 'vitest';
import { formatPlanText } from '../../src/cli/commands/plan.ts';
import { formatCheckText, gapsText } from '../../src/cli/format-check.ts';
import { buildCheckReport } from '../../src/core/check.ts';
import { flagLines } from '../../src/integration/build-check-flags.ts';
import { buildPlan } from '../../src/core/plan.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';

/** A brand in Shanghai with a blog in its zone and a letter in London's. */
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei Lin', label: 'Home cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [
    { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00' },
    { id: 'letter', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-11-06', time: '09:00', timezone: 'Europe/London' },
  ],
  breaks: [],
});

const post = (id: string, channel: string, publishedAt: string): Post =>
  ({ id, file: `content/posts/${id}.md`, body: '', data: PostFrontmatterSchema.parse({ title: id, channel, status: 'published', publishedAt }) }) as Post;

const posts = [
  post('early-1', 'blog', '2026-09-01'),
  post('early-2', 'blog', '2026-09-08'),
  post('letter-1', 'letter', '2026-11-06'),
  post('letter-2', 'letter', '2026-11-27'),
  // Dated after "now": waits for its date, in the letter's zone.
  post('letter-later', 'letter', '2026-12-20T08:00:00'),
];

const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Thursday 2026-12-03, 18:00 in Shanghai: the letter's Friday slot is due within 48 hours. */
const THURSDAY = Date.parse('2026-12-03T10:00:00Z');
/** Friday 2026-12-04, 12:00 in London: the letter's 09:00 slot is due today. */
const FRIDAY = Date.parse('2026-12-04T12:00:00Z');

const checkText = (now: number, lang: 'en' | 'zh') => formatCheckText(buildCheckReport({ planner, posts, now, lang, readableTimes: true }), planner, false, lang);

describe('check as text', () => {
  test.each(['en', 'zh'] as const)('writes no ISO instant anywhere (%s)', (lang) => {
    for (const now of [THURSDAY, FRIDAY]) expect(checkText(now, lang)).not.toMatch(ISO_INSTANT);
  });

  test('writes the next slot as the plan does, naming the zone of a channel in another zone than the brand’s', () => {
    expect(checkText(THURSDAY, 'en')).toMatch(/^Letter: .*, next 2026-12-04 09:00 \+00:00 \(Europe\/London\)$/m);
    expect(checkText(THURSDAY, 'zh')).toMatch(/^Letter：.*，下一个排期 2026-12-04 09:00 \+00:00（Europe\/London）$/m);
    expect(checkText(THURSDAY, 'en')).toMatch(/^Blog: .*, next 2026-12-08 09:00 \+08:00$/m);
    expect(checkText(THURSDAY, 'zh')).toMatch(/^Blog：.*，下一个排期 2026-12-08 09:00 \+08:00$/m);
  });

  test('says a slot due today at its time in its zone', () => {
    expect(checkText(FRIDAY, 'en')).toContain('Letter: streak 1 (longest 1), 2/4 slots kept (50%), 2 gaps (listed above); due today at 09:00 (Europe/London), not posted yet, next 2026-12-11 09:00 +00:00 (Europe/London)');
    expect(checkText(FRIDAY, 'zh')).toContain('Letter：连续 1 次（最长 1 次），守住 2/4 个排期（50%），2 个空档（见上文）；今天 09:00（Europe/London）该发，还没发，下一个排期 2026-12-11 09:00 +00:00（Europe/London）');
  });

  test('names a slot at risk by its time in its zone, and the day before which a post still fills it', () => {
    expect(checkText(THURSDAY, 'en')).toContain("Letter's slot at 2026-12-04 09:00 +00:00 (Europe/London) has no post planned or published");
    expect(checkText(THURSDAY, 'zh')).toContain('“Letter”在 2026-12-04 09:00 +00:00（Europe/London）的排期还没有计划或发布文章');
    // Started: the window runs to the next slot's day (shared/interfaces.md §3), not its 09:00.
    expect(checkText(FRIDAY, 'en')).toContain('hint: publish a post on channel "letter" before 2026-12-11: it still fills the 2026-12-04 slot');
    expect(checkText(FRIDAY, 'zh')).toContain('建议：在 2026-12-11 之前在渠道 "letter" 发布一篇文章：它仍然算作 2026-12-04 的排期');
  });

  test('says until when a post dated later waits, in its channel’s zone', () => {
    expect(checkText(THURSDAY, 'en')).toContain('published with a future date: kept off the portfolio until 2026-12-20 08:00 +00:00 (Europe/London)');
    expect(checkText(THURSDAY, 'zh')).toContain('发布日期在将来：在 2026-12-20 08:00 +00:00（Europe/London）之前不会出现在作品集里');
  });

  test('keeps ISO 8601 in the messages of the JSON report', () => {
    const json = JSON.stringify(buildCheckReport({ planner, posts, now: FRIDAY, lang: 'en' }).flags);
    expect(json).toContain("Letter's slot at 2026-12-04T09:00:00+00:00 has no post planned or published");
    // The window ends at the start of the next slot's day: an ISO 8601 date, as overdue.until.
    expect(json).toContain('before 2026-12-11: it still fills the 2026-12-04 slot');
    expect(json).toContain('kept off the portfolio until 2026-12-20T08:00:00 (2026-12-20T08:00:00Z)');
  });
});

describe('the build log’s flag lines', () => {
  test.each([
    ['en', 'waiting: published with a future date: kept off the portfolio until 2026-12-20 08:00 +00:00 (Europe/London)'],
    ['zh', 'waiting: 发布日期在将来：在 2026-12-20 08:00 +00:00（Europe/London）之前不会出现在作品集里'],
  ] as const)('write times as check’s text does (%s)', (lang, line) => {
    const lines = flagLines({ root: '/nowhere', planner, posts, now: THURSDAY, lang }).map((l) => l.text);
    expect(lines).toContain(`content/posts/letter-later.md: ${line}`);
    for (const text of lines) expect(text).not.toMatch(ISO_INSTANT);
  });
});

describe('check’s count of gaps', () => {
  test('says how many of a channel’s gaps are recent, the ones listed above as flags', () => {
    const report = buildCheckReport({ planner, posts, now: THURSDAY, lang: 'en', readableTimes: true });
    const blog = report.channels.find((c) => c.id === 'blog')!;
    const listed = report.flags.filter((f) => f.kind === 'gap' && f.channel === 'blog').length;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(blog.missed.length);
    expect(formatCheckText(report, planner, false, 'en')).toContain(`, ${blog.missed.length} gaps (${listed} recent, listed above)`);
    expect(formatCheckText(buildCheckReport({ planner, posts, now: THURSDAY, lang: 'zh', readableTimes: true }), planner, false, 'zh')).toContain(`，${blog.missed.length} 个空档（最近 ${listed} 个见上文）`);
  });

  test.each([
    [0, 0, '0 gaps', '0 个空档'],
    [1, 1, '1 gap (listed above)', '1 个空档（见上文）'],
    [6, 2, '6 gaps (2 recent, listed above)', '6 个空档（最近 2 个见上文）'],
    [4, 0, '4 gaps (none in the last 30 days)', '4 个空档（最近 30 天内没有）'],
  ])('writes %i gaps of which %i listed as "%s" / "%s"', (missed, listed, en, zh) => {
    expect(gapsText(missed, listed)).toEqual({ en, zh });
  });
});

describe('plan as text', () => {
  test.each([
    ['en', '2026-12-04 09:00 +00:00 (Europe/London)'],
    ['zh', '2026-12-04 09:00 +00:00（Europe/London）'],
  ] as const)('names the zone of a channel in another zone than the brand’s (%s)', (lang, time) => {
    const { slots } = buildPlan({ planner, posts, now: THURSDAY, weeks: 1 });
    const rows = formatPlanText(slots, planner, posts, 1, lang).split('\n');
    expect(rows.find((r) => r.includes('Letter'))!.startsWith(`${time}  `)).toBe(true);
    expect(rows.find((r) => r.includes('Blog'))!.startsWith('2026-12-08 09:00 +08:00  ')).toBe(true);
  });
});

describe('a channel that moved zones: each slot named in the zone of its own period', () => {
  // The letter was kept in Shanghai (the brand's zone) until 2026-12-10, then moved to London:
  // a slot before the move is at Shanghai's time and names no zone, one after it names London.
  const moved = PlannerSchema.parse({
    ...planner,
    channels: [
      {
        id: 'letter', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-12-11', time: '09:00', timezone: 'Europe/London',
        history: [{ cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-11-06', time: '09:00', timezone: 'Asia/Shanghai' }],
      },
    ],
  });
  const letters = [post('letter-1', 'letter', '2026-11-06'), post('letter-2', 'letter', '2026-11-27')];
  /** Friday 2026-12-04 12:00 in Shanghai: the 09:00 Shanghai slot is due today, the next is London's. */
  const DUE = Date.parse('2026-12-04T04:00:00Z');
  const text = (lang: 'en' | 'zh') => formatCheckText(buildCheckReport({ planner: moved, posts: letters, now: DUE, lang, readableTimes: true }), moved, false, lang);

  test.each(['en', 'zh'] as const)('the due slot and the flag on it name no zone, the next one London (%s)', (lang) => {
    const out = text(lang);
    expect(out).not.toContain(lang === 'zh' ? '09:00（Europe/London）该发' : 'due today at 09:00 (Europe/London)');
    expect(out).toContain(lang === 'zh' ? '今天 09:00 该发' : 'due today at 09:00, not posted yet');
    expect(out).toContain(lang === 'zh' ? '在 2026-12-04 09:00 +08:00 的排期' : "slot at 2026-12-04 09:00 +08:00 has");
    expect(out).toContain(lang === 'zh' ? '下一个排期 2026-12-11 09:00 +00:00（Europe/London）' : 'next 2026-12-11 09:00 +00:00 (Europe/London)');
  });
});

describe('the day before which a post still fills a slot whose time has passed', () => {
  // A break holds the next slot's day: the window still ends there (shared/interfaces.md §3), a
  // year before the next slot outside the break. The report (`overdue.until`), the text and the
  // JSON hint all say the same day.
  const yearly = PlannerSchema.parse({
    ...planner,
    channels: [{ id: 'letter', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', start: '2026-01-01', time: '09:00' }],
    breaks: [{ from: '2027-03-10', to: '2027-03-20' }],
  });
  const now = Date.parse('2026-08-15T00:00:00Z');

  test.each([['en', 'before 2027-03-14: it still fills the 2026-03-08 slot'], ['zh', '在 2027-03-14 之前在渠道 "letter" 发布一篇文章']] as const)('%s', (lang, hint) => {
    for (const readableTimes of [true, false]) {
      const report = buildCheckReport({ planner: yearly, posts: [], now, lang, readableTimes });
      expect(report.channels[0]!.overdue?.until).toBe('2027-03-14');
      expect(report.flags.find((f) => f.kind === 'streak-at-risk')?.hint).toContain(hint);
    }
  });
});
