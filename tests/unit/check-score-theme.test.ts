/**
 * buildCheckReport's `scoreTheme`: the build's check (integration/build-check-flags.ts) prints
 * warnings only, so it scores only the posts not yet published. Its warnings must be those of the
 * whole check, and a site whose posts are all published must read no post for the theme.
 */
import { describe, expect, test } from 'vitest';
import { buildCheckReport, readTermsOf } from '../../src/core/check.ts';
import type { Planner } from '../../src/core/schema/planner.ts';
import type { Post } from '../../src/core/schema/post.ts';
import { brand, published } from './theme-fixture.ts';

function post(id: string, body: string, status: 'published' | 'draft', pillar?: string, day = 1): Post {
  return {
    id,
    file: `content/posts/${id}.md`,
    body,
    data: { title: id, channel: 'blog', status, ...(pillar ? { pillar } : {}), ...(status === 'published' ? { publishedAt: `2026-01-${String(day).padStart(2, '0')}T09:00:00+08:00` } : {}) },
  } as unknown as Post;
}

const planner = {
  version: 1,
  brand,
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-01-02', time: '09:00' }],
  breaks: [],
} as unknown as Planner;

const posts = [
  ...published.map((p, i) => post(`pub-${i}`, p.body, 'published', p.pillar, i + 1)),
  // Declared "photo" but all recipe: a pillar-mismatch (info) on a published post, never printed by the build.
  post('pub-mismatch', 'Braise pork belly with soy sauce and rock sugar, simmer the noodles, then serve the braise over rice.', 'published', 'photo', 6),
  post('draft-on', 'A braise recipe for noodles: simmer pork with soy sauce and ginger, then light the bowl by the window for the camera.', 'draft'),
  post('draft-off', 'Quarterly tax filing for freelancers: deductions, invoices, estimated payments and the forms your accountant needs.', 'draft'),
];
const NOW = Date.parse('2026-02-01T00:00:00Z');
const warnings = (flags: { severity: string }[]) => flags.filter((f) => f.severity !== 'info');

describe('buildCheckReport({ scoreTheme })', () => {
  test('scoring only the drafts gives the whole check\'s warnings, and the published posts report no theme', () => {
    const whole = buildCheckReport({ planner, posts, now: NOW });
    const drafts = buildCheckReport({ planner, posts, now: NOW, scoreTheme: (p) => p.data.status !== 'published' });
    expect(warnings(whole.flags).some((f) => 'post' in f && f.post === 'draft-off')).toBe(true);
    expect(warnings(drafts.flags)).toEqual(warnings(whole.flags));
    for (const id of ['draft-on', 'draft-off']) expect(drafts.posts.find((p) => p.id === id)!.theme).toEqual(whole.posts.find((p) => p.id === id)!.theme);
    expect(drafts.posts.filter((p) => p.status === 'published').map((p) => p.theme)).toEqual(posts.filter((p) => p.data.status === 'published').map(() => null));
  });

  test('with every post published, no post is read for the theme (no model is built)', () => {
    const read: string[] = [];
    const termsOf = (p: Post) => (read.push(p.id), readTermsOf(p));
    const all = posts.filter((p) => p.data.status === 'published');
    buildCheckReport({ planner, posts: all, now: NOW, termsOf, scoreTheme: (p) => p.data.status !== 'published' });
    expect(read).toEqual([]);
    buildCheckReport({ planner, posts: all, now: NOW, termsOf });
    expect(read.length).toBeGreaterThan(0);
  });
});
