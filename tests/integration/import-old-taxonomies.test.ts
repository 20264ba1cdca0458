/**
 * A blog moved with `import` keeps its old tag and category page addresses: an AstroPaper blog's
 * /tags/reinforcement-learning/ (ours is /tags/reinforcementlearning/), a WordPress blog's
 * /tag/<slug>/ and /category/<slug>/, Hexo's and Hugo's /categories/<x>/ answered 404 after the
 * move. The import records each in planner.json (`portfolio.taxonomyAliases`) and says how many
 * in one line; the build writes a page at each leading to the tag's or pillar's page.
 */
import { readFile, rm } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { PROJECT, runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const copy = tempRootsPerTest();
const siteOf = sourceFoldersPerTest('site');
const post = (front: string) => `---\n${front}---\n\nText.\n`;
const taxonomyAliases = (root: string) => (JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8')) as { portfolio?: { taxonomyAliases?: unknown } }).portfolio?.taxonomyAliases;
const taxonomyLines = (stderr: string) => stderr.split('\n').filter((l) => /tag and category pages|tag, category and list pages|标签和分类页面|标签、分类和列表页面/.test(l));

describe('import keeps the old tag and category page addresses', () => {
  test("an AstroPaper site's kebab-cased tag pages go into planner.json, said in one line; a draft's tags and the same address are not added, a re-run adds none twice", () => {
    const site = siteOf({
      'astro.config.mjs': 'export default {};\n',
      'src/data/blog/rl.md': post('title: RL\npubDatetime: 2024-01-02T00:00:00Z\ntags: [ReinforcementLearning, python]\n'),
      'src/data/blog/wip.md': post('title: WIP\npubDatetime: 2024-02-02T00:00:00Z\ndraft: true\ntags: [WorkInProgress]\n'),
    });
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    // AstroPaper's list of posts (/posts/, four a page) and its archives lead to the archive here.
    expect(taxonomyAliases(root)).toEqual([{ path: '/tags/reinforcement-learning/', tag: 'ReinforcementLearning' }, { path: '/posts/', list: 'posts' }, { path: '/archives/', list: 'posts' }]);
    expect(taxonomyLines(stderr)).toEqual([
      "throughline: the old site's tag, category and list pages: 3 addresses are kept: the build writes a page at each that leads to its tag's or pillar's page here (portfolio.taxonomyAliases in content/planner.json); 2 of them listed posts (archives, a section's list, a home's later pages): they lead to the archive (/archive/); 1 is the same address here already",
    ]);
    expect(runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]).code).toBe(0);
    expect(taxonomyAliases(root)).toHaveLength(3);
  });

  test("a Hexo site's case-kept tag pages are left out once, said in Chinese under a Chinese locale; its categories' pages are kept", () => {
    const site = siteOf({
      '_config.yml': 'title: x\n',
      'package.json': '{"dependencies":{"hexo":"^7.0.0"}}',
      'source/_posts/a.md': post('title: A\ndate: 2024-01-02\ntags: [JavaScript]\ncategories: [前端, Vue 3]\n'),
    }, 'hexo');
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(code, stderr).toBe(0);
    expect(taxonomyAliases(root)).toEqual([
      { path: '/categories/前端/', tag: '前端' },
      { path: '/categories/前端/Vue-3/', tag: 'Vue 3' },
    ]);
    expect(taxonomyLines(stderr)).toEqual([expect.stringContaining('旧网站的标签和分类页面：保留了 2 个地址：构建会在每个地址写一个页面，转到这里对应的标签或支柱页面（content/planner.json 的 portfolio.taxonomyAliases）；1 个与这里的页面只有大小写不同（/tags/JavaScript/）')]);
  });

  test("a Hugo site's category pages go to the pillar --pillar-map makes of them; a dry run writes nothing", () => {
    const site = siteOf({ 'hugo.toml': 'title = "x"\n', 'content/posts/first.md': post('title: First\ndate: 2023-04-02\ntags: [Go]\ncategories: [Recipes]\n') });
    const root = copy();
    const dry = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW, '--pillar-map', 'Recipes=recipes', '--dry-run']);
    expect(taxonomyLines(dry.stderr)[0]).toContain('not written in a dry run');
    expect(taxonomyAliases(root)).toBeUndefined();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW, '--pillar-map', 'Recipes=recipes']);
    expect(code, stderr).toBe(0);
    // Hugo wrote a redirect at page 1 of each paged list too (/categories/recipes/page/1/), and
    // listed every category at /categories/, which leads to the list of tags here (its /tags/ is
    // ours); the posts section's list (/posts/) and the home's pages lead to the archive.
    expect(taxonomyAliases(root)).toEqual([
      { path: '/categories/recipes/', pillar: 'recipes' },
      { path: '/categories/', list: 'tags' },
      { path: '/posts/', list: 'posts' },
      { path: '/tags/go/page/1/', tag: 'Go' },
      { path: '/categories/recipes/page/1/', pillar: 'recipes' },
      { path: '/page/1/', list: 'posts' },
      { path: '/posts/page/1/', list: 'posts' },
    ]);
  });

  test("a Jekyll site's jekyll-archives pages (its config enabling them) and hand-written tag pages go into planner.json, the latter only for a published post's tag", () => {
    const tagPage = (tag: string) => `---\nlayout: tagpage\ntag: ${tag}\n---\n`;
    const site = siteOf({
      '_config.yml': 'baseurl: /blog\nplugins: [jekyll-archives]\njekyll-archives:\n  enabled: [categories, year]\n',
      'tag/attention.md': tagPage('attention'),
      'tag/wip.md': tagPage('wip'),
      '_posts/2018-06-24-attention.md': post('title: Attention\ntags: architecture attention\ncategories: [Deep Learning]\n'),
      '_posts/2019-01-02-wip.md': post('title: WIP\npublished: false\ntags: wip\n'),
    });
    const root = copy();
    const { code, stderr } = runCli(['import', join(site, '_posts'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(taxonomyAliases(root)).toEqual([
      { path: '/blog/category/deep-learning/', tag: 'Deep Learning' },
      { path: '/blog/tag/attention.html', tag: 'attention' },
      { path: '/blog/', list: 'home' },
      { path: '/blog/2018/', list: 'posts' },
    ]);
  });

  test('an address the build writes another page at stops check with exit 2, naming planner.json and the field', () => {
    const root = copy();
    const file = join(root, 'content/planner.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n}\s*$/, `,\n  "portfolio": { "taxonomyAliases": [{ "path": "/archive/", "tag": "Go" }] }\n}\n`));
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(2);
    expect(stderr).toContain("content/planner.json: portfolio.taxonomyAliases[0].path: /archive/ is the site's own /archive/ page: the build writes it already");
  });
});

describe('a Hexo site served from a folder, with paged tag lists, imported then built', () => {
  let root: string | undefined;
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  // Its /blog/tags/Rust-Lang/page/2/ and the /blog/ of every old address answered 404 after the move.
  test("writes a page at each old address under root, the tag's later pages by per_page included, each leading to the tag's page here", async () => {
    const posts = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`source/_posts/p${n}.md`, post(`title: P${n}\ndate: 2024-01-0${n}\ntags: [Rust Lang]\n${n === 1 ? 'categories: [Systems]\n' : ''}`)]));
    const site = siteOf({ '_config.yml': 'url: https://mei.dev/blog\nroot: /blog/\nper_page: 2\n', 'package.json': '{"dependencies":{"hexo":"^7.0.0"}}', ...posts }, 'hexo');
    root = await makeRoot('tl-old-taxonomies-hexo-');
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const kept = (taxonomyAliases(root) as { path: string }[]).map((a) => a.path);
    // Five posts, two a page: pages 2 and 3, none past them; the category fits one page.
    expect(kept.filter((p) => p.startsWith('/blog/'))).toEqual(['/blog/tags/Rust-Lang/', '/blog/categories/Systems/', '/blog/tags/Rust-Lang/page/2/', '/blog/tags/Rust-Lang/page/3/']);
    const { outDir } = await buildPortfolio(root);
    const page = (path: string) => readFile(join(outDir, path), 'utf8');
    for (const old of ['blog/tags/Rust-Lang/index.html', 'blog/tags/Rust-Lang/page/2/index.html', 'blog/tags/Rust-Lang/page/3/index.html']) expect(await page(old)).toContain('<meta http-equiv="refresh" content="0; url=/tags/rust-lang/">');
    expect(await page('blog/categories/Systems/index.html')).toContain('<meta http-equiv="refresh" content="0; url=/tags/systems/">');
    // The posts' own old addresses are under root too.
    expect(await page('blog/2024/01/03/p3/index.html')).toContain('http-equiv="refresh"');
  }, 240_000);
});

describe('a Jekyll site with a baseurl and a Hugo site whose baseURL has a path, imported then built', () => {
  let root: string | undefined;
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  // A GitHub project page (baseurl: /blog) and a Hugo site at https://mei.github.io/project/ served
  // every page, feed and tag list under that folder: without it, each old address answered 404.
  test('writes a page at each old address under the folder, the posts, feeds, tag pages and lists of tags and categories', async () => {
    const jekyll = siteOf({ '_config.yml': 'url: https://mei.github.io\nbaseurl: /blog\npermalink: /:title/\nplugins: [jekyll-feed]\n', '_posts/2024-01-02-jam.md': post('title: Jam\n') }, 'jekyll');
    const hugo = siteOf({ 'hugo.toml': 'baseURL = "https://mei.github.io/project/"\n', 'content/posts/bread.md': post('title: Bread\ndate: 2024-02-03\ntags: [Sourdough]\ncategories: [Baking]\n') }, 'hugo');
    root = await makeRoot('tl-old-taxonomies-subpath-');
    for (const site of [jekyll, hugo]) {
      const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
      expect(code, stderr).toBe(0);
    }
    const planner = JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8')) as { portfolio: { feedAliases: { path: string }[] } };
    // After the fixture's own entries.
    expect(planner.portfolio.feedAliases.map((f) => f.path).filter((p) => /^\/(?:blog|project)\//.test(p))).toEqual(['/blog/feed.xml', '/project/index.xml', '/project/posts/index.xml']);
    expect((taxonomyAliases(root) as { path: string }[]).filter((a) => a.path.startsWith('/project/'))).toEqual([
      { path: '/project/tags/sourdough/', tag: 'Sourdough' },
      { path: '/project/categories/baking/', tag: 'Baking' },
      { path: '/project/tags/', list: 'tags' },
      { path: '/project/categories/', list: 'tags' },
      { path: '/project/', list: 'home' },
      { path: '/project/posts/', list: 'posts' },
      { path: '/project/tags/sourdough/page/1/', tag: 'Sourdough' },
      { path: '/project/categories/baking/page/1/', tag: 'Baking' },
      { path: '/project/page/1/', list: 'posts' },
      { path: '/project/posts/page/1/', list: 'posts' },
    ]);
    expect(taxonomyAliases(root)).toContainEqual({ path: '/blog/', list: 'home' });
    const { outDir } = await buildPortfolio(root);
    const page = (path: string) => readFile(join(outDir, path), 'utf8');
    const leadsTo = (to: string) => `<meta http-equiv="refresh" content="0; url=${to}">`;
    expect(await page('blog/jam/index.html')).toContain(leadsTo('/posts/2024/jam/'));
    expect(await page('project/posts/bread/index.html')).toContain(leadsTo('/posts/2024/bread/'));
    expect(await page('project/tags/sourdough/index.html')).toContain(leadsTo('/tags/sourdough/'));
    expect(await page('project/categories/baking/page/1/index.html')).toContain(leadsTo('/tags/baking/'));
    for (const list of ['project/tags/index.html', 'project/categories/index.html']) expect(await page(list)).toContain(leadsTo('/tags/'));
    // The old homes (the most linked address of a blog) lead home; the section's list to the archive.
    for (const home of ['blog/index.html', 'project/index.html']) expect(await page(home)).toContain(leadsTo('/'));
    for (const list of ['project/posts/index.html', 'project/page/1/index.html']) expect(await page(list)).toContain(leadsTo('/archive/'));
    for (const feed of ['blog/feed.xml', 'project/index.xml', 'project/posts/index.xml']) expect(await page(feed)).toMatch(/^<\?xml/);
    expect(await page('_redirects')).toContain('/project/categories/ /tags/ 301');
    expect(await page('_redirects')).toMatch(/^\/project\/ \/ 301$/m);
    expect(await page('_redirects')).toMatch(/^\/project\/posts\/ \/archive\/ 301$/m);
  }, 240_000);
});

describe('a WordPress export imported, then built', () => {
  let root: string | undefined;
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  test("writes a page at the old /tag/<slug>/ leading to the tag's page, and at the old /category/<slug>/ leading to the pillar --pillar-map made of it", async () => {
    root = await makeRoot('tl-old-taxonomies-');
    const { code, stderr } = runCli(['import', join(PROJECT, 'tests/fixtures/feeds/wordpress-export.xml'), '--channel', 'blog', '--root', root, '--now', NOW, '--pillar-map', 'Recipes=bread']);
    expect(code, stderr).toBe(0);
    // After the fixture's own entries.
    expect((taxonomyAliases(root) as unknown[]).slice(-2)).toEqual([{ path: '/category/recipes/', pillar: 'bread' }, { path: '/tag/noodles/', tag: 'noodles' }]);
    const { outDir } = await buildPortfolio(root);
    const page = (path: string) => readFile(join(outDir, path), 'utf8');
    expect(await page('tag/noodles/index.html')).toContain('<meta http-equiv="refresh" content="0; url=/tags/noodles/">');
    expect(await page('tag/noodles/index.html')).toContain('<link rel="canonical" href="https://example.com/tags/noodles/">');
    expect(await page('category/recipes/index.html')).toContain('<meta http-equiv="refresh" content="0; url=/pillars/bread/">');
    expect(await page('tags/noodles/index.html')).not.toContain('http-equiv="refresh"');
  }, 240_000);
});
