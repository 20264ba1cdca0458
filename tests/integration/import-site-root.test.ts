/**
 * `import SITE`: a site's root folder (the one holding Jekyll's or Hexo's _config.yml, Hugo's
 * hugo.toml) is read as the generator reads its posts, and the posts keep their old addresses
 * wherever the import starts. A trial on a real Jekyll blog (ElisParry/elisparry.github.io)
 * brought its 14 `_pages/*.md` (about, contact…) in as drafts beside the posts, and gave no alias
 * when the import started at the root or at `_posts/2024`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();
/** A site folder `name` under a fresh temp folder holding `files` (path -> text). */
const siteOf = sourceFoldersPerTest('site');

/** The posts an import wrote, as it lists them on stdout (`2024/a.md`), sorted. */
const written = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('content/posts/')).map((l) => l.slice('content/posts/'.length)).sort();
const aliasesOf = (root: string, file: string) => /^aliases: (.*)$/m.exec(readFileSync(join(root, 'content/posts', file), 'utf8'))?.[1] ?? null;
const statusOf = (root: string, file: string) => /^status: (.*)$/m.exec(readFileSync(join(root, 'content/posts', file), 'utf8'))?.[1] ?? null;

const JEKYLL = {
  '_config.yml': 'title: Elis Parry\npermalink: /:year/:month/:title/\n',
  '_posts/2024/2024-02-11-why-i-run.md': '---\ntitle: Why I run\n---\n\nText.\n',
  '_posts/2025-03-01-shoes.md': '---\ntitle: Shoes\ndate: 2025-03-01\n---\n\nText.\n',
  '_drafts/next-race.md': '---\ntitle: Next race\ndate: 2025-09-01\n---\n\nNot out yet.\n',
  '_pages/about.md': '---\ntitle: About\npermalink: /about/\n---\n\nMe.\n',
  '_pages/contact.md': '---\ntitle: Contact\n---\n\nMail me.\n',
  'README.md': '# My site\n\nBuilt with Jekyll.\n',
  'index.md': '---\nlayout: home\n---\n',
};

describe('import of a site root folder', () => {
  test("a Jekyll site's root: reads _posts/ and _drafts/ (a draft whatever its date), not _pages/ nor README.md, and says so in one line, in English and Chinese", () => {
    const site = siteOf(JEKYLL);
    const root = copy();
    const en = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(en.code, en.stderr).toBe(0);
    expect(written(en.stdout)).toEqual(['2024/why-i-run.md', '2025/next-race.md', '2025/shoes.md']);
    expect(statusOf(root, '2025/next-race.md')).toBe('draft');
    expect(statusOf(root, '2025/shoes.md')).toBe(null);
    expect(en.stderr).toContain(`throughline: ${site}: a Jekyll site: importing _posts/ and _drafts/; not read: _pages/, README.md, index.md (to import one of those folders, pass it: import ${site}/_pages --channel blog)\n`);
    expect(en.stderr).not.toContain('about.md');
    const zh = runCli(['import', site, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain(`throughline: ${site}: 这是 Jekyll 网站：导入 _posts/ 和 _drafts/；未读取：_pages/、README.md、index.md（要导入其中的文件夹，请直接给出它：import ${site}/_pages --channel blog）\n`);
  });

  test("a Jekyll site's root: the posts keep the old addresses of the site's permalink:, as when _posts/ is imported, and a draft gets none", () => {
    const site = siteOf(JEKYLL);
    const fromRoot = copy();
    runCli(['import', site, '--channel', 'blog', '--root', fromRoot, '--now', NOW]);
    const fromPosts = copy();
    runCli(['import', join(site, '_posts'), '--channel', 'blog', '--root', fromPosts, '--now', NOW]);
    expect(aliasesOf(fromPosts, '2025/shoes.md')).toBe('[/2025/03/shoes/]');
    expect(aliasesOf(fromRoot, '2025/shoes.md')).toBe('[/2025/03/shoes/]');
    expect(aliasesOf(fromRoot, '2024/why-i-run.md')).toBe('[/2024/02/why-i-run/]');
    expect(aliasesOf(fromRoot, '2025/next-race.md')).toBeNull();
  });

  test('a folder inside _posts (_posts/2024) finds the site and keeps the old addresses; a Hexo title is the path within _posts', () => {
    const site = siteOf(JEKYLL);
    const root = copy();
    const { code, stderr } = runCli(['import', join(site, '_posts/2024'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(aliasesOf(root, '2024/why-i-run.md')).toBe('[/2024/02/why-i-run/]');
    expect(stderr).not.toContain('a Jekyll site');
    const hexo = siteOf({ '_config.yml': 'title: Hexo\n', 'source/_posts/Golang/const.md': '---\ntitle: Const\ndate: 2022-03-01 10:00:00\n---\n\nText.\n' }, 'blog');
    const fromSub = copy();
    runCli(['import', join(hexo, 'source/_posts/Golang'), '--channel', 'blog', '--root', fromSub, '--now', NOW]);
    expect(aliasesOf(fromSub, '2022/const.md')).toBe('[/2022/03/01/Golang/const/]');
  });

  // Jekyll reads a _posts folder in any folder of the site, each folder above it a category of its
  // posts (Document#categories_from_path): `import site/blog/_posts` gave those posts no old address.
  test("a Jekyll category folder's _posts (blog/_posts): its posts keep their old addresses, the folder their first category; the site's root names the folder and how to import it", () => {
    const site = siteOf({
      ...JEKYLL,
      '_config.yml': 'title: Elis Parry\n',
      'blog/_posts/2021-03-04-trail-notes.md': '---\ntitle: Trail notes\ncategories: Travel\n---\n\nText.\n',
      'blog/_posts/2022/2022-05-06-hills.md': '---\ntitle: Hills\n---\n\nText.\n',
      'blog/drafts-of-mine/idea.md': '# Idea\n',
      '_site/old/_posts/2020-01-01-built.md': '---\ntitle: Built\n---\n',
    });
    const root = copy();
    const { code, stderr } = runCli(['import', join(site, 'blog/_posts'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(aliasesOf(root, '2021/trail-notes.md')).toBe('[/blog/travel/2021/03/04/trail-notes.html]');
    expect(aliasesOf(root, '2022/hills.md')).toBe('[/blog/2022/05/06/hills.html]');
    // The root's own _posts are unchanged: no folder above them, no category.
    const fromRoot = copy();
    const en = runCli(['import', site, '--channel', 'blog', '--root', fromRoot, '--now', NOW, '--dry-run']);
    expect(en.stderr).toContain(`a Jekyll site: importing _posts/ and _drafts/; not read: _pages/, blog/_posts/, blog/drafts-of-mine/, README.md, index.md (to import one of those folders, pass it: import ${site}/blog/_posts --channel blog)\n`);
    // A site whose posts are all in category folders: the first is imported (not the root whole,
    // its pages as posts), the others named with their command.
    const categoriesOnly = siteOf({
      '_config.yml': 'title: Categories\n',
      'blog/_posts/2021-03-04-trail-notes.md': '---\ntitle: Trail notes\n---\n\nText.\n',
      'news/_posts/2022-01-01-open.md': '---\ntitle: Open\n---\n\nText.\n',
      '_pages/about.md': '---\ntitle: About\n---\n\nMe.\n',
    }, 'only');
    const only = copy();
    const read = runCli(['import', categoriesOnly, '--channel', 'blog', '--root', only, '--now', NOW]);
    expect(read.code, read.stderr).toBe(0);
    expect(written(read.stdout)).toEqual(['2021/trail-notes.md']);
    expect(aliasesOf(only, '2021/trail-notes.md')).toBe('[/blog/2021/03/04/trail-notes.html]');
    expect(read.stderr).toContain(`a Jekyll site: importing blog/_posts/; not read: _pages/, news/_posts/ (to import one of those folders, pass it: import ${categoriesOnly}/news/_posts --channel blog)\n`);
    // A folder Jekyll does not read (its build output) holds none of its posts.
    const built = copy();
    runCli(['import', join(site, '_site/old/_posts'), '--channel', 'blog', '--root', built, '--now', NOW]);
    expect(aliasesOf(built, '2020/built.md')).toBeNull();
  });

  test("a Jekyll _config.toml gives its permalink:, and one that is not TOML is named with its line, the posts keeping no old address", () => {
    const site = siteOf({ '_config.toml': "title = 'T'\npermalink = '/:year/:title/'\n", '_posts/2025-03-01-shoes.md': JEKYLL['_posts/2025-03-01-shoes.md'] });
    const root = copy();
    expect(runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]).code).toBe(0);
    expect(aliasesOf(root, '2025/shoes.md')).toBe('[/2025/shoes/]');
    writeFileSync(join(site, '_config.toml'), "title = 'T'\npermalink = \n");
    const bad = copy();
    const { stderr } = runCli(['import', site, '--channel', 'blog', '--root', bad, '--now', NOW]);
    expect(stderr).toContain(`${join(site, '_config.toml')}: could not be read: not valid TOML at line 2, column`);
    expect(stderr).toContain('fix the TOML there and import again');
    expect(aliasesOf(bad, '2025/shoes.md')).toBeNull();
  });

  test("a Hexo site's root: reads source/_posts/ and source/_drafts/, not source/about/, its scaffolds nor its theme's Markdown, with its old addresses", () => {
    const hexo = siteOf({
      '_config.yml': 'title: Hexo\npermalink: :year/:month/:day/:title/\n',
      'source/_posts/hello.md': '---\ntitle: Hello\ndate: 2022-03-01 10:00:00\n---\n\nText.\n',
      'source/_drafts/later.md': '---\ntitle: Later\n---\n\nText.\n',
      'source/about/index.md': '---\ntitle: About\n---\n\nMe.\n',
      'themes/next/README.md': '# NexT\n',
      'scaffolds/post.md': '---\ntitle: {{ title }}\ndate: {{ date }}\n---\n',
    }, 'blog');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', hexo, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(written(stdout)).toEqual(['2022/hello.md', 'drafts/later.md']);
    expect(aliasesOf(root, '2022/hello.md')).toBe('[/2022/03/01/hello/]');
    expect(stderr).toContain(`throughline: ${hexo}: a Hexo site: importing source/_posts/ and source/_drafts/; not read: source/about/ (to import one of those folders, pass it: import ${hexo}/source/about --channel blog)\n`);
  });

  test("a Hugo site's root: reads content/ (its list pages skipped as before), not README.md nor the theme's or archetypes' Markdown", () => {
    const hugo = siteOf({
      'hugo.toml': "baseURL = 'https://example.org/'\n",
      'content/posts/_index.md': '---\ntitle: Posts\n---\n',
      'content/posts/first.md': "+++\ntitle = 'First'\ndate = 2024-01-02\n+++\n\nText.\n",
      'README.md': '# site\n',
      'themes/ananke/README.md': '# Ananke\n',
      'archetypes/default.md': "+++\ntitle = '{{ .Name }}'\n+++\n",
    }, 'hugo-site');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', hugo, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(written(stdout)).toEqual(['2024/first.md']);
    expect(stderr).toContain(`throughline: ${hugo}: a Hugo site: importing content/; not read: README.md\n`);
  });

  test("a Hugo site's root: every section but its single pages (content/about/index.md, content/links.md); the one section params.mainSections names, when it names one", () => {
    // liunaijie's Hugo blog (trial 4): content/about/index.md came in as a published post.
    const pages = {
      'content/post/2017/first.md': "+++\ntitle = 'First'\ndate = 2017-01-02\n+++\n\nText.\n",
      'content/post/2018/second.md': "+++\ntitle = 'Second'\ndate = 2018-01-02\n+++\n\nText.\n",
      'content/notes/2019/third.md': "+++\ntitle = 'Third'\ndate = 2019-01-02\n+++\n\nText.\n",
      'content/about/index.md': "+++\ntitle = 'About Me'\n+++\n\nMe.\n",
      'content/links.md': "+++\ntitle = 'Links'\n+++\n\nLinks.\n",
    };
    const hugo = siteOf({ 'hugo.toml': "baseURL = 'https://example.org/'\n", ...pages }, 'hugo-main');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', hugo, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(written(stdout)).toEqual(['2017/first.md', '2018/second.md', '2019/third.md']);
    expect(stderr).toContain(`throughline: ${hugo}: a Hugo site: importing content/; not read: content/about/, content/links.md (to import one of those folders, pass it: import ${hugo}/content/about --channel blog)\n`);
    // A config naming its main section wins over the count.
    const named = siteOf({ 'config.yaml': 'baseURL: https://example.org/\nparams:\n  mainSections:\n    - about\n', ...pages }, 'hugo-named');
    // (undated, it comes in as a draft)
    expect(written(runCli(['import', named, '--channel', 'blog', '--root', copy(), '--now', NOW]).stdout)).toEqual(['drafts/about.md']);
  });

  // steveshogren/hugo-blog (Beautiful Hugo): content/page/books.md and training.md, the site's pages, came in as drafts among the posts.
  test("a Hugo site's root: a section named page/ (Beautiful Hugo's site pages) beside a larger one of posts is left out, unless the config names it", () => {
    const files = {
      'content/post/first.md': "+++\ntitle = 'First'\ndate = 2017-01-02\n+++\n\nText.\n",
      'content/post/second.md': "+++\ntitle = 'Second'\ndate = 2018-01-02\n+++\n\nText.\n",
      'content/post/third.md': "+++\ntitle = 'Third'\ndate = 2019-01-02\n+++\n\nText.\n",
      'content/page/books.md': "+++\ntitle = 'Books'\n+++\n\nBooks.\n",
      'content/page/training.md': "+++\ntitle = 'Training'\n+++\n\nTraining.\n",
    };
    const hugo = siteOf({ 'config.toml': "baseURL = 'https://example.org/'\n", ...files }, 'hugo-pages');
    const { code, stdout, stderr } = runCli(['import', hugo, '--channel', 'blog', '--root', copy(), '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(written(stdout)).toEqual(['2017/first.md', '2018/second.md', '2019/third.md']);
    expect(stderr).toContain('not read: content/page/');
    const named = siteOf({ 'config.toml': "baseURL = 'https://example.org/'\n[params]\nmainSections = ['post', 'page']\n", ...files }, 'hugo-pages-named');
    expect(written(runCli(['import', named, '--channel', 'blog', '--root', copy(), '--now', NOW]).stdout)).toHaveLength(5);
  });

  test("a Hugo site's content/ folder imported itself: its single pages are left out as from the root (content/about.md, content/about/index.md), and said so in English and Chinese", () => {
    // coderzh-hugo-blog (trial of 2026-12-05): `import site/content` brought content/about.md
    // (url: /about/) in as a published post, which `import site` leaves out.
    const hugo = siteOf({
      'config.yaml': 'baseurl: https://blog.example.org\n',
      'content/post/2016/2016-01-01-my-2015.md': '---\ntitle: 我的 2015\ndate: 2016-01-01T00:34:08+08:00\nurl: "/2016/01/01/my-2015/"\n---\n\nText.\n',
      'content/about.md': '---\ntitle: 关于我\ndate: 2015-01-01T08:55:31+08:00\nurl: /about/\n---\n\nMe.\n',
      'content/links/index.md': '---\ntitle: Links\ndate: 2015-01-01\n---\n\nLinks.\n',
    }, 'hugo-content');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', join(hugo, 'content'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(written(stdout)).toEqual(['2016/my-2015.md']);
    expect(stderr).toContain(`throughline: ${join(hugo, 'content')}: a Hugo site's content folder: its pages that are no posts are not read: links/, about.md (the site's own pages, as when its root is imported)\n`);
    const zh = runCli(['import', join(hugo, 'content'), '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('这是 Hugo 网站的 content 文件夹：不是文章的页面未读取：links/、about.md');
    // A plain folder named content/ with no Hugo config beside it is read whole, as before.
    const plain = siteOf({ 'content/about.md': '---\ntitle: About\ndate: 2015-01-01\n---\n\nMe.\n', 'content/post/a.md': '---\ntitle: A\ndate: 2016-01-01\n---\n\nText.\n' }, 'plain-content');
    expect(written(runCli(['import', join(plain, 'content'), '--channel', 'blog', '--root', copy(), '--now', NOW]).stdout)).toEqual(['2015/about.md', '2016/a.md']);
  });

  test("a Hugo site whose one language keeps its content in content/en (contentDir): its single pages are left out there too, and its posts' old addresses start at content/en", () => {
    // 0x0cqq's Hugo blog (trial of 2026-12-04): content/en/about/index.md, contact, friends and
    // notes came in as published posts, and all 246 posts got aliases /en/posts/… the site never served.
    const files = {
      'config/_default/config.toml': 'baseURL = "https://blog.example.org"\ndefaultContentLanguage = "en"\ndefaultContentLanguageInSubdir = false\n',
      'config/_default/languages.toml': '[en]\n  languageName = "English"\n  weight = 1\n  contentdir = "content/en"\n',
      'content/en/_index.md': '---\ntitle: Home\n---\n',
      'content/en/posts/_index.md': '---\ntitle: Posts\n---\n',
      'content/en/posts/fall-term/index.md': '---\ntitle: 秋季学期总结\ndate: 2021-01-10T19:00:00+08:00\n---\n\n回家了。\n',
      'content/en/posts/NOI2005-sequence.md': '---\ntitle: Sequence\ndate: 2018-02-17\n---\n\nText.\n',
      'content/en/about/index.md': '---\ntitle: 关于我\ndate: "2019-02-28"\n---\n\nMe.\n',
      'content/en/contact/index.md': '---\ntitle: Contact\ndate: "2019-02-28"\n---\n\nMail.\n',
    };
    const hugo = siteOf(files, 'hugo-lang');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', hugo, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(written(stdout)).toEqual(['2018/NOI2005-sequence.md', '2021/fall-term.md']);
    expect(stderr).toContain(`not read: content/en/about/, content/en/contact/`);
    expect(aliasesOf(root, '2021/fall-term.md')).toBe('[/posts/fall-term/]');
    expect(aliasesOf(root, '2018/NOI2005-sequence.md')).toBe('[/posts/noi2005-sequence/]');
    // One section of it imported alone: the same addresses; served under /en/ with defaultContentLanguageInSubdir.
    const section = copy();
    runCli(['import', join(hugo, 'content/en/posts'), '--channel', 'blog', '--root', section, '--now', NOW]);
    expect(aliasesOf(section, '2021/fall-term.md')).toBe('[/posts/fall-term/]');
    const sub = siteOf({ ...files, 'config/_default/config.toml': 'baseURL = "https://blog.example.org"\ndefaultContentLanguageInSubdir = true\n' }, 'hugo-lang-sub');
    const inSub = copy();
    runCli(['import', sub, '--channel', 'blog', '--root', inSub, '--now', NOW]);
    expect(aliasesOf(inSub, '2021/fall-term.md')).toBe('[/en/posts/fall-term/]');
  });

  test("a Hugo site with two languages, each in its folder of content/: the default one's posts at the root, the other's under its name", () => {
    const hugo = siteOf({
      'config/_default/config.toml': 'baseURL = "https://blog.example.org"\ndefaultContentLanguage = "en"\n',
      'config/_default/languages.toml': '[en]\n  contentDir = "content/en"\n[zh-cn]\n  contentDir = "content/zh-cn"\n',
      'content/en/posts/kelly.md': '---\ntitle: Kelly\ndate: 2024-01-02\n---\n\nText.\n',
      'content/zh-cn/posts/kelly.md': '---\ntitle: 凯利\ndate: 2024-01-02\n---\n\n正文。\n',
      'content/zh-cn/about/index.md': '---\ntitle: 关于\ndate: 2024-01-02\n---\n\n我。\n',
    }, 'hugo-two');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', hugo, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(written(stdout)).toEqual(['2024/kelly-zh-cn.md', '2024/kelly.md']);
    expect(aliasesOf(root, '2024/kelly.md')).toBe('[/posts/kelly/]');
    expect(aliasesOf(root, '2024/kelly-zh-cn.md')).toBe('[/zh-cn/posts/kelly/]');
    const zh = copy();
    runCli(['import', join(hugo, 'content/zh-cn/posts'), '--channel', 'blog', '--root', zh, '--now', NOW]);
    expect(aliasesOf(zh, '2024/kelly.md')).toBe('[/zh-cn/posts/kelly/]');
  });

  test("a Pelican site's root: reads content/, its pages/ skipped as before", () => {
    const pelican = siteOf({
      'pelicanconf.py': "SITENAME = 'x'\n",
      'content/first.md': 'Title: First\nDate: 2024-01-02\n\nText.\n',
      'content/pages/about.md': 'Title: About\n\nMe.\n',
      'README.md': '# site\n',
    }, 'pelican-site');
    const { code, stdout, stderr } = runCli(['import', pelican, '--channel', 'blog', '--root', copy(), '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(written(stdout)).toEqual(['2024/first.md']);
    expect(stderr).toContain(`${pelican}/content/pages/about.md: skipped: a Pelican page (pages/), not an article`);
    expect(stderr).toContain(`throughline: ${pelican}: a Pelican site: importing content/; not read: README.md\n`);
  });

  // A real Astro blog (ChuYao233/MyBlog, Fuwari): its root brought in docs/404_PAGE_CONFIG.md,
  // docs/UMAMI_CONFIG.md and the about page src/content/spec/about.md as drafts beside its post.
  test("an Astro site's root: reads its posts' collection folder (src/content/posts/), not its docs, pages nor README, in English and Chinese", () => {
    const astro = siteOf({
      'astro.config.mjs': "export default { site: 'https://blog.example' };\n",
      'src/content/posts/cdn/index.md': '---\ntitle: CDN notes\npublished: 2026-01-09\n---\n\nText.\n',
      'src/content/spec/about.md': '# About\n\nMe.\n',
      'docs/UMAMI_CONFIG.md': '# Umami\n\nSet it up.\n',
      'README.md': '# My blog\n',
    }, 'astro-site');
    const { code, stdout, stderr } = runCli(['import', astro, '--channel', 'blog', '--root', copy(), '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(written(stdout)).toEqual(['2026/cdn.md']);
    expect(stderr).toContain(`throughline: ${astro}: an Astro site: importing src/content/posts/; not read: docs/, src/content/spec/, README.md (to import one of those folders, pass it: import ${astro}/docs --channel blog)\n`);
    const zh = runCli(['import', astro, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain(`throughline: ${astro}: 这是 Astro 网站：导入 src/content/posts/；未读取：docs/、src/content/spec/、README.md`);
    // AstroPaper v5 keeps its posts in src/data/blog/.
    const paper = siteOf({ 'astro.config.ts': 'export default {};\n', 'src/data/blog/hello.md': '---\ntitle: Hello\npubDatetime: 2025-02-01T10:00:00Z\n---\n\nHi.\n', 'AstroPaper.md': '# Theme docs\n' }, 'astro-paper');
    const second = runCli(['import', paper, '--channel', 'blog', '--root', copy(), '--now', NOW]);
    expect(second.code, second.stderr).toBe(0);
    expect(written(second.stdout)).toEqual(['2025/hello.md']);
  });

  test('--git-dates on a site root dates an undated post by the commit that added it, and leaves a _drafts/ file a draft', () => {
    const site = siteOf({ '_config.yml': 'title: x\n', '_posts/weekly-1.md': '# Weekly 1\n\nFirst.\n', '_drafts/later.md': '# Later\n\nNot yet.\n' });
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', site, '-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { env: { ...process.env, GIT_AUTHOR_DATE: '2024-03-05T10:00:00Z', GIT_COMMITTER_DATE: '2024-03-05T10:00:00Z' } });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'posts');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW, '--git-dates']);
    expect(code, stderr).toBe(0);
    expect(written(stdout)).toEqual(['2024/weekly-1.md', 'drafts/later.md']);
    expect(statusOf(root, 'drafts/later.md')).toBe('draft');
  });

  test('a plain folder of Markdown, and a folder with a _config.yml but no posts folder, are read whole as before', () => {
    const plain = siteOf({ 'a.md': '---\ntitle: A\ndate: 2025-01-02\n---\n\nText.\n', 'notes/b.md': '---\ntitle: B\ndate: 2025-01-03\n---\n\nText.\n' }, 'notes');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', plain, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(written(stdout)).toEqual(['2025/a.md', '2025/b.md']);
    expect(stderr).not.toMatch(/ site: importing/);
    const configured = siteOf({ '_config.yml': 'title: x\n', 'a.md': '---\ntitle: A\ndate: 2025-01-02\n---\n\nText.\n' }, 'pages');
    const other = runCli(['import', configured, '--channel', 'blog', '--root', copy(), '--now', NOW]);
    expect(other.code, other.stderr).toBe(0);
    expect(written(other.stdout)).toEqual(['2025/a.md']);
  });

  // A trial on hh54188/jekyll-blog: the note proposed _posts, and tmp, h163 and src of the path
  // above the site, as pillars.
  test("the folders it proposes as pillars are only its own folders inside the site, never _posts, _drafts or the path above", () => {
    const site = siteOf({ ...JEKYLL, '_drafts/trash/old.md': '---\ntitle: Old\n---\n\nOld.\n', '_posts/running/2025-04-01-trail.md': '---\ntitle: Trail\n---\n\nText.\n' });
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run']);
    expect(code, stderr).toBe(0);
    const note = stderr.split('\n').find((l) => l.includes('without a pillar'))!;
    expect(note).toContain('their commonest folders: running (1), trash (1).');
    const above = site.split('/').filter(Boolean);
    for (const folder of ['_posts', '_drafts', ...above]) expect(note).not.toContain(`${folder} (`);
  });
});
