/**
 * The dashboard's "open slot … suggested pillar" lines, the plan page's agenda and month grid and
 * `plan` all suggest the same pillar for a slot (README: they agree). A new user's dashboard said
 * 用户研究 for the WeChat slot where the plan said 职场成长: each surface ran the rotation over its
 * own span (the dashboard one week, the agenda and `plan` eight, the month grid to its last day),
 * and a post planned beyond the shorter span counted in the longer one only.
 */
import { describe, expect, test } from 'vitest';
import { buildPlanWithOverdue, type PlanSlot } from '../../../../src/core/plan.ts';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../../../src/core/schema/post.ts';
import { buildDashboard } from '../../../../src/studio/dashboard/dashboard.ts';
import { monthPlanSlots } from '../../../../src/studio/plan/month.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: {
    name: '林', label: '从零做品牌的产品经理', timezone: 'Asia/Shanghai',
    pillars: [{ id: 'career', name: '职场成长' }, { id: 'design', name: '产品设计' }, { id: 'research', name: '用户研究' }],
  },
  channels: [
    { id: 'wechat', name: '公众号', platform: 'wechat', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-11-01', time: '09:00' },
    { id: 'blog', name: '博客', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-11-01', time: '09:00' },
  ],
  breaks: [],
});
const post = (id: string, data: Record<string, unknown>): Post =>
  ({ id, file: `content/posts/${id}.md`, body: '', data: PostFrontmatterSchema.parse({ title: id, ...data }) }) as Post;
const published = post('first', { channel: 'wechat', status: 'published', pillar: 'design', publishedAt: '2026-12-05' });
// Sunday 2026-12-06, 22:00 in Shanghai.
const now = Date.parse('2026-12-06T14:00:00Z');

/** The dashboard's open-slot lines as channel/date → pillar name. */
function dashboardPillars(posts: Post[]): Map<string, string> {
  const words = { 'open-slot': '{channel}|{date}|{pillar}', 'pillar-drift': '-' };
  const { flags } = buildDashboard({ planner, posts, now, lang: 'zh', allLabel: '全部', words });
  const names = new Map(planner.channels.map((c) => [c.name, c.id]));
  return new Map(flags.filter((f) => f.kind === 'open-slot').map((f) => {
    const [channel, date, pillar] = f.message.split('|');
    return [`${names.get(channel!)}/${date}`, pillar!];
  }));
}

const pillarName = (s: PlanSlot) => planner.brand.pillars.find((p) => p.id === s.pillar)?.name ?? '-';
const key = (s: PlanSlot) => `${s.channel}/${s.date}`;

describe('the suggested pillar of a slot', () => {
  test.each([
    ['a published post alone', [published]],
    ['a published post and a draft planned three weeks ahead', [published, post('later', { channel: 'wechat', status: 'draft', pillar: 'career', plannedFor: '2026-12-26' })]],
    ['a published post and drafts planned beyond eight weeks', [published, post('far', { channel: 'wechat', status: 'draft', pillar: 'research', plannedFor: '2027-03-06' }), post('far-blog', { channel: 'blog', status: 'idea', pillar: 'design', plannedFor: '2027-02-23' })]],
  ] as const)('is the same on the dashboard, the agenda, the month grid and plan for any number of weeks, with %s', (_name, given) => {
    const posts = [...given];
    // The agenda's and `plan`'s default span.
    const agenda = buildPlanWithOverdue({ planner, posts, now, weeks: 8 }).slots;
    const dashboard = dashboardPillars(posts);
    expect(dashboard.get('wechat/2026-12-12')).toBeDefined();
    for (const [at, pillar] of dashboard) expect({ at, pillar }).toEqual({ at, pillar: pillarName(agenda.find((s) => key(s) === at)!) });
    const byKey = new Map(agenda.map((s) => [key(s), s.pillar]));
    for (const weeks of [1, 2, 3, 12, 20]) {
      for (const s of buildPlanWithOverdue({ planner, posts, now, weeks }).slots.filter((x) => byKey.has(key(x))))
        expect({ weeks, at: key(s), pillar: s.pillar }).toEqual({ weeks, at: key(s), pillar: byKey.get(key(s)) });
    }
    for (const month of ['2026-12', '2027-01']) {
      for (const s of monthPlanSlots(planner, posts, now, month).filter((x) => byKey.has(key(x)) && !x.unslotted))
        expect({ month, at: key(s), pillar: s.pillar }).toEqual({ month, at: key(s), pillar: byKey.get(key(s)) });
    }
  });

  // Published posts count for the 90 days before now; planned ones for the 90 days after it.
  test('counts posts planned within the next 90 days, not one planned months ahead', () => {
    const next = (posts: Post[]) => buildPlanWithOverdue({ planner, posts, now, weeks: 2 }).slots.find((s) => key(s) === 'wechat/2026-12-12')!.pillar;
    const alone = next([published]);
    expect(alone).not.toBeNull();
    // The pillar suggested alone, planned ten weeks ahead (inside the 90 days), moves the suggestion…
    const soon = post('soon', { channel: 'wechat', status: 'draft', pillar: alone, plannedFor: '2027-02-13' });
    expect(next([published, soon])).not.toBe(alone);
    // …planned six months ahead, it does not.
    const far = post('far', { channel: 'wechat', status: 'idea', pillar: alone, plannedFor: '2027-06-05' });
    expect(next([published, far])).toBe(alone);
    // Listed or not, the same: a plan of 30 weeks shows that far slot planned, and still suggests the same.
    const long = buildPlanWithOverdue({ planner, posts: [published, far], now, weeks: 30 }).slots;
    expect(long.find((s) => key(s) === 'wechat/2027-06-05')?.post).toBe('far');
    expect(long.find((s) => key(s) === 'wechat/2026-12-12')!.pillar).toBe(alone);
  });
});
