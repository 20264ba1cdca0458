/** The old address of a moved post (issue 18): given only where the source tells it. */
import { describe, expect, test } from 'vitest';
import { oldAddressOf, oldUrlOf } from '../../src/core/moved-posts/old-url.ts';

describe('oldUrlOf', () => {
  test.each([
    ['an AstroPaper post in a plain folder', { path: 'Guides/Setup Notes.md', raw: { pubDatetime: '2024-01-01' } }, '/posts/guides/setup-notes/'],
    ['an AstroPaper post in a folder whose name AstroPaper slugs otherwise', { path: 'My Guides/a.md', raw: { pubDatetime: '2024-01-01' } }, undefined],
    ['an AstroPaper post of a whole project imported (src/data/blog/ is not in its address)', { path: 'src/data/blog/2025/a.md', raw: { pubDatetime: '2025-03-01' } }, '/posts/2025/a/'],
    ['a Fuwari post of a whole project imported (src/content/posts/ is not in its address)', { path: 'src/content/posts/guide/index.md', raw: { published: new Date('2024-01-01') } }, '/posts/guide/'],
    ["an AstroPaper post's slug with folders: its last segment", { path: 'a.md', raw: { pubDatetime: '2024-01-01', slug: 'series/part-1' } }, '/posts/part-1/'],
    ['a Fuwari post with punctuation in its name', { path: "What's new, 2024.md", raw: { published: new Date('2024-01-01') } }, '/posts/whats-new-2024/'],
    ['a Fuwari post whose published is a flag (Jekyll), not a date', { path: 'a.md', raw: { published: true } }, undefined],
    ["a post of Astro's blog template (pubDate): /blog/<entry id>/", { path: 'src/content/blog/first-post.md', raw: { pubDate: 'Jul 08 2022' } }, '/blog/first-post/'],
    ["a post of Astro's blog template in a folder, with a capital and a space", { path: 'Notes/Using MDX.mdx', raw: { pubDate: '2024-01-01' } }, '/blog/notes/using-mdx/'],
    ["a post of Astro's blog template with its own slug", { path: 'a.md', raw: { pubDate: '2024-01-01', slug: 'hello/world' } }, '/blog/hello/world/'],
    ["a post of an Astro project whose pages serve its collection at /post/", { path: 'src/content/blog/a.md', raw: { pubDate: '2024-01-01' }, site: { generator: 'astro', routes: { blog: '/post' } } }, '/post/a/'],
    ["a post of the imported collection folder of an Astro project, served at the root", { path: 'sub/My Post.md', raw: { date: '2024-01-01' }, site: { generator: 'astro', routes: { notes: '' }, collection: 'notes' } }, '/sub/my-post/'],
    ['a post of an Astro project whose pages serve its collection by no route read', { path: 'a.md', raw: { pubDate: '2024-01-01' }, site: { generator: 'astro', routes: { other: '/x' }, collection: 'blog' } }, undefined],
    ["an AstroPaper post in an Astro project: AstroPaper's own address", { path: 'src/data/blog/a.md', raw: { pubDatetime: '2024-01-01' }, site: { generator: 'astro', routes: {} } }, '/posts/a/'],
    // baoduy/hbd.astro-paper (AstroPaper 5.5) kept v3's postSlug in 5 of its 38 posts; its pages and its own links used the file name.
    ["an AstroPaper post whose project's schema does not read its postSlug (v4 and later): its entry id", { path: 'src/data/blog/dotnet-04-aspire-local-env-tests.md', raw: { pubDatetime: '2024-08-22', postSlug: 'dotnet-04-aspire-local-env-and-testing' }, site: { generator: 'astro', routes: {}, postSlug: false } }, '/posts/dotnet-04-aspire-local-env-tests/'],
    ["an AstroPaper post whose project's schema reads postSlug (v2, v3): its postSlug", { path: 'src/content/blog/a.md', raw: { pubDatetime: '2022-06-01', postSlug: 'old-v3-post' }, site: { generator: 'astro', routes: {}, postSlug: true } }, '/posts/old-v3-post/'],
    ['an AstroPaper post with a postSlug and no project read: its postSlug, as v3 served it', { path: 'a.md', raw: { pubDatetime: '2022-06-01', postSlug: 'old-v3-post' } }, '/posts/old-v3-post/'],
    ['a post of no known theme', { path: 'a.md', raw: { date: '2024-01-01' } }, undefined],
    ['a Hexo post with a placeholder not read here', { path: 'a.md', raw: {}, date: '2024-01-02', site: { generator: 'hexo', permalink: ':hash/:title/' } }, undefined],
    ['a Hexo post without a date', { path: 'a.md', raw: {}, site: { generator: 'hexo' } }, undefined],
    ['a Hexo post of a site served from a folder (root: /blog/), under it', { path: 'a.md', raw: {}, date: '2024-01-02', site: { generator: 'hexo', root: '/blog' } }, '/blog/2024/01/02/a/'],
    ['a Jekyll post of a site served from a folder (baseurl: /blog), under it', { path: '2024-01-02-a.md', raw: {}, date: '2024-01-02', jekyllName: 'a', site: { generator: 'jekyll', root: '/blog' } }, '/blog/2024/01/02/a.html'],
    ['a Hugo post of a site whose baseURL has a path (https://x.github.io/project/), under it', { path: 'posts/a.md', raw: {}, site: { generator: 'hugo', root: '/project' } }, '/project/posts/a/'],
    ["a Hugo post's own url of such a site, under it too (Hugo reads it from the baseURL's path)", { path: 'posts/a.md', raw: { url: '/about-me/' }, site: { generator: 'hugo', root: '/project' } }, '/project/about-me/'],
    ["a post of an Astro project with base: '/blog', under it", { path: 'src/content/blog/a.md', raw: { pubDate: '2024-01-01' }, site: { generator: 'astro', routes: { blog: '/post' }, root: '/blog' } }, '/blog/post/a/'],
    ['a Hexo post with i_month and i_day', { path: 'a.md', raw: {}, date: '2024-01-02 10:00:00', site: { generator: 'hexo', permalink: ':year/:i_month/:i_day/:name.html' } }, '/2024/1/2/a.html'],
    ['a Jekyll post without categories', { path: '2024-01-02-a.md', raw: {}, date: '2024-01-02', jekyllName: 'a', site: { generator: 'jekyll' } }, '/2024/01/02/a.html'],
    ["a Jekyll post whose slug names it", { path: '2024-01-02-a.md', raw: { slug: 'b', categories: ['News'] }, date: '2024-01-02', jekyllName: 'a', site: { generator: 'jekyll', permalink: '/:categories/:title/' } }, '/news/b/'],
    ['a Hexo post whose file name has a space: percent-encoded, as Hexo serves it', { path: 'coding/spark/Spark AQE.md', raw: {}, date: '2022-04-01 10:00:00', site: { generator: 'hexo' } }, '/2022/04/01/coding/spark/Spark%20AQE/'],
    ['a Hexo post with a Chinese file name with a space and punctuation', { path: '微信、支付宝小程序 二码合一.md', raw: {}, date: '2022-04-01', site: { generator: 'hexo' } }, '/2022/04/01/微信、支付宝小程序%20二码合一/'],
    ['a Hexo post with parentheses and a comma', { path: 'SeaTunnel源码解析-(一)API, web3.md', raw: {}, date: '2022-04-01', site: { generator: 'hexo' } }, '/2022/04/01/SeaTunnel源码解析-(一)API,%20web3/'],
    ['a Hexo post whose name has a "#": no alias can serve it', { path: 'C# notes.md', raw: {}, date: '2022-04-01', site: { generator: 'hexo' } }, undefined],
    ['a Jekyll post whose permalink is a full address', { path: 'a.md', raw: { permalink: 'https://old.example/a/' }, site: { generator: 'jekyll' } }, undefined],
  ] as const)('%s', (_name, post, url) => {
    expect(oldUrlOf(post as Parameters<typeof oldUrlOf>[0])).toBe(url);
  });

  // Each address is one `jekyll build` 4.3.1 wrote for a collection document (jekyllrb.com/docs/permalinks/#collections):
  // the default `/:collection/:path` takes the suffix of the site's style (Utils.add_permalink_suffix).
  const beta = { label: 'beta', listed: true, output: true };
  test.each([
    ['the default under `pretty`', 'sub/deep.md', {}, { permalink: 'pretty', collection: beta }, '/beta/sub/deep/'],
    ['the default under `none`', 'Café Bar.md', {}, { permalink: 'none', collection: beta }, '/beta/Café%20Bar.html'],
    ['the default under a pattern without a suffix', 'b-one.md', {}, { permalink: '/:year/:title', collection: beta }, '/beta/b-one'],
    ['the default keeps a date in the name', '2020-01-02-dated.md', {}, { collection: beta }, '/beta/2020-01-02-dated.html'],
    ['the default, a folder imported from in the collection', 'deep.md', {}, { within: 'sub', collection: beta }, '/beta/sub/deep.html'],
    ["the collection's permalink with :title, :slug and :name", 'sub/Two Words.md', {}, { collection: { ...beta, label: 'alpha', permalink: '/:collection/:title/:slug/:name' } }, '/alpha/Two-Words/two-words/two-words'],
    ["the document's own permalink", 'a.md', { permalink: '/own/' }, { collection: beta }, '/own/'],
    ['a collection without output: no page', 'a.md', {}, { collection: { ...beta, output: false } }, undefined],
  ] as const)('a Jekyll collection document: %s', (_name, path, raw, site, url) => {
    const name = path.split('/').pop()!.replace(/\.md$/, '');
    expect(oldUrlOf({ path, raw, jekyllName: name.replace(/^\d{4}-\d{2}-\d{2}-/, ''), site: { generator: 'jekyll', ...site } })).toBe(url);
  });

  test("a collection document without a date under a permalink with the date: its address is not known (Jekyll's build time), and said", () => {
    const site = { generator: 'jekyll' as const, collection: { label: 'notes', listed: true, output: true, permalink: '/:collection/:year/:name/' } };
    expect(oldAddressOf({ path: 'a.md', raw: {}, jekyllName: 'a', site })).toEqual({ unread: [':year'] });
    expect(oldAddressOf({ path: 'a.md', raw: {}, date: '2024-05-06', jekyllName: 'a', site })).toEqual({ url: '/notes/2024/a/' });
  });

  test('an old address no alias can hold is told, not dropped in silence', () => {
    expect(oldAddressOf({ path: 'C# notes.md', raw: {}, date: '2022-04-01', site: { generator: 'hexo' } })).toEqual({ unservable: '/2022/04/01/C%23%20notes/' });
    expect(oldAddressOf({ path: 'a.md', raw: {}, date: '2022-04-01', site: { generator: 'hexo' } })).toEqual({ url: '/2022/04/01/a/' });
    expect(oldAddressOf({ path: 'a.md', raw: { date: '2024-01-01' } })).toBeUndefined();
  });

  // Each address below is the path Hexo 7.3 gives the same post (hexo.locals posts' `path`).
  // Before, :category and :post_title were not read: such a site's posts got no old address.
  test.each([
    ['a category path, a title slugized and lower-cased', { categories: ['Golang', '并发 编程'], title: 'Café & Bar! 入门' }, ':category/:post_title/', '/Golang/并发-编程/cafe-bar-入门/'],
    ['one category as a string', { categories: 'Web Dev', title: 'Hello World' }, ':category/:post_title/', '/Web-Dev/hello-world/'],
    ['no category: the default', { title: 'Ünïcode—Dash\'s' }, ':category/:post_title/', '/uncategorized/unicode—dash-s/'],
    ['several category lists: the last one, with its parents', { categories: [['Java'], ['Linux', 'Shell']], title: 'Java и Linux' }, ':category/:post_title/', '/Linux/Shell/java-и-linux/'],
    ['a "#" in a category name', { categories: ['C#'], title: 'C# 笔记' }, ':category/:post_title/', '/C/c-笔记/'],
  ] as const)('a Hexo post as Hexo 7.3 addresses it: %s', (_name, raw, permalink, url) => {
    expect(oldUrlOf({ path: 'a.md', raw, date: '2022-04-01 10:00:00', site: { generator: 'hexo', permalink } } as Parameters<typeof oldUrlOf>[0])).toBe(url);
  });

  test("Hexo's category_map, filename_case and default_category", () => {
    const hexoCategories = { fallback: '未分类', map: { '并发 编程': 'concurrency' }, filenameCase: 1 as const };
    const at = (raw: Record<string, unknown>) => oldUrlOf({ path: 'a.md', raw, date: '2022-04-01', site: { generator: 'hexo', permalink: ':category/:title/', hexoCategories } });
    expect([at({ categories: ['Golang', '并发 编程'] }), at({ categories: 'Web Dev' }), at({})]).toEqual(['/golang/concurrency/a/', '/web-dev/a/', '/未分类/a/']);
  });

  test("hexo-abbrlink's :abbrlink is read from the post's frontmatter; a placeholder not read is named, not dropped in silence", () => {
    const hexo = (raw: Record<string, unknown>, permalink: string) => oldAddressOf({ path: 'a.md', raw, date: '2024-01-02', site: { generator: 'hexo', permalink } });
    expect(hexo({ abbrlink: 'f1b2c3d4' }, 'posts/:abbrlink/')).toEqual({ url: '/posts/f1b2c3d4/' });
    expect(hexo({ abbrlink: 1234 }, 'p/:abbrlink.html')).toEqual({ url: '/p/1234.html' });
    expect(hexo({}, 'posts/:abbrlink/')).toEqual({ unread: [':abbrlink'] });
    expect(hexo({}, ':id/:title/')).toEqual({ unread: [':id'] });
    // Without a date the post has no address to give, whatever the pattern.
    expect(oldAddressOf({ path: 'a.md', raw: {}, site: { generator: 'hexo', permalink: ':year/:category/' } })).toBeUndefined();
  });

  // Hugo (gohugo.io/content-management/urls/): paths as Hugo 0.123+ sanitizes them; the expected
  // addresses of real file names are those of a real Hugo blog's deployed pages.
  test.each([
    ['a page: its section path and file name, lower case', 'posts/My First Post.md', {}, {}, '/posts/my-first-post/'],
    ['a page bundle: its folder', 'posts/trip/index.md', {}, {}, '/posts/trip/'],
    ['its slug for the last part', 'post/swap-setup.md', { slug: 'fb3691c9-7d5a' }, {}, '/post/fb3691c9-7d5a/'],
    ['its own url', 'posts/a.md', { url: '/old/a.html' }, {}, '/old/a.html'],
    ['a dash and a space: one - each', 'coding/leetcode/二叉搜索树的第K大节点- LeetCode54.md', {}, {}, '/coding/leetcode/二叉搜索树的第k大节点--leetcode54/'],
    ['brackets dropped', 'publish/flink/Flink学习(一).md', {}, {}, '/publish/flink/flink学习一/'],
    ['the section\'s permalinks pattern', 'notes/n1.md', { title: 'Note One!' }, { permalinks: { notes: '/:year/:month/:slug/' } }, '/2023/05/note-one/'],
    [':filename and :sections', 'notes/deep/n1.md', {}, { permalinks: { notes: '/:sections/:filename/' } }, '/notes/deep/n1/'],
    ['uglyURLs', 'posts/a.md', {}, { ugly: true }, '/posts/a.html'],
    ['disablePathToLower', 'posts/My Post.md', {}, { keepCase: true }, '/posts/My-Post/'],
    ['a draft: never served', 'posts/a.md', { draft: true }, {}, undefined],
    ['a draft written as text (draft: "true"): never served', 'posts/a.md', { draft: 'true' }, {}, undefined],
    ['the imported folder inside content/', 'a.md', {}, { within: 'posts' }, '/posts/a/'],
  ] as const)('a Hugo page: %s', (_name, path, raw, site, url) => {
    expect(oldUrlOf({ path, raw, date: '2023-05-06', site: { generator: 'hugo', ...site } } as Parameters<typeof oldUrlOf>[0])).toBe(url);
  });

  // Hugo fills :year and :month from the page's date (.Date: date, then publishDate), not from the
  // publishDate the post goes public at, which the reader takes as its publication date.
  test("a Hugo page's :year and :month come from its date, else its publishDate", () => {
    const site = { generator: 'hugo', permalinks: { notes: '/:year/:month/:slug/' } } as const;
    expect(oldUrlOf({ path: 'notes/n1.md', raw: { title: 'Note One', date: '2023-05-06', publishDate: '2023-07-01' }, date: '2023-07-01', site })).toBe('/2023/05/note-one/');
    expect(oldUrlOf({ path: 'notes/n1.md', raw: { title: 'Note One', publishDate: '2023-07-01' }, date: '2023-07-01', site })).toBe('/2023/07/note-one/');
  });

  test('a Hugo token not read here is named', () => {
    expect(oldAddressOf({ path: 'posts/a.md', raw: {}, date: '2023-05-06', site: { generator: 'hugo', permalinks: { posts: '/:weekdayname/:slug/' } } })).toEqual({ unread: [':weekdayname', ':slug'] });
  });

  // Jekyll's UrlDrop: :title is the slug in "pretty" mode keeping case, :slug in "default" mode
  // (lower case), :name the whole file name in "default" mode (jekyll/utils.rb slugify).
  test.each([
    ['a file name with spaces', '2020-01-02-My Post.md', 'My Post', {}, '/:year/:month/:day/:title.html', '/2020/01/02/My-Post.html'],
    ['punctuation pretty mode keeps', '2020-01-03-Café & Bar!.md', 'Café & Bar!', {}, '/:year/:month/:day/:title.html', '/2020/01/03/Café-&-Bar!.html'],
    ['a Chinese name with a space', '2020-01-04-我的 文章.md', '我的 文章', {}, '/:title/', '/我的-文章/'],
    ['trailing dots', '2020-01-05-what next....md', 'what next...', {}, '/:title/', '/what-next/'],
    [':slug, lower case and no punctuation', '2020-01-06-Café & Bar!.md', 'Café & Bar!', {}, '/:slug/', '/café-bar/'],
    [':name, the whole file name', '2020-01-07-My Post.md', 'My Post', {}, '/:name/', '/2020-01-07-my-post/'],
    ['a slug in the frontmatter', '2020-01-08-a.md', 'a', { slug: 'Hello World' }, '/:title/', '/Hello-World/'],
    ['a category with a space, percent-encoded as a host serves it', '2020-01-09-a.md', 'a', { categories: ['Web Dev'] }, '/:categories/:title/', '/web%20dev/a/'],
  ] as const)('a Jekyll post: %s', (_name, path, jekyllName, raw, permalink, url) => {
    expect(oldUrlOf({ path, raw, date: `2020-01-0${path[9]}`, jekyllName, site: { generator: 'jekyll', permalink } } as Parameters<typeof oldUrlOf>[0])).toBe(url);
  });

  // Each address below is the file Debian's jekyll 4.3.1 wrote for the same post (`jekyll build`),
  // a space served percent-encoded. Before, `category: Web Dev` was read as two categories.
  test.each([
    ['category: one name, spaces and all', {}, { category: 'Web Dev' }, '/web%20dev/2023/01/01/a.html'],
    ['categories: a string of words', {}, { categories: 'jekyll update' }, '/jekyll/update/2023/01/01/a.html'],
    ['categories, then category', {}, { categories: ['Zeta', 'alpha'], category: 'Mid' }, '/zeta/alpha/mid/2023/01/01/a.html'],
    ['the folders above _posts first, each name once', { categories: ['blog'] }, { categories: ['Travel', 'Blog'] }, '/blog/travel/2023/01/01/a.html'],
    ['folders, categories, category', { categories: ['blog'] }, { category: 'Web Dev', categories: 'x y' }, '/blog/x/y/web%20dev/2023/01/01/a.html'],
    // The `ordinal` style's :y_day was never filled: such a site's posts got no old address.
    ['the ordinal style: the day of the year', { permalink: 'ordinal' }, {}, '/2023/001/a.html'],
  ] as const)('a Jekyll post as Jekyll 4.3 builds it: %s', (_name, site, raw, url) => {
    expect(oldUrlOf({ path: '2023-01-01-a.md', raw, date: '2023-01-01', jekyllName: 'a', site: { generator: 'jekyll', ...site } } as Parameters<typeof oldUrlOf>[0])).toBe(url);
  });

  test('the ordinal style counts the days of a leap year', () => {
    const at = (date: string) => oldUrlOf({ path: `${date}-a.md`, raw: {}, date, jekyllName: 'a', site: { generator: 'jekyll', permalink: 'ordinal' } } as Parameters<typeof oldUrlOf>[0]);
    expect([at('2024-03-01'), at('2024-12-31'), at('2023-12-31')]).toEqual(['/2024/061/a.html', '/2024/366/a.html', '/2023/365/a.html']);
  });
});
