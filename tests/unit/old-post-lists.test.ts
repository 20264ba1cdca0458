/**
 * core/old-taxonomies/post-lists.ts: the lists of posts of the site a blog moved from (its home
 * under a folder, its home's later pages, a Hugo section's list, Hexo's and AstroPaper's
 * archives), which answered 404 after the move though every theme links them from its menu; what
 * import keeps of them in `portfolio.taxonomyAliases`, and where the build's pages lead.
 */
import { describe, expect, test } from 'vitest';
import type { OldSite } from '../../src/core/moved-posts/old-url.ts';
import { taxonomyRedirects, taxonomyTarget } from '../../src/core/old-taxonomies/address.ts';
import { keptTaxonomiesNote, taxonomiesToKeep } from '../../src/core/old-taxonomies/keep.ts';
import { withPages } from '../../src/core/old-taxonomies/pages.ts';
import { oldPostListsOf, wordpressHome } from '../../src/core/old-taxonomies/post-lists.ts';
import { validatePlanner } from '../../src/core/planner-file.ts';
import { errorOf } from './throughline-error.ts';

/** The aliases import keeps for `n` published posts of `site`, each at `path` with front matter `raw`. */
function kept(site: OldSite | undefined, n: number, path = 'a.md', raw: Record<string, unknown> = {}) {
  const terms = Array.from({ length: n }, () => oldPostListsOf(raw, site, path)).flat();
  return taxonomiesToKeep(withPages(terms)).add;
}

describe('oldPostListsOf, as each generator lists posts', () => {
  test('Hugo: the home and the section of the post, paged by pagination (page 1 an alias too), under the site folder', () => {
    const site: OldSite = { generator: 'hugo', root: '/Blog', within: 'posts' };
    expect(kept(site, 11, 'go-modules.md')).toEqual([
      { path: '/Blog/', list: 'home' },
      { path: '/Blog/posts/', list: 'posts' },
      { path: '/Blog/page/1/', list: 'posts' },
      { path: '/Blog/page/2/', list: 'posts' },
      { path: '/Blog/posts/page/1/', list: 'posts' },
      { path: '/Blog/posts/page/2/', list: 'posts' },
    ]);
  });

  test("Hugo: a language's folder and its own prefix, a page bundle's section, the config's page size and path, no page 1 with disableAliases", () => {
    const site: OldSite = { generator: 'hugo', languageDirs: { en: '', zh: 'zh-cn' }, hugoPaging: { perPage: 5, dir: 'p', noFirst: true } };
    expect(kept(site, 6, 'zh/Notes/gc/index.md')).toEqual([
      { path: '/zh-cn/', list: 'home' },
      { path: '/zh-cn/notes/', list: 'posts' },
      { path: '/zh-cn/p/2/', list: 'posts' },
      { path: '/zh-cn/notes/p/2/', list: 'posts' },
    ]);
    // The default language at the root: its home is the home here; a page at content/'s top is in no section.
    expect(kept(site, 1, 'en/about.md')).toEqual([]);
  });

  test("Hugo: a bundle at content/'s top (about/index.md) is in no section; a section at one of this site's pages (search/) is that page here", () => {
    expect(kept({ generator: 'hugo', hugoPaging: { noFirst: true } }, 1, 'about/index.md')).toEqual([]);
    expect(kept({ generator: 'hugo', hugoPaging: { noFirst: true } }, 1, 'uses/index.en.md')).toEqual([]);
    expect(kept({ generator: 'hugo', hugoPaging: { noFirst: true } }, 1, 'search/notes.md')).toEqual([]);
    expect(kept({ generator: 'hugo', hugoPaging: { noFirst: true } }, 1, 'post/gc/index.md')).toEqual([{ path: '/post/', list: 'posts' }]);
  });

  test('Hugo: none with uglyURLs; the section keeps its case with disablePathToLower', () => {
    expect(oldPostListsOf({}, { generator: 'hugo', ugly: true }, 'posts/a.md')).toEqual([]);
    expect(kept({ generator: 'hugo', keepCase: true, hugoPaging: { noFirst: true } }, 1, 'Posts/a.md')).toEqual([{ path: '/Posts/', list: 'posts' }]);
    expect(kept({ generator: 'hugo', hugoPaging: { noFirst: true } }, 1, 'Posts/a.md')).toEqual([{ path: '/posts/', list: 'posts' }]);
  });

  test("Hexo: the home's later pages and the archive, by each generator's per_page and pagination_dir, under root", () => {
    expect(kept({ generator: 'hexo' }, 21)).toEqual([
      { path: '/archives/', list: 'posts' },
      { path: '/page/2/', list: 'posts' },
      { path: '/page/3/', list: 'posts' },
      { path: '/archives/page/2/', list: 'posts' },
      { path: '/archives/page/3/', list: 'posts' },
    ]);
    const site: OldSite = { generator: 'hexo', root: '/blog', hexoPostLists: { indexPerPage: 20, archiveDir: 'archive', archivePerPage: 0, paginationDir: 'p' } };
    expect(kept(site, 21)).toEqual([
      { path: '/blog/', list: 'home' },
      { path: '/blog/archive/', list: 'posts' },
      { path: '/blog/p/2/', list: 'posts' },
    ]);
  });

  test("Hexo: the archive's lists of the post's year and month, as written (a Date as YAML read it), paged too; none when archive_generator turns them off", () => {
    const site: OldSite = { generator: 'hexo', hexoPostLists: { index: false, archivePerPage: 2 } };
    const terms = [{ date: '2024-01-31 23:30:00' }, { date: new Date('2024-02-03T10:00:00Z') }, { date: '2024-2-9' }].flatMap((raw) => oldPostListsOf(raw, site, 'a.md'));
    expect(taxonomiesToKeep(withPages(terms)).add.map((a) => a.path)).toEqual(['/archives/', '/archives/2024/', '/archives/2024/01/', '/archives/2024/02/', '/archives/page/2/', '/archives/2024/page/2/']);
    expect(oldPostListsOf({ date: '2024-01-31' }, { generator: 'hexo', hexoPostLists: { index: false, monthly: false } }, 'a.md').map((t) => t.path)).toEqual(['/archives/', '/archives/2024/']);
    expect(oldPostListsOf({ date: '2024-01-31' }, { generator: 'hexo', hexoPostLists: { index: false, yearly: false } }, 'a.md').map((t) => t.path)).toEqual(['/archives/']);
  });

  test("Hexo: a generator the site's package.json leaves out wrote no list; index_generator.path moves the home's list", () => {
    expect(kept({ generator: 'hexo', hexoPostLists: { index: false, archive: false } }, 30)).toEqual([]);
    expect(kept({ generator: 'hexo', hexoPostLists: { indexPath: 'blog', archive: false } }, 11)).toEqual([
      { path: '/blog/', list: 'posts' },
      { path: '/blog/page/2/', list: 'posts' },
    ]);
  });

  test("Jekyll: the home under baseurl; jekyll-paginate's pages at paginate_path from page 2", () => {
    expect(kept({ generator: 'jekyll', root: '/lil-log' }, 3)).toEqual([{ path: '/lil-log/', list: 'home' }]);
    expect(kept({ generator: 'jekyll', jekyllPaging: { perPage: 5, path: '/page:num/' } }, 11)).toEqual([
      { path: '/page2/', list: 'posts' },
      { path: '/page3/', list: 'posts' },
    ]);
    expect(kept({ generator: 'jekyll', jekyllPaging: { perPage: 5, path: '/blog/page:num' } }, 6)).toEqual([
      { path: '/blog/', list: 'posts' },
      { path: '/blog/page2/', list: 'posts' },
    ]);
  });

  // jekyll-paginate pages the index.html nearest above paginate_path's folder: with the common
  // `/page/:num/` that is the home, /, not a list at /page/ (no such page), which got an alias.
  test("Jekyll: a paginate_path whose :num is a folder under page/ (/page/:num/) pages the list above it", () => {
    expect(kept({ generator: 'jekyll', jekyllPaging: { perPage: 5, path: '/page/:num/' } }, 11)).toEqual([
      { path: '/page/2/', list: 'posts' },
      { path: '/page/3/', list: 'posts' },
    ]);
    expect(kept({ generator: 'jekyll', jekyllPaging: { perPage: 5, path: 'blog/page/:num' } }, 6)).toEqual([
      { path: '/blog/', list: 'posts' },
      { path: '/blog/page/2/', list: 'posts' },
    ]);
    // A folder that is a page of the site (blog/index.html) is the list itself.
    expect(kept({ generator: 'jekyll', jekyllPaging: { perPage: 5, path: '/blog/:num/' } }, 6)).toEqual([
      { path: '/blog/', list: 'posts' },
      { path: '/blog/2/', list: 'posts' },
    ]);
  });

  test("AstroPaper (pubDatetime): /posts/ paged at /posts/2/ by its page size, and /archives/; another Astro site's posts none", () => {
    const raw = { pubDatetime: '2024-01-02T00:00:00Z' };
    expect(kept(undefined, 5, 'a.md', raw)).toEqual([
      { path: '/posts/', list: 'posts' },
      { path: '/archives/', list: 'posts' },
      { path: '/posts/2/', list: 'posts' },
    ]);
    expect(kept({ generator: 'astro', routes: {}, perPage: 10, root: '/site' }, 11, 'a.md', raw)).toEqual([
      { path: '/site/', list: 'home' },
      { path: '/site/posts/', list: 'posts' },
      { path: '/site/archives/', list: 'posts' },
      { path: '/site/posts/2/', list: 'posts' },
    ]);
    expect(oldPostListsOf({ pubDate: '2024-01-02' }, { generator: 'astro', routes: {} }, 'a.md')).toEqual([]);
  });

  test("Fuwari (published, a date): its home's later pages at /2/, eight a page; the Astro blog template's /blog/", () => {
    expect(kept(undefined, 17, 'a.md', { published: '2024-01-02' })).toEqual([
      { path: '/2/', list: 'posts' },
      { path: '/3/', list: 'posts' },
    ]);
    expect(kept(undefined, 3, 'a.md', { published: true })).toEqual([]);
    expect(kept(undefined, 3, 'a.md', { pubDate: '2024-01-02' })).toEqual([{ path: '/blog/', list: 'posts' }]);
  });
});

describe("a WordPress export's home", () => {
  test('its later pages at /page/2/, ten a page, under the blog\'s folder, whose home leads home', () => {
    const terms = (blogPath: string, n: number) => taxonomiesToKeep(withPages(Array.from({ length: n }, () => wordpressHome(blogPath)))).add;
    expect(terms('', 21)).toEqual([{ path: '/page/2/', list: 'posts' }, { path: '/page/3/', list: 'posts' }]);
    expect(terms('/blog/', 11)).toEqual([{ path: '/blog/', list: 'home' }, { path: '/blog/page/2/', list: 'posts' }]);
  });
});

describe('where an old list leads, and what import says', () => {
  test('"posts" leads to the archive, "home" to the home page; the archive of the same address needs no page', () => {
    expect(taxonomyTarget({ path: '/archives/', list: 'posts' })).toBe('/archive/');
    expect(taxonomyTarget({ path: '/blog/', list: 'home' })).toBe('/');
    expect(taxonomyRedirects([{ path: '/archives/', list: 'posts' }, { path: '/blog/', list: 'home' }, { path: '/archive/', list: 'posts' }], new Set())).toEqual([
      { file: 'archives/index.html', to: '/archive/', name: 'posts' },
      { file: 'blog/index.html', to: '/', name: 'home' },
    ]);
    expect(taxonomiesToKeep([{ path: '/archive/', tag: '', kind: 'posts' }]).same).toBe(1);
  });

  test("the import's line names the archive and the old home, in English and Chinese", () => {
    const note = keptTaxonomiesNote(taxonomiesToKeep(withPages(Array.from({ length: 11 }, () => oldPostListsOf({}, { generator: 'hexo', root: '/blog' }, 'a.md')).flat())), false)!;
    expect(note.en).toContain('3 of them listed posts (archives, a section\'s list, a home\'s later pages): they lead to the archive (/archive/)');
    expect(note.en).toContain('the old home page (/blog/) leads to the home page here');
    expect(note.zh).toContain('旧首页（/blog/）转到这里的首页');
  });

  test('planner.json reads "list": "posts" and "home", and names the three lists for anything else', () => {
    const planner = (list: string) => ({ version: 1, brand: { name: 'Mei', label: '', timezone: 'Asia/Shanghai', pillars: [{ id: 'bread', name: 'Bread' }] }, portfolio: { taxonomyAliases: [{ path: '/archives/', list }] } });
    const read = (list: string) => validatePlanner(planner(list), 'content/planner.json').portfolio?.taxonomyAliases;
    expect(read('posts')).toEqual([{ path: '/archives/', list: 'posts' }]);
    expect(read('home')).toEqual([{ path: '/archives/', list: 'home' }]);
    expect(errorOf(() => read('archive')).format('en')).toContain('portfolio.taxonomyAliases[0].list: expected "tags"');
  });
});
