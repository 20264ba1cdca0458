/**
 * A slot whose start had passed on its own local day, with no post, was in no list: `plan` and
 * `nextSlot` start from now, and `overdue` began only once its day was over. So from 09:00 to
 * midnight Throughline said nothing was owed. It is now `overdue` with `dueToday: true`, said
 * first as "due today, not posted yet" in every text; `nextSlot` stays the slot after it.
 */
import { describe, expect, test } from 'vitest';
import { formatPlanText } from '../../src/cli/commands/plan.ts';
import { formatCheckText } from '../../src/cli/format-check.ts';
import { computePlannerChannelStats } from '../../src/core/channel-stats.ts';
import { buildCheckReport } from '../../src/core/check.ts';
import { buildPlan, overdueSlots } from '../../src/core/plan.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';
import { describeChannelOutput } from '../../src/pages/_lib/output-heatmap.ts';

const plannerIn = (timezone: string, cadence: string, start: string, breaks: unknown[] = []) =>
  PlannerSchema.parse({
    version: 1,
    brand: { name: '林小厨', label: '家常菜厨师', timezone, pillars: [{ id: '家常菜', name: '家常菜' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence, start, time: '09:00' }],
    breaks,
  });
const post = (id: string, data: Record<string, unknown>): Post =>
  ({ id, file: `content/posts/${id}.md`, body: '', data: PostFrontmatterSchema.parse({ title: id, channel: 'blog', ...data }) }) as Post;
const at = (iso: string) => Date.parse(iso);

// Tuesdays at 09:00 in Shanghai (no clock change); 2026-11-17 is a Tuesday.
const shanghai = plannerIn('Asia/Shanghai', 'FREQ=WEEKLY;BYDAY=TU', '2026-11-03');
// Sundays at 09:00 in New York; 2026-11-01 is the fall-back Sunday (EDT -04:00 until 02:00, then EST -05:00).
const newYork = plannerIn('America/New_York', 'FREQ=WEEKLY;BYDAY=SU', '2026-10-25');
const stats = (planner: typeof shanghai, now: string, posts: Post[] = []) => computePlannerChannelStats(planner, posts, at(now))[0]!.stats;

describe('ChannelStats.overdue of a slot on its own day', () => {
  test.each([
    ['Shanghai, one minute before the slot', shanghai, '2026-11-17T08:59:00+08:00', null, '2026-11-17T09:00:00+08:00'],
    ['Shanghai, at 10:00', shanghai, '2026-11-17T10:00:00+08:00', true, '2026-11-24T09:00:00+08:00'],
    ['Shanghai, one minute before midnight', shanghai, '2026-11-17T23:59:00+08:00', true, '2026-11-24T09:00:00+08:00'],
    ['Shanghai, just after midnight', shanghai, '2026-11-18T00:01:00+08:00', false, '2026-11-24T09:00:00+08:00'],
    // 08:30 EST is 09:30 by the EDT offset the day began with: not due yet.
    ['New York fall-back day, 08:30 EST', newYork, '2026-11-01T08:30:00-05:00', null, '2026-11-01T09:00:00-05:00'],
    ['New York fall-back day, 09:30 EST', newYork, '2026-11-01T09:30:00-05:00', true, '2026-11-08T09:00:00-05:00'],
    // 23:30 EST is 00:30 of the next day by EDT: still the slot's day.
    ['New York fall-back day, 23:30 EST', newYork, '2026-11-01T23:30:00-05:00', true, '2026-11-08T09:00:00-05:00'],
    ['New York, the day after, 00:30 EST', newYork, '2026-11-02T00:30:00-05:00', false, '2026-11-08T09:00:00-05:00'],
  ])('%s', (_name, planner, now, dueToday, nextSlot) => {
    const s = stats(planner, now);
    expect(s.overdue?.dueToday ?? null).toBe(dueToday);
    // nextSlot keeps its meaning: the first slot starting after now, never the started one.
    expect(s.nextSlot).toBe(nextSlot);
    // The contract's figures are untouched: the pending slot is no gap and not expected.
    expect(s.missed).not.toContain(s.pending?.date);
  });

  test('names the slot, its local start and the end of its window', () => {
    expect(stats(newYork, '2026-11-01T09:30:00-05:00').overdue).toEqual({ date: '2026-11-01', start: '2026-11-01T09:00:00-05:00', until: '2026-11-08', dueToday: true });
    expect(stats(shanghai, '2026-11-17T10:00:00+08:00').overdue).toEqual({ date: '2026-11-17', start: '2026-11-17T09:00:00+08:00', until: '2026-11-24', dueToday: true });
  });

  test('is null once a published post fills the slot, even one published before its time that day', () => {
    expect(stats(shanghai, '2026-11-17T10:00:00+08:00', [post('early', { status: 'published', publishedAt: '2026-11-17T07:00:00+08:00' })]).overdue).toBeNull();
    // A draft planned for it does not fill it.
    expect(stats(shanghai, '2026-11-17T10:00:00+08:00', [post('draft', { status: 'draft', plannedFor: '2026-11-17' })]).overdue?.dueToday).toBe(true);
  });

  test('is null on a break day', () => {
    const resting = plannerIn('Asia/Shanghai', 'FREQ=WEEKLY;BYDAY=TU', '2026-11-03', [{ from: '2026-11-16', to: '2026-11-18' }]);
    expect(stats(resting, '2026-11-17T10:00:00+08:00').overdue).toBeNull();
    expect(stats(shanghai, '2026-11-17T10:00:00+08:00').overdue?.dueToday).toBe(true);
  });
});

describe('plan and the slot due today', () => {
  const NOW = at('2026-11-17T10:00:00+08:00');
  const planned = post('braise', { status: 'draft', plannedFor: '2026-11-17', pillar: '家常菜', title: 'Red braise' });

  test('lists it before the slots ahead, with the post planned for it, and keeps `slots` from now on', () => {
    expect(overdueSlots(shanghai, [planned], NOW)).toEqual([
      { channel: 'blog', date: '2026-11-17', start: '2026-11-17T09:00:00+08:00', pillar: '家常菜', post: 'braise', epoch: at('2026-11-17T01:00:00Z'), overdue: { until: '2026-11-24', dueToday: true } },
    ]);
    expect(buildPlan({ planner: shanghai, posts: [planned], now: NOW, weeks: 1 }).slots.map((s) => s.date)).toEqual(['2026-11-24']);
  });

  test('says "due today, not posted yet" first in the text, in English and Chinese, and counts it apart', () => {
    const slots = [...overdueSlots(shanghai, [planned], NOW), ...buildPlan({ planner: shanghai, posts: [planned], now: NOW, weeks: 1 }).slots];
    const en = formatPlanText(slots, shanghai, [planned], 1, 'en').trim().split('\n');
    expect(en[0]).toMatch(/^2026-11-17 09:00 \+08:00\s+Blog\s+家常菜\s+Red braise \(braise\) \(due today, not posted yet\)$/);
    expect(en.at(-1)).toBe('1 slot in the next 1 week, 1 open; 1 due today');
    const zh = formatPlanText(slots, shanghai, [planned], 1, 'zh').trim().split('\n');
    expect(zh[0]).toMatch(/Red braise \(braise\)（今天该发，还没发）$/);
    expect(zh.at(-1)).toBe('未来 1 周共 1 个排期，其中 1 个空着；另有 1 个今天该发');
    expect(`${en.join('\n')}${zh.join('\n')}`).not.toMatch(/missed|overdue|断更|逾期/);
  });
});

describe('check and the slot due today', () => {
  const NOW = at('2026-11-17T10:00:00+08:00');

  test('says it is due today at its local time, before the next slot, in English and Chinese', () => {
    const report = buildCheckReport({ planner: shanghai, posts: [], now: NOW });
    expect(report.channels[0]).toMatchObject({ overdue: { date: '2026-11-17', dueToday: true }, nextSlot: '2026-11-24T09:00:00+08:00', expected: 2, missed: ['2026-11-03', '2026-11-10'] });
    expect(formatCheckText(report, shanghai, false, 'en')).toContain('Blog: streak 0 (longest 0), 0/2 slots kept (0%), 2 gaps (listed above); due today at 09:00, not posted yet, next 2026-11-24 09:00 +08:00');
    expect(formatCheckText(report, shanghai, false, 'zh')).toContain('Blog：连续 0 次（最长 0 次），守住 0/2 个排期（0%），2 个空档（见上文）；今天 09:00 该发，还没发，下一个排期 2026-11-24 09:00 +08:00');
  });

  test('says it instead of "no slots yet" on the first slot day, at the local time of the fall-back day', () => {
    const report = buildCheckReport({ planner: plannerIn('America/New_York', 'FREQ=WEEKLY;BYDAY=SU', '2026-11-01'), posts: [], now: at('2026-11-01T09:30:00-05:00') });
    const en = formatCheckText(report, newYork, false, 'en');
    expect(en).toContain('Blog: due today at 09:00, not posted yet, next 2026-11-08 09:00 -05:00');
    expect(formatCheckText(report, newYork, false, 'zh')).toContain('Blog：今天 09:00 该发，还没发，下一个排期 2026-11-08 09:00 -05:00');
    expect(en).not.toMatch(/no slots yet|missed/);
  });

  test('leaves the public portfolio line as it was: it is built once and the slot is not missed', () => {
    const s = stats(shanghai, '2026-11-17T10:00:00+08:00', [post('a', { status: 'published', publishedAt: '2026-11-03' })]);
    expect(describeChannelOutput(s, 1, 'en', true)).toBe('1 of 2 slots kept, current streak 0, longest 1');
  });
});
