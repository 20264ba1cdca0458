/**
 * core/old-feeds/address.ts and clashes.ts, and `portfolio.feedAliases` in planner.json: the old
 * feed addresses the build writes the site's feed at, and those it refuses (issue 18).
 */
import { describe, expect, test } from 'vitest';
import { feedAliasFile, feedAliasFormat, feedAliasProblem, type FeedAlias } from '../../src/core/old-feeds/address.ts';
import { findFeedAliasClashes } from '../../src/core/old-feeds/clashes.ts';
import { validatePlanner } from '../../src/core/planner-file.ts';
import type { PostFrontmatter } from '../../src/core/schema/post.ts';
import { errorOf } from './throughline-error.ts';

describe('feedAliasFile and feedAliasFormat', () => {
  test('writes a file path as it is and a folder path as its index.xml', () => {
    expect(feedAliasFile('/index.xml')).toBe('index.xml');
    expect(feedAliasFile('/feed/')).toBe('feed/index.xml');
    expect(feedAliasFile('/feed')).toBe('feed/index.xml');
    expect(feedAliasFile('/feed/atom/')).toBe('feed/atom/index.xml');
    expect(feedAliasFile('/%E5%8D%9A%E5%AE%A2/index.xml')).toBe('博客/index.xml');
  });

  test('takes the given format, else Atom for an atom file, JSON Feed for .json, else RSS', () => {
    expect(feedAliasFormat({ path: '/feed.xml', format: 'atom' })).toBe('atom');
    expect(feedAliasFormat({ path: '/atom.xml' })).toBe('atom');
    expect(feedAliasFormat({ path: '/feed/atom/' })).toBe('rss');
    expect(feedAliasFormat({ path: '/feed.json' })).toBe('json');
    expect(feedAliasFormat({ path: '/feed/' })).toBe('rss');
  });

  test('refuses a full address, a page and the home page', () => {
    expect(feedAliasProblem('/index.xml')).toBeUndefined();
    expect(feedAliasProblem('https://old.example/index.xml')).toContain('is a full address');
    expect(feedAliasProblem('/feed.html')).toContain('is a page, not a feed');
    expect(feedAliasProblem('/')).toContain('is a page, not a feed');
  });
});

describe('portfolio.feedAliases in planner.json', () => {
  const planner = (feedAliases: unknown) => ({
    version: 1,
    brand: { name: 'Mei', label: '', timezone: 'Asia/Shanghai', pillars: [{ id: 'bread', name: 'Bread' }] },
    portfolio: { feedAliases },
  });

  test('is optional and keeps what it is given', () => {
    expect(validatePlanner(planner([{ path: '/index.xml', format: 'rss' }, { path: '/feed/' }]), 'content/planner.json').portfolio?.feedAliases).toEqual([{ path: '/index.xml', format: 'rss' }, { path: '/feed/' }]);
  });

  test('refuses a bad path or format naming the file and the field, in English and Chinese', () => {
    const error = errorOf(() => validatePlanner(planner([{ path: '/index.xml' }, { path: '/feed.html' }]), 'content/planner.json'));
    expect(error.format('en')).toContain('portfolio.feedAliases[1].path');
    expect(error.format('en')).toContain('"/feed.html" is a page, not a feed');
    expect(error.format('zh')).toContain('"/feed.html" 是网页，不是 feed');
    expect(errorOf(() => validatePlanner(planner([{ path: '/index.xml', format: 'rss2' }]), 'content/planner.json')).format('en')).toContain('portfolio.feedAliases[0].format');
  });
});

describe('findFeedAliasClashes', () => {
  const planner = (feedAliases: FeedAlias[]) =>
    validatePlanner({ version: 1, brand: { name: 'Mei', label: '', timezone: 'Asia/Shanghai', pillars: [{ id: 'bread', name: 'Bread' }] }, portfolio: { feedAliases } }, 'content/planner.json');
  const messages = (aliases: FeedAlias[], inPublic?: Set<string>) => findFeedAliasClashes(planner(aliases), [], inPublic).map((e) => e.format('en'));

  test("refuses the site's own feeds, pages and files, naming planner.json and the field", () => {
    expect(messages([{ path: '/atom.xml' }])).toEqual([
      "content/planner.json: portfolio.feedAliases[0].path: /atom.xml is the site's own Atom feed: the build writes it already\n  hint: remove this entry from portfolio.feedAliases in content/planner.json: readers subscribed there get the site's feed already",
    ]);
    expect(messages([{ path: '/index.xml' }, { path: '/Pillars/bread/rss.xml' }])[0]).toContain('portfolio.feedAliases[1].path: /Pillars/bread/rss.xml is the RSS feed of the pillar bread');
    expect(messages([{ path: '/sitemap.xml' }])[0]).toContain("is one of the site's own files");
    expect(messages([{ path: '/og/feed.xml' }])[0]).toContain('in /og/, whose files the site names itself');
  });

  test('refuses a file of public/ and the same file given twice', () => {
    expect(messages([{ path: '/feed.xml' }], new Set(['feed.xml']))[0]).toContain('/feed.xml is a file of your public/ folder');
    expect(messages([{ path: '/feed/' }, { path: '/feed' }])).toEqual([
      'content/planner.json: portfolio.feedAliases[1].path: /feed is the same file as /feed/, given before it\n  hint: remove one of the two from portfolio.feedAliases in content/planner.json',
    ]);
  });

  test("refuses a published post's page or alias whose .html ending is percent-encoded (the file a host looks up)", () => {
    const post = { id: '2026/a', file: 'content/posts/2026/a.md', data: { title: 'A', channel: 'blog', status: 'published', publishedAt: '2026-01-01', aliases: ['/old/a.html'] } as PostFrontmatter };
    const clashes = findFeedAliasClashes(planner([{ path: '/posts/2026/a/index.htm%6C' }, { path: '/old/a.htm%6c' }]), [post]).map((e) => e.format('en').split('\n')[0]);
    expect(clashes).toEqual([
      'content/planner.json: portfolio.feedAliases[0].path: /posts/2026/a/index.htm%6C is the page of content/posts/2026/a.md: the build writes it already',
      'content/planner.json: portfolio.feedAliases[1].path: /old/a.htm%6c is an alias of content/posts/2026/a.md: the build writes it already',
    ]);
  });

  test('says it in Chinese too', () => {
    expect(findFeedAliasClashes(planner([{ path: '/rss.xml' }]), [])[0]!.format('zh')).toContain('/rss.xml 是网站自己的 RSS feed：构建已经会写这个文件');
  });

  test('lets an old feed address the site writes nothing at through', () => {
    expect(messages([{ path: '/index.xml' }, { path: '/posts/index.xml' }, { path: '/feed/' }, { path: '/tags/go/index.xml' }])).toEqual([]);
  });
});
