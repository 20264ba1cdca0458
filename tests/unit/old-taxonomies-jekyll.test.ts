/**
 * core/old-taxonomies/jekyll.ts: a Jekyll site's tag and category pages (jekyll-archives's, where
 * its config enables them, and the ones a GitHub Pages site writes by hand, `tag/attention.md`),
 * which answered 404 after the move: what import keeps of them in `portfolio.taxonomyAliases`.
 */
import { describe, expect, test } from 'vitest';
import type { OldSite } from '../../src/core/moved-posts/old-url.ts';
import { oldTermsOf } from '../../src/core/old-taxonomies/generators.ts';
import { jekyllArchivesOf, jekyllSlug, jekyllTermPage } from '../../src/core/old-taxonomies/jekyll.ts';
import { taxonomiesToKeep } from '../../src/core/old-taxonomies/keep.ts';
import { withPages } from '../../src/core/old-taxonomies/pages.ts';
import { oldPostListsOf } from '../../src/core/old-taxonomies/post-lists.ts';

/** The aliases import keeps for the published posts `posts` (front matter, file name) of `site`. */
function kept(site: OldSite, posts: [Record<string, unknown>, string][]) {
  return taxonomiesToKeep(withPages(posts.flatMap(([raw, path]) => [...oldTermsOf(raw, site, path), ...oldPostListsOf(raw, site, path)]))).add;
}

describe('jekyllArchivesOf', () => {
  test('writes nothing without the plugin, without a jekyll-archives config, or with nothing enabled', () => {
    expect(jekyllArchivesOf({ 'jekyll-archives': { enabled: ['tags'] } }, false)).toBeUndefined();
    expect(jekyllArchivesOf({ plugins: ['jekyll-archives'] }, true)).toBeUndefined();
    expect(jekyllArchivesOf({ 'jekyll-archives': { layout: 'archive' } }, true)).toBeUndefined();
  });

  test('reads enabled (a list, true or "all"), the default permalinks merged with its own, and slug_mode', () => {
    expect(jekyllArchivesOf({ 'jekyll-archives': { enabled: ['tags', 'year'], permalinks: { tag: '/tags/:name.html' }, slug_mode: 'raw' } }, true)).toEqual({
      enabled: ['tags', 'year'],
      permalinks: { tag: '/tags/:name.html', category: '/category/:name/', year: '/:year/', month: '/:year/:month/', day: '/:year/:month/:day/' },
      slugMode: 'raw',
    });
    expect(jekyllArchivesOf({ 'jekyll-archives': { enabled: 'all' } }, true)?.enabled).toEqual(['tags', 'categories', 'year', 'month', 'day']);
    expect(jekyllArchivesOf({ 'jekyll-archives': { enabled: true } }, true)?.enabled).toHaveLength(5);
  });
});

describe('jekyllSlug, as Utils.slugify by slug_mode', () => {
  test.each([
    ['default', 'Machine Learning.js', 'machine-learning-js'],
    ['pretty', 'Machine Learning.js', 'machine-learning.js'],
    ['raw', 'Machine  Learning.js', 'machine-learning.js'],
    ['ascii', 'Café 机器', 'caf'],
    ['latin', 'Café Crème', 'cafe-creme'],
    ['none', 'Café Crème', 'café crème'],
    ['default', '机器学习', '机器学习'],
  ])('%s mode slugs "%s" as "%s"', (mode, name, slug) => {
    expect(jekyllSlug(name, mode)).toBe(slug);
  });
});

describe("a Jekyll post's tag, category and date pages", () => {
  const archives = jekyllArchivesOf({ 'jekyll-archives': { enabled: 'all' } }, true)!;

  test("jekyll-archives: /tag/<slug>/ and /category/<slug>/ of each name (a tags string is its words, folders above _posts are categories), and the post's year, month and day lists, under baseurl", () => {
    const site: OldSite = { generator: 'jekyll', root: '/blog', categories: ['notes'], archives };
    expect(kept(site, [[{ tags: 'Machine-Learning go', category: 'Web Dev' }, '2024-05-07-a.md'], [{ tags: ['go'], date: '2024-06-01 10:00:00' }, '2024-01-01-b.md']])).toEqual([
      { path: '/blog/tag/machine-learning/', tag: 'Machine-Learning' },
      { path: '/blog/tag/go/', tag: 'go' },
      { path: '/blog/category/notes/', tag: 'notes' },
      { path: '/blog/category/web-dev/', tag: 'Web Dev' },
      { path: '/blog/', list: 'home' },
      { path: '/blog/2024/', list: 'posts' },
      { path: '/blog/2024/05/', list: 'posts' },
      { path: '/blog/2024/05/07/', list: 'posts' },
      { path: '/blog/2024/06/', list: 'posts' },
      { path: '/blog/2024/06/01/', list: 'posts' },
    ]);
  });

  test('jekyll-archives: only the kinds enabled, at their own permalinks', () => {
    const own = jekyllArchivesOf({ 'jekyll-archives': { enabled: ['categories', 'month'], permalinks: { category: '/cat/:name.html', month: '/archive/:year-:month/' } } }, true)!;
    expect(kept({ generator: 'jekyll', archives: own }, [[{ tags: ['go'], categories: ['Rust'] }, '2024-05-07-a.md']])).toEqual([
      { path: '/cat/rust.html', tag: 'Rust' },
      { path: '/archive/2024-05/', list: 'posts' },
    ]);
  });

  test("the site's hand-written tag pages of the post's tags, as written; none for a tag no post has", () => {
    const site: OldSite = {
      generator: 'jekyll',
      root: '/lil-log',
      termPages: [
        { path: '/tag/attention.html', tag: 'attention', kind: 'tag' },
        { path: '/tag/robotics.html', tag: 'robotics', kind: 'tag' },
        { path: '/category/web/', tag: 'Web', kind: 'category' },
      ],
    };
    expect(oldTermsOf({ tags: 'architecture attention', categories: ['Web'] }, site, '2018-06-24-a.md')).toEqual([
      { path: '/lil-log/tag/attention.html', tag: 'attention', kind: 'tag' },
      { path: '/lil-log/category/web/', tag: 'Web', kind: 'category' },
    ]);
    expect(oldTermsOf({ tags: ['Attention'] }, site, 'a.md')).toEqual([]);
  });
});

describe('jekyllTermPage', () => {
  test('is none for a page that says published: false (Jekyll does not write it)', () => {
    expect(jekyllTermPage('tag/go.md', { layout: 'tagpage', tag: 'go', published: false })).toBeUndefined();
    expect(jekyllTermPage('tag/go.md', { layout: 'tagpage', tag: 'go', published: 'false' })).toBeUndefined();
    expect(jekyllTermPage('tag/go.md', { layout: 'tagpage', tag: 'go', published: true })).toEqual({ path: '/tag/go.html', tag: 'go', kind: 'tag' });
  });

  test("a page with one tag: whose name or layout says tag, at Jekyll's page address", () => {
    expect(jekyllTermPage('tag/attention.md', { layout: 'tagpage', tag: 'attention' })).toEqual({ path: '/tag/attention.html', tag: 'attention', kind: 'tag' });
    expect(jekyllTermPage('tag/attention.md', { layout: 'tagpage', tag: 'attention' }, 'pretty')).toEqual({ path: '/tag/attention/', tag: 'attention', kind: 'tag' });
    expect(jekyllTermPage('tag/attention.md', { layout: 'tagpage', tag: 'attention' }, '/:year/:title/')).toEqual({ path: '/tag/attention/', tag: 'attention', kind: 'tag' });
    expect(jekyllTermPage('tags/go/index.html', { layout: 'default', tag: 'go' })?.path).toBe('/tags/go/');
    expect(jekyllTermPage('topics/go.md', { layout: 'tag', tag: 'go', permalink: '/t/:basename/' })?.path).toBe('/t/go/');
    expect(jekyllTermPage('categories/web.md', { layout: 'category', category: 'Web' })).toEqual({ path: '/categories/web.html', tag: 'Web', kind: 'category' });
  });

  // Jekyll escapes the page's path and name in its address (URL.escape_path): `tag/machine
  // learning.md` is served at /tag/machine%20learning.html. Kept raw, a name with a space was no
  // path, and the page was left out of taxonomyAliases.
  test('escapes a file name a link would percent-encode, the permalink as written', () => {
    expect(jekyllTermPage('tag/c#.md', { layout: 'tagpage', tag: 'C#' })?.path).toBe('/tag/c%23.html');
    expect(jekyllTermPage('tag/machine learning.md', { layout: 'tagpage', tag: 'ML' }, 'pretty')?.path).toBe('/tag/machine%20learning/');
    expect(jekyllTermPage('my tags/go.md', { layout: 'tagpage', tag: 'go' })?.path).toBe('/my%20tags/go.html');
    expect(jekyllTermPage('tag/机器学习.md', { layout: 'tagpage', tag: '机器学习' })?.path).toBe('/tag/机器学习.html');
    expect(jekyllTermPage('tag/x.md', { layout: 'tagpage', tag: 'C#', permalink: '/tag/c%23/' })?.path).toBe('/tag/c%23/');
  });

  test('no page for a post list without a tag, a list of tags, or a page whose name and layout say neither', () => {
    expect(jekyllTermPage('tags.html', { layout: 'page', title: 'Tags' })).toBeUndefined();
    expect(jekyllTermPage('tag/a.md', { layout: 'tagpage', tag: ['a', 'b'] })).toBeUndefined();
    expect(jekyllTermPage('about.md', { layout: 'page', tag: 'me' })).toBeUndefined();
    expect(jekyllTermPage('heritage/stage-notes.md', { layout: 'vintage', tag: 'family' })).toBeUndefined();
  });
});
