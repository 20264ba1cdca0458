/**
 * A Hugo site's posts keep their old addresses (issue 18's "old addresses keep working"): Hugo's
 * own were not filled at all, so every link to a moved Hugo blog broke.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const copy = tempRootsPerTest();
const siteOf = sourceFoldersPerTest('site');
const post = (front: string) => `---\n${front}---\n\nText.\n`;
const SITE = {
  'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "x"\n[permalinks]\n  notes = "/:year/:month/:slug/"\n',
  'content/posts/My First Post.md': post('title: First\ndate: 2023-04-02\n'),
  'content/posts/trip/index.md': post('title: Trip\ndate: 2023-04-01\n'),
  'content/posts/own.md': post('title: Own\ndate: 2023-05-07\nslug: custom\n'),
  'content/notes/n1.md': post('title: Note One\ndate: 2023-05-06\n'),
  'content/posts/wip.md': post('title: WIP\ndate: 2023-05-08\ndraft: true\n'),
};

describe('a Hugo site moved', () => {
  test('each post gets the address Hugo served it at as an alias, from the site root or from a folder of content/', () => {
    const site = siteOf(SITE);
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const text = (id: string) => readFileSync(join(root, 'content/posts', `${id}.md`), 'utf8');
    expect(text('2023/my-first-post')).toContain('aliases: [/posts/my-first-post/]\n');
    expect(text('2023/trip')).toContain('aliases: [/posts/trip/]\n');
    expect(text('2023/own')).toContain('aliases: [/posts/custom/]\n');
    expect(text('2023/n1')).toContain('aliases: [/2023/05/note-one/]\n');
    expect(text('2023/wip')).toContain('draft: true\n');
    expect(text('2023/wip')).not.toContain('aliases');
    const inner = copy();
    expect(runCli(['import', join(site, 'content/posts'), '--channel', 'blog', '--root', inner, '--now', NOW]).code).toBe(0);
    expect(readFileSync(join(inner, 'content/posts/2023/trip.md'), 'utf8')).toContain('aliases: [/posts/trip/]\n');
  });

  test("a post Hugo serves from its publishDate stays off the portfolio until then, and one dated by publishDate alone comes in published at its old address", () => {
    // Hugo builds no page before its publishDate (gohugo.io/configuration/front-matter/#dates); read
    // as no date, an embargoed post went public at its `date`, and one with publishDate alone came in
    // as an undated draft with no alias.
    const files = {
      'hugo.toml': 'baseURL = "https://example.org/"\ntimeZone = "America/Sao_Paulo"\n[permalinks]\n  posts = "/:year/:month/:slug/"\n',
      'content/posts/launch.md': post('title: Launch\ndate: 2026-11-20T10:00:00-03:00\npublishDate: 2027-01-12T10:00:00-03:00\n'),
      'content/posts/only.md': post('title: Only\npublishDate: 2026-10-06T10:00:00\n'),
    };
    const root = copy();
    const { code, stderr } = runCli(['import', siteOf(files), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const only = readFileSync(join(root, 'content/posts/2026/only.md'), 'utf8');
    // Its wall time is read in the old site's zone, as a date: without an offset is.
    expect(only).toContain('publishDate: 2026-10-06T10:00:00-03:00\n');
    expect(only).toContain('aliases: [/2026/10/only/]\n');
    expect(only).not.toContain('status: draft');
    // The address Hugo served is from its date; the post goes public at its publishDate.
    expect(readFileSync(join(root, 'content/posts/2027/launch.md'), 'utf8')).toContain('aliases: [/2026/11/launch/]\n');
    const check = runCli(['check', '--json', '--root', root, '--now', NOW]);
    const report = JSON.parse(check.stdout) as { posts: { id: string; status: string; publicFrom: string | null }[]; flags: { kind: string; post?: string }[] };
    expect(report.posts.find((p) => p.id === '2027/launch')).toMatchObject({ status: 'published', publicFrom: '2027-01-12T13:00:00.000Z' });
    expect(report.posts.find((p) => p.id === '2026/only')).toMatchObject({ status: 'published', publicFrom: '2026-10-06T13:00:00.000Z' });
    expect(report.flags).toContainEqual(expect.objectContaining({ kind: 'waiting', post: '2027/launch' }));
  });

  test("a post past its expiryDate, which Hugo no longer showed, comes in as a draft; one that expires later is told the portfolio keeps it", () => {
    const files = {
      'hugo.toml': 'baseURL = "https://example.org/"\ntimeZone = "America/Sao_Paulo"\n',
      'content/posts/promo.md': post('title: Promo\ndate: 2025-11-20\nexpiryDate: 2025-12-01T00:00:00\n'),
      'content/posts/event.md': post('title: Event\ndate: 2026-11-20\nexpirydate: 2027-03-01\n'),
    };
    const root = copy();
    const { code, stderr } = runCli(['import', siteOf(files), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(root, 'content/posts/2025/promo.md'), 'utf8')).toContain('status: draft\n');
    expect(stderr).toContain('promo.md: it comes in as a draft: its expiryDate: 2025-12-01T00:00:00 has passed');
    expect(readFileSync(join(root, 'content/posts/2026/event.md'), 'utf8')).not.toContain('status: draft');
    expect(stderr).toContain('event.md: expiryDate: 2027-03-01 is kept but not read: the portfolio does not take a post down by date');
    const zh = runCli(['import', siteOf(files), '--channel', 'blog', '--root', copy(), '--now', NOW, '--lang', 'zh']);
    expect(zh.stderr).toContain('它作为草稿导入：它的 expiryDate: 2025-12-01T00:00:00 已经过去');
  });

  test("a page Hugo never rendered (build.render: never, headless: true) comes in as a draft, never published on the portfolio; an unlisted one stays published", () => {
    const files = {
      'hugo.toml': 'baseURL = "https://example.org/"\n',
      'content/posts/internal.md': post('title: Internal\ndate: 2026-01-01\nbuild:\n  list: never\n  render: never\n'),
      'content/posts/bundle/index.md': post('title: Bundle\ndate: 2026-01-02\nheadless: true\n'),
      'content/posts/unlisted.md': post('title: Unlisted\ndate: 2026-01-03\nbuild:\n  list: never\n'),
    };
    const root = copy();
    const { code, stderr } = runCli(['import', siteOf(files), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const check = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout) as { posts: { id: string; status: string }[] };
    expect(Object.fromEntries(check.posts.filter((p) => p.id.startsWith('2026/')).map((p) => [p.id, p.status]))).toEqual({ '2026/internal': 'draft', '2026/bundle': 'draft', '2026/unlisted': 'published' });
    expect(stderr).toContain('internal.md: it comes in as a draft: build.render: never kept Hugo from writing its page');
    expect(stderr).toContain('index.md: it comes in as a draft: headless: true kept Hugo from writing its page');
  });

  test("a url: written without its leading / (Hugo reads it from the site's root) is that path: the post comes in with it as its alias, written /…, with a note in English and Chinese", () => {
    // coderzh-hugo-blog (trial of 2026-12-05): `url: 2016/04/05/programming-languages/` in 12 posts;
    // each was refused ("url: expected a full http(s) URL") and not imported.
    const files = {
      'config.yaml': 'baseurl: "https://blog.example.org"\npermalinks:\n  post: /:year/:month/:day/:slug/\n',
      'content/post/2016/2016-04-05-programming-languages.md': post("title: 所有的编程技术都会成为历史\ndate: 2016-04-04T16:28:00.000Z\nurl: 2016/04/05/programming-languages/\n"),
      'content/post/2016/2016-01-01-my-2015.md': post('title: 我的 2015\ndate: 2016-01-01T00:34:08+08:00\nurl: "/2016/01/01/my-2015/"\n'),
      'content/post/2016/elsewhere.md': post('title: Elsewhere\ndate: 2016-02-01\nurl: zhuanlan.zhihu.com/p/123\n'),
    };
    const site = siteOf(files);
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const text = (id: string) => readFileSync(join(root, 'content/posts', `${id}.md`), 'utf8');
    expect(text('2016/programming-languages')).toContain('url: /2016/04/05/programming-languages/\n');
    expect(text('2016/programming-languages')).toContain('aliases: [/2016/04/05/programming-languages/]\n');
    expect(text('2016/my-2015')).toContain('aliases: [/2016/01/01/my-2015/]\n');
    expect(stderr).toContain('url: 2016/04/05/programming-languages/ is a path on the old site, from its root: written /2016/04/05/programming-languages/');
    // A host without its scheme is no path of the site: still refused, naming the https:// to add.
    expect(stderr).toContain('zhuanlan.zhihu.com/p/123 has no https:// in front');
    const zh = runCli(['import', site, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('url：2016/04/05/programming-languages/ 是旧网站上从根开始的路径：已写成 /2016/04/05/programming-languages/');
  });

  test("a relative image found not beside the post but in the old site's root (Hugo's static/) is that site path: copied to public/ and written /images/…, with a note in English and Chinese; one found nowhere makes the post a draft", () => {
    // coderzh-hugo-blog (trial of 2026-12-05): `![x](images/x.jpg)` in 52 posts with the files in
    // static/images/; each post was refused, its image "not found".
    const files = {
      'config.yaml': 'baseurl: "https://blog.example.org"\n',
      'content/post/2015/2015-02-18-Startup.md': post('title: 创业\ndate: 2015-02-18\nurl: /2015/02/18/startup/\n') + '\n![header](images/StartUP-header.jpg)\n\n![beside](./here.png)\n',
      'content/post/2015/here.png': 'PNG beside',
      'content/post/2015/2015-03-01-lost.md': post('title: Lost\ndate: 2015-03-01\n') + '\n![gone](images/gone.jpg)\n',
      'static/images/StartUP-header.jpg': 'JPEG in static',
    };
    const site = siteOf(files);
    const root = copy();
    const { stdout, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    const text = readFileSync(join(root, 'content/posts', stdout.split('\n').find((l) => l.endsWith('.md') && !l.includes('lost'))!.slice('content/posts/'.length)), 'utf8');
    expect(text).toContain('![header](/images/StartUP-header.jpg)');
    expect(text).toContain('![beside](./here.png)');
    expect(readFileSync(join(root, 'public/images/StartUP-header.jpg'), 'utf8')).toBe('JPEG in static');
    expect(stderr).toContain("image images/StartUP-header.jpg is not beside it but in Hugo's static/ (the old site's root): now /images/StartUP-header.jpg");
    const lost = stdout.split('\n').find((l) => l.includes('lost'))!;
    expect(readFileSync(join(root, lost), 'utf8')).toContain('status: draft\n');
    expect(stderr).toMatch(/body: image "images\/gone\.jpg" \(line \d+\) not found/);
    const zh = runCli(['import', site, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('图片 images/StartUP-header.jpg 不在它旁边，而在 Hugo 的 static/（旧网站的根目录）：已改为 /images/StartUP-header.jpg');
  });

  test("an alias written without its leading / is read as Hugo reads it, from the folder above the page's, with a note in English and Chinese", () => {
    // Hugo's renderAliases joins a relative alias to the page's path and "..": before, such an
    // alias was left out ("not a path on the site") and old links to it broke.
    const site = siteOf({
      'hugo.toml': 'baseURL = "https://example.org/"\n',
      'content/posts/renamed.md': post('title: Renamed\ndate: 2023-04-02\naliases: [old-name, ../2019/first.html, /kept/]\n'),
    });
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(root, 'content/posts/2023/renamed.md'), 'utf8')).toContain('aliases: [/posts/old-name/, /2019/first.html, /kept/, /posts/renamed/]\n');
    expect(stderr).toContain('aliases: old-name is /posts/old-name/, ../2019/first.html is /2019/first.html (Hugo reads an alias without "/" from the folder above the page\'s)');
    const zh = runCli(['import', site, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('aliases：old-name 即 /posts/old-name/、../2019/first.html 即 /2019/first.html（Hugo 从页面上一级文件夹读取不以 "/" 开头的别名）');
  });

  test('a site with several languages gets none (each language has its own addresses)', () => {
    const site = siteOf({ ...SITE, 'hugo.toml': 'title = "x"\n[languages.en]\nweight = 1\n[languages.zh]\nweight = 2\n' });
    const root = copy();
    expect(runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]).code).toBe(0);
    expect(readFileSync(join(root, 'content/posts/2023/trip.md'), 'utf8')).not.toContain('aliases');
  });
});
