import { describe, expect, test } from 'vitest';
import type { SiteData } from '../../src/pages/_lib/site-data.ts';
import { isIndexable, sitemapEntries, sitemapXml } from '../../src/pages/_lib/sitemap.ts';

const post = { epoch: Date.parse('2026-08-07T00:00:00Z'), updatedEpoch: null, pillar: null, originalUrl: null, translations: [], post: { id: '2026/issue-407', data: {} }, entry: { id: '2026/issue-407' } };
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

// Before, a post in two languages had its hreflang alternates in its page's <head> only; the
// sitemap, which some engines read instead, listed the two versions as unrelated pages.
describe('a post in two languages in the sitemap', () => {
  const en = { ...post, lang: 'en', tag: 'en', translations: [] as unknown[], post: { id: '2026/kelly', data: {} }, entry: { id: '2026/kelly' } };
  const zh = { ...post, lang: 'zh', tag: 'zh-CN', translations: [en], post: { id: '2026/kelly-zh', data: {} }, entry: { id: '2026/kelly-zh' } };
  en.translations = [zh];
  const site = { posts: [en, zh, { ...post, translations: [] }], tags: [], planner: { brand: { pillars: [] } } } as unknown as SiteData;

  test('lists every version under each, itself included, as xhtml:link; a post without a translation has none', () => {
    const xml = sitemapXml(sitemapEntries(site), new URL('https://echo.example'));
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
    const urlOf = (loc: string) => xml.split('\n').find((l) => l.includes(`<loc>${loc}</loc>`))!;
    for (const loc of ['https://echo.example/posts/2026/kelly/', 'https://echo.example/posts/2026/kelly-zh/']) {
      expect(urlOf(loc)).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://echo.example/posts/2026/kelly/"/>');
      expect(urlOf(loc)).toContain('<xhtml:link rel="alternate" hreflang="zh-CN" href="https://echo.example/posts/2026/kelly-zh/"/>');
    }
    expect(urlOf('https://echo.example/posts/2026/issue-407/')).not.toContain('xhtml:link');
    expect(sitemapXml(sitemapEntries(siteWith([])), new URL('https://echo.example'))).not.toContain('xmlns:xhtml');
  });
});
