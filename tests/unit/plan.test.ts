import { describe, expect, test } from 'vitest';
import { buildPlan } from '../../src/core/plan.ts';
import { PlannerSchema, type PlannerInput } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';

const NOW = Date.parse('2026-11-23T00:00:00Z');

function planner(extra: Partial<PlannerInput> = {}) {
  return PlannerSchema.parse({
    version: 1,
    brand: {
      name: 'Mei Lin',
      label: 'The home cook who photographs her food',
      timezone: 'Asia/Shanghai',
      pillars: [
        { id: 'recipes', name: 'Recipes' },
        { id: 'photos', name: 'Food photography' },
      ],
    },
    channels: [
      { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-01-06', pillars: ['recipes', 'photos'] },
      { id: 'letter', name: 'Newsletter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-01-04', time: '18:00', timezone: 'Europe/Berlin' },
    ],
    breaks: [{ from: '2026-12-01', to: '2026-12-01', channels: ['blog'] }],
    ...extra,
  });
}

function post(id: string, data: Partial<PostFrontmatter> & { channel: string }): Post {
  return { id, file: `content/posts/${id}.md`, body: '', data: { title: id, status: 'draft', ...data } as PostFrontmatter };
}

const POSTS = [
  post('2026/b-post', { channel: 'blog', plannedFor: '2026-11-27', pillar: 'recipes' }),
  post('2026/a-post', { channel: 'blog', plannedFor: '2026-11-27', pillar: 'photos' }),
  post('2026/old', { channel: 'blog', status: 'published', publishedAt: '2026-11-20', pillar: 'recipes' }),
  post('2026/letter', { channel: 'letter', status: 'idea', plannedFor: '2026-11-29' }),
  post('2026/elsewhere', { channel: 'letter', plannedFor: '2026-11-24', pillar: 'photos' }),
];

describe('buildPlan', () => {
  test('lists every channel in time order, with planned posts and rotated pillars, leaving break slots out', () => {
    const { slots } = buildPlan({ planner: planner(), posts: POSTS, now: NOW, weeks: 2 });
    expect(slots.map(({ epoch, ...rest }) => ({ ...rest, epochMatches: Date.parse(rest.start) === epoch }))).toEqual([
      { channel: 'blog', date: '2026-11-24', start: '2026-11-24T09:00:00+08:00', pillar: 'recipes', post: null, epochMatches: true },
      // Two posts planned for one slot: the first by id is `post`, the other is listed too.
      { channel: 'blog', date: '2026-11-27', start: '2026-11-27T09:00:00+08:00', pillar: 'photos', post: '2026/a-post', also: ['2026/b-post'], epochMatches: true },
      { channel: 'letter', date: '2026-11-29', start: '2026-11-29T18:00:00+01:00', pillar: 'recipes', post: '2026/letter', epochMatches: true },
      { channel: 'blog', date: '2026-12-04', start: '2026-12-04T09:00:00+08:00', pillar: 'photos', post: null, epochMatches: true },
      { channel: 'letter', date: '2026-12-06', start: '2026-12-06T18:00:00+01:00', pillar: 'photos', post: null, epochMatches: true },
    ]);
  });

  test('starts at `from` when given, still ending weeks after now', () => {
    const { slots } = buildPlan({ planner: planner(), posts: [], now: NOW, weeks: 1, from: Date.parse('2026-11-19T00:00:00Z') });
    expect(slots.map((s) => `${s.channel} ${s.date}`)).toEqual(['blog 2026-11-20', 'letter 2026-11-22', 'blog 2026-11-24', 'blog 2026-11-27', 'letter 2026-11-29']);
  });

  test('leaves a slot that is already under way out of a plan that starts now', () => {
    const { slots } = buildPlan({ planner: planner(), posts: [], now: Date.parse('2026-11-24T01:00:01Z'), weeks: 1 });
    expect(slots[0]).toMatchObject({ channel: 'blog', date: '2026-11-27' });
  });

  test('rotates through every brand pillar for a channel that names none, balancing recent posts', () => {
    const published = [post('2026/p1', { channel: 'letter', status: 'published', publishedAt: '2026-11-15T18:00:00+01:00', pillar: 'recipes' })];
    const { slots } = buildPlan({ planner: planner(), posts: published, now: NOW, weeks: 3 });
    expect(slots.filter((s) => s.channel === 'letter').map((s) => s.pillar)).toEqual(['photos', 'recipes', 'photos']);
  });

  test('gives null pillars when a channel rotates through an empty list', () => {
    const p = planner();
    p.channels[0]!.pillars = [];
    const { slots } = buildPlan({ planner: p, posts: [], now: NOW, weeks: 1 });
    expect(slots.filter((s) => s.channel === 'blog').map((s) => s.pillar)).toEqual([null, null]);
  });

  test('returns no slots for a planner without channels', () => {
    expect(buildPlan({ planner: planner({ channels: [], breaks: [] }), posts: POSTS, now: NOW, weeks: 8 })).toEqual({ slots: [], overdue: [] });
  });
});
