import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';

// check --json carries publishedAt as written (a date, or a time without offset, read in the
// channel's zone: shared/interfaces.md §2); publicFrom is that instant, so a script need not know the zone.
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Lin', label: 'dev advocate', timezone: 'Asia/Shanghai', pillars: [{ id: 'web', name: 'Web' }] },
  channels: [
    { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2026-09-01', time: '09:00' },
    { id: 'news', name: 'News', platform: 'newsletter', cadence: 'FREQ=WEEKLY', start: '2026-09-01', time: '09:00', timezone: 'America/Sao_Paulo' },
  ],
  breaks: [],
});
const post = (id: string, data: Record<string, unknown>): Post =>
  ({ id, file: `content/posts/${id}.md`, body: 'Words.', data: PostFrontmatterSchema.parse({ title: id, ...data }) }) as Post;

describe('check --json posts[].publicFrom', () => {
  test('is publishedAt read in its channel zone, as an instant in UTC; null for a post not published', () => {
    const report = buildCheckReport({
      planner,
      now: Date.parse('2026-12-05T00:00:00Z'),
      posts: [
        post('a', { channel: 'blog', status: 'published', publishedAt: '2026-09-07' }),
        post('b', { channel: 'news', status: 'published', publishedAt: '2026-09-07T09:30:00' }),
        post('c', { channel: 'news', status: 'published', publishedAt: '2026-09-07T09:30:00+02:00' }),
        post('d', { channel: 'blog', status: 'draft' }),
      ],
    });
    const byId = Object.fromEntries(report.posts.map((p) => [p.id, [p.publishedAt, p.publicFrom]]));
    expect(byId).toEqual({
      a: ['2026-09-07', '2026-09-06T16:00:00.000Z'],
      b: ['2026-09-07T09:30:00', '2026-09-07T12:30:00.000Z'],
      c: ['2026-09-07T09:30:00+02:00', '2026-09-07T07:30:00.000Z'],
      d: [null, null],
    });
  });
});
