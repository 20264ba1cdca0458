import { describe, expect, test } from 'vitest';
import type { SiteData } from '../../src/pages/_lib/site-data.ts';
import { isIndexable, sitemapEntries } from '../../src/pages/_lib/sitemap.ts';

const post = { epoch: Date.parse('2026-08-07T00:00:00Z'), updatedEpoch: null, pillar: null, originalUrl: null, post: { id: '2026/issue-407', data: {} }, entry: { id: '2026/issue-407' } };
const siteWith = (tags: { name: string; posts: unknown[] }[]) =>
  ({ posts: [post], tags, planner: { brand: { pillars: [] } } }) as unknown as SiteData;

describe('the tag index in the sitemap', () => {
  test('a site whose posts have no tags (a weekly imported from plain Markdown) does not list or index its empty tag page', () => {
    expect(isIndexable('/tags/', siteWith([]))).toBe(false);
    expect(sitemapEntries(siteWith([])).map((e) => e.path)).not.toContain('/tags/');
    expect(isIndexable('/tags/', siteWith([{ name: 'rust', posts: [post] }]))).toBe(true);
    expect(isIndexable('/archive/', siteWith([]))).toBe(true);
  });
});
