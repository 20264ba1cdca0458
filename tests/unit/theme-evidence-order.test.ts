/**
 * The theme model takes its evidence in publication order (its first posts make the early
 * stages). `publishedAt` is read in the post's channel zone (shared/interfaces.md §2): the order
 * must not depend on the machine's zone (the unit suite runs under TZ=UTC, America/Los_Angeles
 * and Asia/Shanghai).
 */
import { expect, test } from 'vitest';
import { themeEvidenceInOrder } from '../../src/core/check.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'B', label: 'L', timezone: 'Asia/Shanghai', pillars: [{ id: 'a', name: 'A' }] },
  channels: [
    { id: 'nz', name: 'NZ', platform: 'blog', cadence: 'FREQ=DAILY', start: '2026-01-01', timezone: 'Pacific/Auckland' },
    { id: 'sh', name: 'SH', platform: 'blog', cadence: 'FREQ=DAILY', start: '2026-01-01' },
  ],
  theme: { acceptedOnTheme: ['accepted-draft'] },
});

function post(id: string, channel: string, publishedAt?: string): Post {
  const status = publishedAt ? 'published' : 'draft';
  return { id, file: `content/posts/${id}.md`, body: 'text', data: PostFrontmatterSchema.parse({ title: id, channel, status, publishedAt }) };
}

test('orders published posts by their instant in their channel zone, accepted drafts last', () => {
  const posts = [
    post('accepted-draft', 'nz'),
    post('b-utc-midnight', 'nz', '2026-03-04T00:00:00Z'),
    post('a-wall-time', 'nz', '2026-03-04T10:00'), // Auckland (+13): 2026-03-03T21:00Z
    post('c-plain-date', 'nz', '2026-03-04'), // the start of that Auckland day: 2026-03-03T11:00Z
    post('d-instant', 'nz', '2026-03-03T12:00:00Z'),
    post('e-shanghai-wall', 'sh', '2026-03-03T19:30'), // Shanghai (+8): 2026-03-03T11:30Z
    post('not-evidence', 'sh'),
  ];
  expect(themeEvidenceInOrder(planner, posts).map((p) => p.id)).toEqual(['c-plain-date', 'e-shanghai-wall', 'd-instant', 'a-wall-time', 'b-utc-midnight', 'accepted-draft']);
});
