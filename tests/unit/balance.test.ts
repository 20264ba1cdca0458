import { describe, expect, test } from 'vitest';
import { computePillarBalance } from '../../src/core/balance.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';

const NOW = Date.parse('2026-11-23T00:00:00Z');

function planner(pillars: { id: string; name: string; targetShare?: number }[]) {
  return PlannerSchema.parse({
    version: 1,
    brand: { name: 'Mei Lin', label: 'The home cook who photographs her food', timezone: 'Asia/Shanghai', pillars },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-01-06' }],
  });
}

function post(id: string, data: Partial<PostFrontmatter>): Post {
  return { id, file: `content/posts/${id}.md`, body: '', data: { title: id, channel: 'blog', status: 'draft', ...data } as PostFrontmatter };
}

const PILLARS = [
  { id: 'recipes', name: 'Recipes', targetShare: 0.5 },
  { id: 'photos', name: 'Photos' },
  { id: 'kitchen', name: 'Kitchen' },
];

describe('computePillarBalance', () => {
  test('counts published posts of the last 90 days and upcoming plans of the next 90 separately, and drifts on output only', () => {
    const posts = [
      post('p1', { pillar: 'recipes', status: 'published', publishedAt: '2026-11-01' }),
      post('p2', { pillar: 'recipes', status: 'published', publishedAt: '2026-10-01T10:00:00+08:00' }),
      post('p3', { pillar: 'photos', status: 'published', publishedAt: '2026-06-01' }),
      post('p4', { pillar: 'photos', status: 'published', publishedAt: '2026-11-22T20:00:00' }),
      post('p5', { pillar: 'recipes', plannedFor: '2026-11-10' }),
      post('p6', { pillar: 'kitchen', plannedFor: '2026-12-10' }),
      post('p7', { status: 'published', publishedAt: '2026-11-02' }),
      post('p8', { pillar: 'photos', plannedFor: '2026-09-01', status: 'published', publishedAt: '2026-09-02' }),
      post('p9', { pillar: 'travel', status: 'published', publishedAt: '2026-11-02' }),
      post('p10', { pillar: 'kitchen', plannedFor: '2027-06-01' }),
    ];
    const rows = computePillarBalance({ planner: planner(PILLARS), posts, now: NOW });
    expect(rows.map(({ pillar, upcoming, published, upcomingShare, publishedShare, target, drift, drifting }) => ({ pillar, upcoming, published, upcomingShare, publishedShare, target, drift, drifting }))).toEqual([
      { pillar: 'recipes', upcoming: 0, published: 2, upcomingShare: 0, publishedShare: 0.5, target: 0.5, drift: 0, drifting: false },
      { pillar: 'photos', upcoming: 0, published: 2, upcomingShare: 0, publishedShare: 0.5, target: 0.25, drift: 0.25, drifting: true },
      { pillar: 'kitchen', upcoming: 1, published: 0, upcomingShare: 1, publishedShare: 0, target: 0.25, drift: -0.25, drifting: true },
    ]);
    expect(rows.map((r) => r.name)).toEqual(['Recipes', 'Photos', 'Kitchen']);
  });

  test('raises no drift on day one for a month planned ahead, however uneven the plans', () => {
    const posts = ['2026-11-24', '2026-11-27', '2026-12-01', '2026-12-04'].map((d, i) => post(`plan-${i}`, { pillar: 'kitchen', plannedFor: d }));
    const rows = computePillarBalance({ planner: planner(PILLARS), posts, now: NOW });
    expect(rows.map((r) => [r.upcoming, r.drifting])).toEqual([[0, false], [0, false], [4, false]]);
  });

  test('reads a plain publishedAt date as a local day at the edge of the window', () => {
    // 90 days before now is 2026-08-25 08:00 in Shanghai: that whole local day counts, the day before does not.
    const posts = [
      post('in', { pillar: 'recipes', status: 'published', publishedAt: '2026-08-25' }),
      post('out', { pillar: 'photos', status: 'published', publishedAt: '2026-08-24' }),
    ];
    const rows = computePillarBalance({ planner: planner(PILLARS), posts, now: NOW });
    expect(rows.map((r) => r.published)).toEqual([1, 0, 0]);
  });

  test('waits for enough output before calling a share drift', () => {
    const one = [post('p', { pillar: 'kitchen', status: 'published', publishedAt: '2026-11-20' })];
    expect(computePillarBalance({ planner: planner(PILLARS), posts: one, now: NOW }).some((r) => r.drifting)).toBe(false);
    const three = ['2026-11-18', '2026-11-19', '2026-11-20'].map((d, i) => post(`p${i}`, { pillar: 'kitchen', status: 'published', publishedAt: d }));
    expect(computePillarBalance({ planner: planner(PILLARS), posts: three, now: NOW }).map((r) => r.drift)).toEqual([-0.5, -0.25, 0.75]);
  });

  // A trial: a brand of four pillars published three posts on day one, one in each of three
  // pillars, and the dashboard flagged the fourth as drifting (0% of output, target 25%): its fair
  // share was three quarters of a post.
  test('does not call a pillar behind while its share of the output is less than one post', () => {
    const four = [0, 1, 2, 3].map((i) => ({ id: `p${i}`, name: `P${i}` }));
    const three = ['p0', 'p1', 'p2'].map((pillar, i) => post(`x${i}`, { pillar, status: 'published', publishedAt: `2026-11-2${i}` }));
    const rows = computePillarBalance({ planner: planner(four), posts: three, now: NOW });
    expect(rows[3]).toMatchObject({ published: 0, target: 0.25, drift: -0.25, drifting: false });
    expect(rows.some((r) => r.drifting)).toBe(false);
    // A fourth post in p0: p3's share is one post now, and it has none.
    const fourth = [...three, post('x3', { pillar: 'p0', status: 'published', publishedAt: '2026-11-22' })];
    expect(computePillarBalance({ planner: planner(four), posts: fourth, now: NOW })[3]).toMatchObject({ drift: -0.25, drifting: true });
  });

  // The shares the others leave are split in floating point: (1 - 0.4) / 3 is 0.19999999999999998,
  // and five posts times it fell short of the one post the pillar is owed.
  test('calls a pillar behind once its share is one post, when an even split of the rest is not exact in binary', () => {
    const pillars = [{ id: 'p0', name: 'P0', targetShare: 0.4 }, ...[1, 2, 3].map((i) => ({ id: `p${i}`, name: `P${i}` }))];
    const five = ['p0', 'p0', 'p0', 'p1', 'p2'].map((pillar, i) => post(`x${i}`, { pillar, status: 'published', publishedAt: `2026-11-1${i}` }));
    expect(computePillarBalance({ planner: planner(pillars), posts: five, now: NOW })[3]).toMatchObject({ published: 0, drifting: true });
  });

  // 7/20 - 0.25 is 0.09999999999999998 in floating point: a pillar ten points ahead was not called
  // drifting while the one ten points behind (3/20 - 0.25, exactly -0.1) was.
  test('calls a pillar exactly the threshold ahead or behind drifting alike', () => {
    const four = [0, 1, 2, 3].map((i) => ({ id: `p${i}`, name: `P${i}` }));
    const pillars = [...Array(7).fill('p0'), ...Array(5).fill('p1'), ...Array(5).fill('p2'), ...Array(3).fill('p3')] as string[];
    const twenty = pillars.map((pillar, i) => post(`x${i}`, { pillar, status: 'published', publishedAt: `2026-11-${String(1 + i).padStart(2, '0')}` }));
    const rows = computePillarBalance({ planner: planner(four), posts: twenty, now: NOW });
    expect(rows.map((r) => r.drifting)).toEqual([true, false, false, true]);
  });

  test('calls a pillar ahead of its target drifting from the first posts on', () => {
    const four = [0, 1, 2, 3].map((i) => ({ id: `p${i}`, name: `P${i}` }));
    const three = ['p0', 'p0', 'p1'].map((pillar, i) => post(`x${i}`, { pillar, status: 'published', publishedAt: `2026-11-2${i}` }));
    expect(computePillarBalance({ planner: planner(four), posts: three, now: NOW })[0]).toMatchObject({ published: 2, drifting: true });
  });

  test('splits the target evenly without targetShare and reports no drift without posts', () => {
    const rows = computePillarBalance({ planner: planner(PILLARS.map(({ id, name }) => ({ id, name }))), posts: [], now: NOW, days: 30 });
    expect(rows.map((r) => [r.target, r.drift, r.drifting])).toEqual([
      [1 / 3, 0, false],
      [1 / 3, 0, false],
      [1 / 3, 0, false],
    ]);
  });

  test('narrows the window with `days`', () => {
    const posts = [post('p', { pillar: 'recipes', status: 'published', publishedAt: '2026-10-01' })];
    expect(computePillarBalance({ planner: planner(PILLARS), posts, now: NOW, days: 30 })[0]!.published).toBe(0);
    expect(computePillarBalance({ planner: planner(PILLARS), posts, now: NOW, days: 60 })[0]!.published).toBe(1);
  });

  test("reads a published date of a period kept in another zone in that period's zone, at the edge of the window", () => {
    // The blog was kept in Los Angeles until 2026-10-01. 90 days before now is 2026-08-24 17:00 there
    // (2026-08-25 08:00 in Shanghai): its plain date 2026-08-24 and its 20:00 that evening are in the window.
    const moved = PlannerSchema.parse({
      ...planner(PILLARS),
      channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-10-01', history: [{ cadence: 'FREQ=WEEKLY', start: '2026-01-06', timezone: 'America/Los_Angeles' }] }],
    });
    const posts = [
      post('date', { pillar: 'recipes', status: 'published', publishedAt: '2026-08-24' }),
      post('time', { pillar: 'photos', status: 'published', publishedAt: '2026-08-24T20:00:00' }),
      post('before', { pillar: 'kitchen', status: 'published', publishedAt: '2026-08-23' }),
    ];
    const rows = computePillarBalance({ planner: moved, posts, now: NOW });
    expect(rows.map((r) => [r.pillar, r.published])).toEqual([['recipes', 1], ['photos', 1], ['kitchen', 0]]);
  });
});
