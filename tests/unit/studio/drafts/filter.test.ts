import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../../src/core/check.ts';
import { filterDrafts, readDraftFilter } from '../../../../src/studio/drafts/filter.ts';

const post = (id: string, channel: string, status: string, pillar: string | null) =>
  ({ id, file: `content/posts/${id}.mdx`, title: id, status, channel, pillar, plannedFor: null, publishedAt: null, theme: null }) as CheckReport['posts'][number];

const report = {
  now: '2026-11-23T00:00:00.000Z',
  channels: [],
  posts: [post('a', 'blog', 'draft', 'recipes'), post('b', 'wechat', 'draft', 'recipes'), post('c', 'blog', 'published', null)],
  flags: [
    { kind: 'off-theme', severity: 'warning', post: 'a', file: 'x', message: 'm' },
    { kind: 'gap', severity: 'warning', channel: 'blog', date: '2026-10-06', message: 'g' },
  ],
} as unknown as CheckReport;

const ids = (query: string) => filterDrafts(report, readDraftFilter(new URLSearchParams(query))).map((r) => r.post.id);

describe('filterDrafts', () => {
  it('filters by channel, pillar and status from the query string, all of them at once', () => {
    expect(ids('')).toEqual(['a', 'b', 'c']);
    expect(ids('channel=blog')).toEqual(['a', 'c']);
    expect(ids('pillar=recipes&status=draft&channel=wechat')).toEqual(['b']);
  });

  it('filters by flag kind, by any flag and by no flag, counting only the post\'s own flags', () => {
    expect(ids('flag=off-theme')).toEqual(['a']);
    expect(ids('flag=any')).toEqual(['a']);
    expect(ids('flag=none')).toEqual(['b', 'c']);
    expect(ids('flag=gap')).toEqual([]);
  });
});
