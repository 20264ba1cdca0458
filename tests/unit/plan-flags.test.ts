import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { buildPlan } from '../../src/core/plan.ts';
import { flagOffSlotPosts, flagUnplannedScheduled } from '../../src/core/plan-flags.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';

const NOW = Date.parse('2026-11-23T00:00:00Z'); // Monday 23 Nov, 08:00 in Shanghai

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Lin', label: '职场教练', timezone: 'Asia/Shanghai', pillars: [{ id: 'manage-up', name: '向上管理' }] },
  channels: [
    { id: 'zhihu', name: '知乎', platform: 'zhihu', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-01-06' },
    { id: 'yearly', name: 'Annual letter', platform: 'newsletter', cadence: 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15', start: '2026-01-15' },
  ],
  breaks: [{ from: '2026-12-01', to: '2026-12-01', channels: ['zhihu'] }],
});

function post(id: string, data: Partial<PostFrontmatter> & { channel: string }): Post {
  return { id, file: `content/posts/${id}.md`, body: '', data: { title: id, status: 'draft', ...data } as PostFrontmatter };
}

describe('flagOffSlotPosts', () => {
  // Before, the flags expanded every cadence afresh on each check, loading rrule even when
  // check's slot cache held every slot (a warm check of a project with planned drafts).
  test('gives the same flags from check\'s slot cache, and a second run expands no cadence', () => {
    const withHistory = PlannerSchema.parse({
      ...planner,
      channels: [
        ...planner.channels,
        { id: 'la', name: 'LA', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-03-01', time: '02:30', timezone: 'America/Los_Angeles', history: [{ cadence: 'FREQ=DAILY', start: '2025-10-01', time: '09:00' }] },
      ],
    });
    const posts = [
      post('wed', { channel: 'zhihu', plannedFor: '2026-11-25' }), post('brk', { channel: 'zhihu', plannedFor: '2026-12-01' }), post('ok', { channel: 'zhihu', plannedFor: '2026-11-24' }),
      post('jan', { channel: 'yearly', plannedFor: '2027-01-16' }), post('sat', { channel: 'la', plannedFor: '2026-11-07' }), post('old', { channel: 'la', plannedFor: '2026-01-07' }),
    ];
    const kept = new Map<string, { through: number; slots: never[] }>();
    let expanded = 0;
    const cache = { get: (k: string) => kept.get(k), set: (k: string, v: { through: number; slots: never[] }) => { expanded++; kept.set(k, v); } };
    const without = flagOffSlotPosts({ planner: withHistory, posts, now: NOW });
    expect(without.map((f) => f.post)).toEqual(['wed', 'brk', 'jan', 'sat']);
    expect(flagOffSlotPosts({ planner: withHistory, posts, now: NOW, slotCache: cache })).toEqual(without);
    expect(expanded).toBeGreaterThan(0);
    expanded = 0;
    expect(flagOffSlotPosts({ planner: withHistory, posts, now: NOW, slotCache: cache })).toEqual(without);
    expect(buildCheckReport({ planner: withHistory, posts, now: NOW, slotCache: cache }).flags.filter((f) => f.kind === 'off-slot')).toEqual(without);
    expect(expanded).toBe(0);
  });

  // Before, "Move to" named the nearest slot day even when another post was planned for it, and a
  // click stacked two posts in one slot while the next slot stayed open.
  test('moves a post to the nearest slot no other post holds, naming the post that holds the nearer one', () => {
    const posts = [post('wed', { channel: 'zhihu', plannedFor: '2026-11-25', title: 'Wednesday' }), post('tue', { channel: 'zhihu', plannedFor: '2026-11-24', title: 'Tuesday' })];
    const [flag, ...rest] = flagOffSlotPosts({ planner, posts, now: NOW });
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ post: 'wed', nearest: { before: '2026-11-24', after: '2026-11-27' }, target: '2026-11-27', held: { date: '2026-11-24', post: 'tue', title: 'Tuesday' } });
    expect(flag!.message).toContain('2026-11-24 already has "Tuesday", so the nearest free slot is 2026-11-27');
    expect(flagOffSlotPosts({ planner, posts, now: NOW, lang: 'zh' })[0]!.message).toContain('2026-11-24 那一期已经有“Tuesday”，所以最近的空排期是 2026-11-27');
  });

  test('passes over every held slot, a published post filling one among them', () => {
    const posts = [
      post('wed', { channel: 'zhihu', plannedFor: '2026-11-25' }),
      post('tue', { channel: 'zhihu', plannedFor: '2026-11-24' }),
      post('fri', { channel: 'zhihu', plannedFor: '2026-11-27' }),
      // Published ahead of time on the day of the 4 December slot (1 December is a break).
      post('early', { channel: 'zhihu', status: 'published', publishedAt: '2026-12-04T10:00:00+08:00' }),
    ];
    const [flag] = flagOffSlotPosts({ planner, posts, now: NOW });
    expect(flag).toMatchObject({ post: 'wed', target: '2026-12-08', held: { date: '2026-11-24', post: 'tue' } });
  });

  test('names no held slot when the nearest slot is free', () => {
    const posts = [post('wed', { channel: 'zhihu', plannedFor: '2026-11-25' }), post('fri', { channel: 'zhihu', plannedFor: '2026-11-27' })];
    const [flag] = flagOffSlotPosts({ planner, posts, now: NOW });
    expect(flag).toMatchObject({ target: '2026-11-24' });
    expect(flag!.held).toBeUndefined();
  });

  test('flags a planned post on a day without a slot, which the plan does not show, with the nearest slot days', () => {
    const posts = [post('wed', { channel: 'zhihu', plannedFor: '2026-11-25' })];
    expect(buildPlan({ planner, posts, now: NOW, weeks: 2 }).slots.some((s) => s.post === 'wed')).toBe(false);
    const [flag, ...rest] = flagOffSlotPosts({ planner, posts, now: NOW });
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ kind: 'off-slot', severity: 'warning', post: 'wed', file: 'content/posts/wed.md', channel: 'zhihu', date: '2026-11-25', nearest: { before: '2026-11-24', after: '2026-11-27' }, target: '2026-11-24' });
    expect(flag!.message).toContain('2026-11-24 and 2026-11-27');
  });

  test('leaves posts on slot days and published posts alone', () => {
    const posts = [post('tue', { channel: 'zhihu', plannedFor: '2026-11-24' }), post('done', { channel: 'zhihu', status: 'published', publishedAt: '2026-11-25', plannedFor: '2026-11-25' })];
    expect(flagOffSlotPosts({ planner, posts, now: NOW })).toEqual([]);
  });

  test('treats a slot on a break as no slot, and never proposes a past day when a later one exists', () => {
    const onBreak = flagOffSlotPosts({ planner, posts: [post('brk', { channel: 'zhihu', plannedFor: '2026-12-01' })], now: NOW })[0]!;
    expect(onBreak.nearest).toEqual({ before: '2026-11-27', after: '2026-12-04' });
    const past = flagOffSlotPosts({ planner, posts: [post('sun', { channel: 'zhihu', plannedFor: '2026-11-22' })], now: NOW })[0]!;
    expect(past.nearest.before).toBe('2026-11-20');
    expect(past.target).toBe('2026-11-24');
  });

  // A post planned on a cadence day that a break covers (a Christmas break over the last Friday)
  // was told "which is not a Blog slot day": the user checks the cadence, sees it is one, and is lost.
  test.each([
    ['en', '"brk" is planned for 2026-12-25, a slot day of Blog inside the break 2026-12-21 to 2027-01-03 (Christmas 圣诞), so no plan or calendar shows it; nearest slots: 2026-11-27 and 2027-01-29'],
    ['zh', '“brk”计划在 2026-12-25，那天是“Blog”的排期日，但在休息期 2026-12-21 至 2027-01-03（Christmas 圣诞）内，所以计划和日历都不会显示它；最近的排期：2026-11-27、2027-01-29'],
  ] as const)('%s: a post planned on a slot day inside a break names the break', (lang, message) => {
    const withBreak = PlannerSchema.parse({
      ...planner,
      channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=MONTHLY;BYDAY=-1FR', start: '2026-10-01', timezone: 'America/Los_Angeles' }],
      breaks: [{ from: '2026-12-21', to: '2027-01-03', channels: ['blog'], reason: 'Christmas 圣诞' }],
    });
    const [flag] = flagOffSlotPosts({ planner: withBreak, posts: [post('brk', { channel: 'blog', plannedFor: '2026-12-25' })], now: NOW, lang });
    expect(flag).toMatchObject({ date: '2026-12-25', break: { from: '2026-12-21', to: '2027-01-03', reason: 'Christmas 圣诞' }, target: '2026-11-27' });
    expect(flag!.message).toBe(message);
    // A day the cadence does not have keeps the plain wording, even inside a break.
    const [plain] = flagOffSlotPosts({ planner: withBreak, posts: [post('thu', { channel: 'blog', plannedFor: '2026-12-24' })], now: NOW, lang });
    expect(plain!.break).toBeUndefined();
    expect(plain!.message).not.toMatch(/break|休息期/);
  });

  test('finds the slot of a yearly cadence months away, and writes the message in Chinese when asked', () => {
    const [flag] = flagOffSlotPosts({ planner, posts: [post('年信', { channel: 'yearly', plannedFor: '2026-06-01', title: '年度总结' })], now: NOW, lang: 'zh' });
    expect(flag!.nearest).toEqual({ before: '2026-01-15', after: '2027-01-15' });
    expect(flag!.message).toBe('“年度总结”计划在 2026-06-01，但那天不是“Annual letter”的排期日，所以计划和日历都不会显示它；最近的排期：2026-01-15、2027-01-15');
    expect(flag!.hint).toContain('2027-01-15');
    // A Chinese channel name runs into the Chinese around it; a Latin one is spaced from it (clreq 3.4).
    const zhihu = flagOffSlotPosts({ planner, posts: [post('wed', { channel: 'zhihu', plannedFor: '2026-11-25', title: '周三' })], now: NOW, lang: 'zh' })[0]!;
    expect(zhihu.message).toMatch(/^“周三”计划在 2026-11-25，但那天不是“知乎”的排期日，/);
  });

  // A helper's trial (2026-12-07): a yearly channel's off-slot post whose next free slot is more
  // than a year off got no "Move to" button and no place in "Move all", though the plan has one.
  test('moves a post of a yearly cadence to a free slot more than a year ahead when the nearer ones are held', () => {
    const posts = [post('a', { channel: 'yearly', plannedFor: '2026-12-20' }), post('b', { channel: 'yearly', plannedFor: '2027-01-15', title: 'Letter 2027' })];
    const [flag] = flagOffSlotPosts({ planner, posts, now: NOW });
    expect(flag).toMatchObject({ post: 'a', target: '2028-01-15', held: { date: '2027-01-15', post: 'b' } });
    expect(flag!.message).toContain('2027-01-15 already has "Letter 2027", so the nearest free slot is 2028-01-15');
    expect(flag!.hint).toContain('2028-01-15');
  });

  test.each([
    ['en', '"a" is planned for 2026-07-01, but Triennial has no slot within a year of it, so no plan or calendar shows it; its next free slot is 2028-01-15'],
    ['zh', '“a”计划在 2026-07-01，但“Triennial”在前后一年内都没有排期，所以计划和日历都不会显示它；它的下一个空排期是 2028-01-15'],
  ] as const)('%s: names the next free slot of a channel with none within a year of the post, and moves it there', (lang, message) => {
    const sparse = PlannerSchema.parse({ ...planner, channels: [{ id: 'bi', name: 'Triennial', platform: 'newsletter', cadence: 'FREQ=YEARLY;INTERVAL=3;BYMONTH=1;BYMONTHDAY=15', start: '2025-01-15' }], breaks: [] });
    const [flag] = flagOffSlotPosts({ planner: sparse, posts: [post('a', { channel: 'bi', plannedFor: '2026-07-01' })], now: NOW, lang });
    expect(flag).toMatchObject({ nearest: { before: null, after: null }, target: '2028-01-15' });
    expect(flag!.message).toBe(message);
    expect(flag!.hint).toContain('2028-01-15');
  });

  test('is part of the check report, so check --json and the studio list it', () => {
    const report = buildCheckReport({ planner, posts: [post('wed', { channel: 'zhihu', plannedFor: '2026-11-25' })], now: NOW });
    expect(report.flags.filter((f) => f.kind === 'off-slot').map((f) => ('post' in f ? f.post : ''))).toEqual(['wed']);
  });
});

// A post with status: scheduled and no plannedFor (a hand edit, or an import that set the status
// and not the day) was on no plan, calendar or streak, and check said nothing.
describe('flagUnplannedScheduled', () => {
  test('flags a scheduled post with no plannedFor, which the plan does not show, naming its channel\'s next free slot', () => {
    const posts = [
      post('lost', { channel: 'zhihu', status: 'scheduled', title: '向上管理的三个误区' }),
      post('tue', { channel: 'zhihu', status: 'scheduled', plannedFor: '2026-11-24' }),
      post('idea', { channel: 'zhihu', status: 'idea' }),
      post('draft', { channel: 'zhihu' }),
    ];
    expect(buildPlan({ planner, posts, now: NOW, weeks: 4 }).slots.some((s) => s.post === 'lost')).toBe(false);
    const flags = buildCheckReport({ planner, posts, now: NOW }).flags.filter((f) => f.kind === 'unplanned-scheduled');
    expect(flags).toEqual([
      {
        kind: 'unplanned-scheduled', severity: 'warning', post: 'lost', file: 'content/posts/lost.md', channel: 'zhihu', target: '2026-11-27',
        message: '"向上管理的三个误区" is scheduled but planned for no slot (it has no plannedFor), so no plan, calendar or streak counts it',
        hint: 'plan it: set plannedFor: 2026-11-27 (the next free slot of 知乎), or status: draft',
      },
    ]);
    const [zh] = flagUnplannedScheduled({ planner, posts, now: NOW, lang: 'zh', inStudio: true });
    expect(zh!.message).toBe('“向上管理的三个误区”已排期，但没有计划在任何一期（没有 plannedFor），所以计划、日历和连更都不算它');
    expect(zh!.hint).toBe('请排进计划：在它的编辑页把“计划日期”设为 2026-11-27（“知乎”的下一个空排期），或把“状态”改为“草稿”');
    // Planned for that slot, it is flagged no more.
    expect(flagUnplannedScheduled({ planner, posts: posts.map((p) => (p.id === 'lost' ? post('lost', { channel: 'zhihu', status: 'scheduled', plannedFor: '2026-11-27' }) : p)), now: NOW })).toEqual([]);
  });
});
