/**
 * `import FOLDER`: a folder of Markdown posts moved from Hexo, Hugo or Jekyll needed `channel:`
 * added to every file by hand (a new-user trial moved 78 real Hexo posts with sed). Modelled on
 * those posts: Hexo's date with seconds past 59, `categories`, empty template keys and a NexT
 * note box; Jekyll's dated file names; Hugo's list page and page bundle.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listPosts } from '../../src/store/posts.ts';
import { imageTag, runCli, sourceFoldersPerTest, taggedImage, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();
const HEXO: Record<string, string> = {
  'Freedom-Network.md':
    '---\ntitle: 自由上网指北\ndate: 2022-08-11 15:51:48\nupdated: 2022-08-11 15:59:48\ncategories: GFW\ntags: [GFW, Freedom]\ndescription:\nthumbnail:\n---\n\n# 自由上网指北\n\n{% note warning WARNING %}  \nWARNING：本文可能随时遭到审查。  \n{% endnote %}\n\n```\n{% note info %}\n{% endnote %}\n```\n',
  'Golang/Golang-const-note.md': '---\ntitle: Golang 常量\ndate: 2022-03-01 10:00:00\ncategories:\n  - [Golang, 笔记]\n---\n\nconst 的用法。\r\n',
  'China-Documentary.md': '---\ntitle: 纪实、深度、冷门\ndate: 2023-09-19 21:43:79\n---\n\n正文。\n',
  'Draft-Post.md': '---\ntitle: 还没写完\ndraft: true\n---\n\n草稿。\n',
};

/** A folder `name` under a fresh temp folder holding `files` (path -> text). */
const folderOf = sourceFoldersPerTest('source/_posts');

const postFiles = (root: string) => readdirSync(join(root, 'content/posts'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f)).sort();

describe('import of a folder of Markdown posts', () => {
  test('a file whose frontmatter does not parse is skipped, named once, with the line, in English and Chinese', () => {
    const dir = folderOf({ 'good.md': '---\ntitle: Good\ndate: 2025-01-02\n---\n\nText.\n', 'bad.md': '---\ntitle: bad: yaml: here\n---\nx\n' });
    for (const [lang, skipped] of [['en', 'skipped: title: frontmatter is not valid YAML'], ['zh', '已跳过：title: frontmatter 不是有效的 YAML']] as const) {
      const { code, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', lang]);
      expect(code).toBe(0);
      expect(stderr).toContain(`${dir}/bad.md: ${skipped}`);
      expect(stderr.split(`${dir}/bad.md`)).toHaveLength(2);
    }
  });

  test("a post in another markup (Pelican's .rst, Hugo's .adoc) is named as not imported, in English and Chinese, never passed over in silence", () => {
    const dir = folderOf({ 'a.md': 'Title: A\nDate: 2025-01-08\n\nText.\n', 'old/state.rst': 'State\n=====\n', 'notes.adoc': '= Notes\n', '.hidden/x.rst': 'x\n', 'x.constructor': 'x' }, 'content');
    const en = runCli(['import', dir, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run']);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(`${dir}/notes.adoc: not imported: written in AsciiDoc; only Markdown (.md, .markdown, .mdx) is read: convert it first (e.g. pandoc -t gfm)`);
    expect(en.stderr).toContain(`${dir}/old/state.rst: not imported: written in reStructuredText;`);
    expect(en.stderr).not.toMatch(/hidden|constructor/);
    expect(en.stdout.trim()).toBe('content/posts/2025/a.md');
    const zh = runCli(['import', dir, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain(`${dir}/old/state.rst: 未导入：这是 reStructuredText 文件`);
  });

  test('copies each Hexo post with channel added and every other byte kept, converts note boxes, and names the file that fails validation', async () => {
    const root = copy();
    const dir = folderOf(HEXO);
    const { code, stdout, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual(['content/posts/2022/Freedom-Network.md', 'content/posts/2022/Golang-const-note.md', 'content/posts/drafts/Draft-Post.md']);
    const moved = readFileSync(join(root, 'content/posts/2022/Freedom-Network.md'), 'utf8');
    // Its opening heading repeats its title: left out (the post's page shows the title above the body).
    const expected = HEXO['Freedom-Network.md']!.replace('thumbnail:\n---', 'thumbnail:\nchannel: blog\n---')
      .replace('---\n\n# 自由上网指北\n\n', '---\n')
      .replace('{% note warning WARNING %}  ', ':::warning[WARNING]')
      .replace('审查。  \n{% endnote %}', '审查。  \n:::');
    expect(moved).toBe(expected);
    expect(readFileSync(join(root, 'content/posts/2022/Golang-const-note.md'), 'utf8')).toBe(HEXO['Golang/Golang-const-note.md']!.replace('笔记]\n---', '笔记]\nchannel: blog\n---'));
    expect(stderr).toContain(`${dir}/Freedom-Network.md: a Hexo note box is now :::warning`);
    expect(stderr).toMatch(new RegExp(`not imported: ${dir}/China-Documentary.md: date: 21:43:79 is not a time of day`));
    expect(stderr).toContain('imported 3 of 4 Markdown files into "blog"; 1 not imported');
    const { posts, problems } = await listPosts(root);
    expect(problems).toEqual([]);
    const byId = new Map(posts.map((p) => [p.id, p.data]));
    expect(byId.get('2022/Freedom-Network')).toMatchObject({ channel: 'blog', status: 'published', tags: ['GFW', 'Freedom'] });
    expect(byId.get('drafts/Draft-Post')).toMatchObject({ channel: 'blog', status: 'draft' });
    expect(runCli(['check', '--root', root, '--now', NOW]).code).not.toBe(2);
  });

  test('writes nothing twice: a post already there is skipped and named, never overwritten', () => {
    const root = copy();
    const dir = folderOf(HEXO);
    runCli(['import', dir, '--channel', 'blog', '--root', root]);
    const target = join(root, 'content/posts/2022/Freedom-Network.md');
    writeFileSync(target, readFileSync(target, 'utf8').replace('正文', '改过的正文'));
    const edited = readFileSync(target, 'utf8');
    const again = runCli(['import', dir, '--channel', 'blog', '--root', root]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(`${dir}/Freedom-Network.md: skipped: content/posts/2022/Freedom-Network.md already there, not overwritten`);
    expect(again.stderr).toContain('imported 0 of 4 Markdown files into "blog"; 3 already there; 1 not imported');
    expect(readFileSync(target, 'utf8')).toBe(edited);
    const zh = runCli(['import', dir, '--channel', 'blog', '--root', root], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('已跳过：content/posts/2022/Freedom-Network.md 已经存在，没有覆盖');
    expect(zh.stderr).toContain('未导入：');
    expect(zh.stderr).toContain('不是一天中的时间');
  });

  test('--dry-run lists what it would write and writes nothing; --status applies to published posts, a draft stays a draft', () => {
    const root = copy();
    const dir = folderOf(HEXO);
    const before = postFiles(root);
    const dry = runCli(['import', dir, '--channel', 'blog', '--root', root, '--dry-run', '--status', 'scheduled']);
    expect(dry.stdout.trim().split('\n')).toHaveLength(3);
    expect(dry.stderr).toContain('dry run: would import 3 of 4 Markdown files');
    // Its notes say what the import does ("is copied"): the first line says they are the plan.
    expect(dry.stderr.split('\n')[0]).toBe('throughline: dry run: nothing is written; each line below says what a real import would do');
    expect(postFiles(root)).toEqual(before);
    runCli(['import', dir, '--channel', 'blog', '--root', root, '--status', 'idea']);
    expect(readFileSync(join(root, 'content/posts/2022/Freedom-Network.md'), 'utf8')).toContain('channel: blog\nstatus: idea\n---');
    expect(readFileSync(join(root, 'content/posts/drafts/Draft-Post.md'), 'utf8')).toBe(HEXO['Draft-Post.md']!.replace('true\n---', 'true\nchannel: blog\n---'));
  });

  test("Jekyll's dated names lose the date, Hugo's bundle takes its folder's name, its list page and an existing channel key are handled", () => {
    const root = copy();
    const dir = folderOf(
      {
        '2020-01-02-hello-world.markdown': '---\nlayout: post\ntitle: Hello\npublished: false\n---\nHi.\n',
        '2019-05-06-trip notes.md': '---\ntitle: Trip notes\ndate: 2019-05-06 12:00:00 +0100\nchannel: old\n---\nNotes.\n',
        '_index.md': '---\ntitle: Posts\n---\n',
        'my-trip/index.md': '---\ntitle: My trip\ndate: 2021-07-01\n---\nPictures.\n',
      },
      '_posts',
    );
    const { code, stdout, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2019/trip-notes.md', 'content/posts/2020/hello-world.md', 'content/posts/2021/my-trip.md']);
    expect(stderr).toContain(`${dir}/_index.md: skipped: a Hugo list page, not a post`);
    expect(readFileSync(join(root, 'content/posts/2019/trip-notes.md'), 'utf8')).toBe('---\ntitle: Trip notes\ndate: 2019-05-06 12:00:00 +0100\nchannel: blog\n---\nNotes.\n');
    expect(readFileSync(join(root, 'content/posts/2020/hello-world.md'), 'utf8')).toContain('published: false\nchannel: blog\n---');
  });

  test("local images come along from beside the file or Hexo's asset folder; a published post whose image is nowhere comes in as a draft, named", () => {
    const root = copy();
    const dir = folderOf({
      'Trip.md': '---\ntitle: Trip\ndate: 2024-05-01 10:00:00\n---\n![a](pic.png) ![b](./img/side%20view.jpg) ![c](/site.png)\n',
      'Trip/pic.png': taggedImage('png'),
      'img/side view.jpg': taggedImage('jpg'),
      'Lost.md': '---\ntitle: Lost\ndate: 2024-05-02 10:00:00\n---\n![a](gone.png)\n',
      'Idea.md': '---\ntitle: Idea\ndraft: true\n---\n![a](later.png)\n',
    });
    const { code, stdout, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual(['content/posts/2024/Lost.md', 'content/posts/2024/Trip/index.md', 'content/posts/2024/Trip/pic.png', 'content/posts/2024/Trip/img/side view.jpg', 'content/posts/drafts/Idea.md']);
    expect(imageTag(join(root, 'content/posts/2024/Trip/pic.png'))).toBe('png');
    expect(readFileSync(join(root, 'content/posts/2024/Lost.md'), 'utf8')).toContain('status: draft\n');
    expect(stderr).toContain(`${dir}/Lost.md: body: image "gone.png" (line 5) not found beside the file or in ${dir}/Lost/: kept as written`);
    expect(stderr).toContain(`${dir}/Idea.md: body: image "later.png" (line 5) not found`);
    expect(runCli(['check', '--root', root, '--now', NOW]).code).not.toBe(2);
    const zh = runCli(['import', dir, '--channel', 'blog', '--root', copy()], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('找不到图片 "gone.png"');
  });

  test('an image named in two spellings (percent-escaped and <spaced>, with and without ?query) is listed and copied once, in a dry run too', () => {
    const dir = folderOf({
      'p/index.md': '---\ntitle: Pics\ndate: 2024-01-02\n---\n\n![a](my%20pic.png)\n\n![b](<my pic.png>)\n\n![c](x.png?v=1)\n\n![d](x.png)\n',
      'p/my pic.png': 'png-1',
      'p/x.png': 'png-2',
    });
    const listed = ['content/posts/2024/p/index.md', 'content/posts/2024/p/my pic.png', 'content/posts/2024/p/x.png'];
    const root = copy();
    const dry = runCli(['import', dir, '--channel', 'blog', '--root', root, '--dry-run']);
    expect(dry.stdout.trim().split('\n')).toEqual(listed);
    const real = runCli(['import', dir, '--channel', 'blog', '--root', root]);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout.trim().split('\n')).toEqual(listed);
    expect(readFileSync(join(root, 'content/posts/2024/p/my pic.png'), 'utf8')).toBe('png-1');
  });

  test("two Hexo posts' asset folders each with a cover.png: each post is a folder post with its own cover, links untouched; a true clash is still refused", () => {
    const root = copy();
    const dir = folderOf({
      'a.md': '---\ntitle: A\ndate: 2024-03-05 10:00:00\n---\n![c](cover.png)\n',
      'a/cover.png': 'AAA',
      'b.md': '---\ntitle: B\ndate: 2024-04-05 10:00:00\n---\n![c](cover.png)\n',
      'b/cover.png': 'BBB',
      'c.md': '---\ntitle: C\ndate: 2024-04-06 10:00:00\n---\n![c](shared.png)\n',
      'd.md': '---\ntitle: D\ndate: 2024-04-07 10:00:00\n---\n![c](shared.png)\n',
      'shared.png': 'SSS',
      // Two different files that the posts' links put at one place, content/posts/2024/media/x.png.
      'one/e.md': '---\ntitle: E\ndate: 2024-05-01 10:00:00\n---\n![x](../media/x.png)\n',
      'media/x.png': 'XXX',
      'two/sub/f.md': '---\ntitle: F\ndate: 2024-05-02 10:00:00\n---\n![x](../media/x.png)\n',
      'two/media/x.png': 'YYY',
    });
    const dry = runCli(['import', dir, '--channel', 'blog', '--root', root, '--dry-run']);
    const { code, stdout, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root]);
    expect(code).toBe(0);
    expect(stdout).toBe(dry.stdout);
    expect(stdout.trim().split('\n')).toEqual([
      'content/posts/2024/a/index.md',
      'content/posts/2024/a/cover.png',
      'content/posts/2024/b/index.md',
      'content/posts/2024/b/cover.png',
      'content/posts/2024/c/index.md',
      'content/posts/2024/c/shared.png',
      'content/posts/2024/d/index.md',
      'content/posts/2024/d/shared.png',
      'content/posts/2024/e/index.md',
      'content/posts/2024/media/x.png',
    ]);
    expect(readFileSync(join(root, 'content/posts/2024/a/cover.png'), 'utf8')).toBe('AAA');
    expect(readFileSync(join(root, 'content/posts/2024/b/cover.png'), 'utf8')).toBe('BBB');
    expect(readFileSync(join(root, 'content/posts/2024/b/index.md'), 'utf8')).toBe('---\ntitle: B\ndate: 2024-04-05 10:00:00\nchannel: blog\n---\n![c](cover.png)\n');
    expect(stderr).toContain(`not imported: ${dir}/two/sub/f.md: body: image "../media/x.png" would go to content/posts/2024/media/x.png, which another post's image of the same name takes`);
    expect(readFileSync(join(root, 'content/posts/2024/media/x.png'), 'utf8')).toBe('XXX');
    expect(runCli(['check', '--root', root, '--now', NOW]).stdout).not.toMatch(/not found|找不到/);
    const again = runCli(['import', dir, '--channel', 'blog', '--root', root], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(`${dir}/a.md: 已跳过：content/posts/2024/a/index.md 已经存在`);
    expect(again.stderr).toContain(`未导入：${dir}/two/sub/f.md`);
    expect(again.stderr).toContain('但那里已是另一篇文章的同名图片');
  });

  test("Hugo page bundles that each hold a featured.jpg are folder posts, every byte kept; a post moved flat before is not written again; the site shows each bundle's own image", async () => {
    const root = copy();
    // The body is the opening of a real Hugo bundle post, pgsty/pigsty.io content/blog/pigsty/v1.1.md
    // (Pigsty blog, Apache-2.0), CRLF as a Windows checkout writes it.
    const real = '---\r\ntitle: "Pigsty v1.1: Homepage, Jupyter, Pev2, PgBadger"\r\nlinkTitle: "Pigsty v1.1 Release"\r\ndate: 2021-10-12\r\nauthor: |\r\n  [Ruohang Feng](https://vonng.com) ([@Vonng](https://vonng.com/en/))\r\nseries: [Pigsty]\r\ntags: [Pigsty]\r\n---\r\n\r\n[![](featured.jpg)](https://github.com/pgsty/pigsty/releases/tag/v1.1.0)\r\n\r\nPigsty v1.1 is officially released.\r\n\r\n![homepage](./homepage.jpg)\r\n';
    const dir = folderOf(
      {
        'v1.1/index.md': real,
        'v1.1/featured.jpg': 'FEATURED-1.1',
        'v1.1/homepage.jpg': 'HOME',
        'v1.2/index.md': '---\ntitle: Pigsty v1.2\ndate: 2021-11-03\n---\n\n![](featured.jpg)\n',
        'v1.2/featured.jpg': 'FEATURED-1.2',
        'old/index.md': '---\ntitle: Old\ndate: 2021-01-03\n---\n\n![](featured.jpg)\n',
        'old/featured.jpg': 'OLD',
      },
      'content/posts',
    );
    // A post moved before as a flat file holds the address /posts/2021/old/.
    mkdirSync(join(root, 'content/posts/2021'), { recursive: true });
    writeFileSync(join(root, 'content/posts/2021/old.md'), '---\ntitle: Old\nchannel: blog\nstatus: draft\n---\nKept.\n');
    const { code, stdout, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'content/posts/2021/v1-1/index.md',
      'content/posts/2021/v1-1/featured.jpg',
      'content/posts/2021/v1-1/homepage.jpg',
      'content/posts/2021/v1-2/index.md',
      'content/posts/2021/v1-2/featured.jpg',
    ]);
    expect(stderr).toContain(`${dir}/old/index.md: skipped: content/posts/2021/old.md already there, not overwritten`);
    expect(readFileSync(join(root, 'content/posts/2021/old.md'), 'utf8')).toContain('Kept.');
    expect(readFileSync(join(root, 'content/posts/2021/v1-1/index.md'), 'utf8')).toBe(real.replace('tags: [Pigsty]\r\n---', 'tags: [Pigsty]\r\nchannel: blog\r\n---'));
    expect(readFileSync(join(root, 'content/posts/2021/v1-1/featured.jpg'), 'utf8')).toBe('FEATURED-1.1');
    expect(readFileSync(join(root, 'content/posts/2021/v1-2/featured.jpg'), 'utf8')).toBe('FEATURED-1.2');
    const { posts, problems } = await listPosts(root);
    expect(problems).toEqual([]);
    expect(posts.map((p) => p.id).filter((id) => id.startsWith('2021/')).sort()).toEqual(['2021/old', '2021/v1-1/index', '2021/v1-2/index']);
    expect(runCli(['check', '--root', root, '--now', NOW]).stdout).not.toMatch(/not found|找不到/);
  });

  test("Hexo's {% asset_img %} tags become Markdown images, their files copied from the asset folder into the post's own folder; the summary says what was converted, in EN and 中文", () => {
    const root = copy();
    // Shaped like a real Hexo post (a Slack/Travis CI note in a public repository): asset_img lines in an asset folder post.
    const post = '---\ntitle: Slack - Setting up Slack build notification in Travis CI\ndate: 2018-11-13 00:13:09\ntags: [Slack, Travis]\n---\n\n<!-- More -->\n\n{% asset_img 1.png %}\n\n{% asset_img 2.png 選取 Channel %}\n\n```\n{% asset_img 3.png %}\n```\n';
    const dir = folderOf({ 'Slack.md': post, 'Slack/1.png': 'ONE', 'Slack/2.png': 'TWO', 'Other.md': '---\ntitle: O\ndate: 2018-11-14 00:00:00\n---\n{% asset_img cover.png %}\n', 'Other/cover.png': 'OTHER' });
    const { code, stdout, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual(['content/posts/2018/Other/index.md', 'content/posts/2018/Other/cover.png', 'content/posts/2018/Slack/index.md', 'content/posts/2018/Slack/1.png', 'content/posts/2018/Slack/2.png']);
    expect(readFileSync(join(root, 'content/posts/2018/Slack/index.md'), 'utf8')).toBe(
      post.replace('Travis]\n---', 'Travis]\nchannel: blog\n---').replace('{% asset_img 1.png %}', '![](1.png)').replace('{% asset_img 2.png 選取 Channel %}', '![選取 Channel](2.png)'),
    );
    expect(readFileSync(join(root, 'content/posts/2018/Slack/2.png'), 'utf8')).toBe('TWO');
    expect(stderr).toContain(`${dir}/Slack.md: 2 Hexo {% asset_img %} tags are now Markdown images`);
    expect(stderr).toContain('imported 2 of 2 Markdown files into "blog"; converted 3 Hexo asset tags to Markdown (see above)');
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.stdout).not.toMatch(/template tag|not found/i);
    const zh = runCli(['import', dir, '--channel', 'blog', '--root', copy(), '--dry-run'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain(`${dir}/Slack.md: 2 个 Hexo {% asset_img %} 标签已改为 Markdown 图片`);
    expect(zh.stderr).toContain('将把 3 个 Hexo 资源标签改为 Markdown（见上文）');
  });

  test("the project's own content/posts, a folder in it or one holding it is refused, naming it, and nothing is written", () => {
    const root = copy();
    const before = postFiles(root);
    mkdirSync(join(root, 'content/posts/2019'));
    for (const folder of ['content/posts', 'content/posts/2019', '.']) {
      const { code, stdout, stderr } = runCli(['import', join(root, folder), '--channel', 'blog', '--root', root]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`${join(root, folder)}: this folder is this project's own content/posts, lies in it or holds it`);
    }
    expect(postFiles(root)).toEqual(before);
    const zh = runCli(['import', join(root, 'content'), '--channel', 'blog', '--root', root], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('这个文件夹是本项目自己的 content/posts');
  });

  test('a skipped file names the post file that is there, as it is spelled (.mdx, another case)', () => {
    const root = copy();
    const dir = folderOf({ 'Notes.mdx': '---\ntitle: Notes\ndate: 2024-05-01\n---\nHi.\n', 'Walk.md': '---\ntitle: Walk\ndate: 2024-05-02\n---\nHi.\n' });
    expect(runCli(['import', dir, '--channel', 'blog', '--root', root]).stdout).toBe('content/posts/2024/Notes.mdx\ncontent/posts/2024/Walk.md\n');
    const other = folderOf({ 'notes.md': '---\ntitle: Notes\ndate: 2024-05-01\n---\nHi.\n', 'walk.md': '---\ntitle: Walk\ndate: 2024-05-02\n---\nHi.\n' });
    const { stderr } = runCli(['import', other, '--channel', 'blog', '--root', root]);
    expect(stderr).toContain(`${other}/notes.md: skipped: content/posts/2024/Notes.mdx already there, not overwritten`);
    expect(stderr).toContain(`${other}/walk.md: skipped: content/posts/2024/Walk.md already there, not overwritten`);
  });

  test("images shown by a site path (Typora's typora-root-url, Hexo's source/images, an HTML <img src>) come along into public/, never over a file there", () => {
    const root = copy();
    mkdirSync(join(root, 'public/images'), { recursive: true });
    writeFileSync(join(root, 'public/images/kept.png'), 'mine');
    const dir = folderOf({
      'ocr.md': '---\ntitle: OCR\ndate: 2019-01-10\ntypora-root-url: ./\n---\n![c](/ocr/captcha.jpg) ![l](/images/logo%20x.png) ![k](/images/kept.png) ![n](/images/none.png)\n\n<img src="/images/wp.png" width="600"> <img src="/images/gone.png">\n',
      'ocr/captcha.jpg': 'jpg',
      '../images/wp.png': 'wp',
      '../images/logo x.png': 'png',
      '../images/kept.png': 'theirs',
    });
    const { code, stdout } = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual(['content/posts/2019/ocr.md', 'public/ocr/captcha.jpg', 'public/images/logo x.png', 'public/images/wp.png']);
    expect(readFileSync(join(root, 'public/ocr/captcha.jpg'), 'utf8')).toBe('jpg');
    expect(readFileSync(join(root, 'public/images/kept.png'), 'utf8')).toBe('mine');
    const check = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout);
    expect(check.flags.filter((f: { kind: string }) => f.kind === 'missing-image').map((f: { paths: string[] }) => f.paths)).toEqual([['/images/none.png', '/images/gone.png']]);
  });

  // A real Jekyll blog (mincong-h.github.io) shows images as <img src="{{ site.url }}/assets/logo.png">:
  // that address named no file, so its published posts were refused ("not found beside the file").
  test("images whose address starts with Jekyll's {{ site.url }} or {{ site.baseurl }} are site paths: copied from the site into public/, the body naming the path", () => {
    const root = copy();
    const dir = folderOf({
      '2018-07-06-pi.md': '---\ntitle: Pi\ndate: 2018-07-06\n---\n<p align="center">\n  <img src="{{ site.url }}/assets/logo-raspbian.png" alt="Logo Raspbian">\n</p>\n\n![b]({{site.baseurl}}/assets/b.png) and `{{ site.url }}` in code.\n',
      '../assets/logo-raspbian.png': 'png-r',
      '../assets/b.png': 'png-b',
    }, '_posts');
    const { code, stdout, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2018/pi.md', 'public/assets/b.png', 'public/assets/logo-raspbian.png']);
    expect(readFileSync(join(root, 'content/posts/2018/pi.md'), 'utf8')).toBe(
      '---\ntitle: Pi\ndate: 2018-07-06\nchannel: blog\n---\n<p align="center">\n  <img src="/assets/logo-raspbian.png" alt="Logo Raspbian">\n</p>\n\n![b](/assets/b.png) and `{{ site.url }}` in code.\n',
    );
    expect(stderr).toContain("{{ site.url }}/assets/logo-raspbian.png is now /assets/logo-raspbian.png");
    expect(runCli(['check', '--root', root, '--now', NOW]).code).toBe(0);
  });

  test('a single Markdown post is refused as not a feed, with the folder to pass instead', () => {
    const root = copy();
    const dir = folderOf(HEXO);
    const { code, stdout, stderr } = runCli(['import', `${dir}/Draft-Post.md`, '--channel', 'blog', '--root', root]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${dir}/Draft-Post.md: this is a Markdown post, not a feed: import takes a folder of them`);
    expect(stderr).toContain(`pass its folder: import ${dir} --channel blog`);
    const zh = runCli(['import', `${dir}/Draft-Post.md`, '--channel', 'blog', '--root', root], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('这是一篇 Markdown 文章，不是 feed');
  });

  test('a folder with no Markdown file is refused, naming it', () => {
    const root = copy();
    const dir = folderOf({ 'notes.txt': 'x' });
    const { code, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${dir}: this folder holds no Markdown files`);
  });
});

// A Hugo page bundle (content/posts/<name>/index.md + cover.jpg, `cover: cover.jpg`) and a Fuwari
// post (src/content/posts/<name>/index.md as Fuwari's own guide and `pnpm new-post` write it:
// `image: "./cover.jpeg"`, empty `description: ''` and `lang: ''`) were refused whole.
describe('import of posts whose cover is a file beside them', () => {
  const HUGO = {
    'trip/index.md': '---\ntitle: A trip\ndate: 2024-05-01T10:00:00+08:00\ndraft: false\ncover: cover.jpg\ntags: [travel]\n---\n\nText.\n',
    'trip/cover.jpg': taggedImage('JPEG-trip'),
    'lost/index.md': '---\ntitle: Lost cover\ndate: 2024-05-02\ncover: cover.jpg\n---\n\nText.\n',
    'papermod/index.md': '---\ntitle: PaperMod\ndate: 2024-05-03\ncover:\n  image: images/c.png\n  alt: A cup\n  relative: true\n---\n\nText.\n',
    'papermod/images/c.png': taggedImage('PNG-cup'),
    // A Hexo post whose cover is in its asset folder (source/_posts/<name>/).
    'hexo-post.md': '---\ntitle: Hexo post\ndate: 2024-05-04 10:00:00\ncover: banner.png\n---\n\nText.\n',
    'hexo-post/banner.png': taggedImage('PNG-banner'),
  };
  const FUWARI = {
    'guide/index.md': "---\ntitle: Simple Guides for Fuwari\npublished: 2024-04-01\ndescription: ''\nimage: \"./cover.jpeg\"\ntags: [\"Blogging\"]\ncategory: Guides\ndraft: false\nlang: ''\n---\n\nHi.\n",
    'guide/cover.jpeg': taggedImage('JPEG-guide'),
  };

  test('copies the cover beside the folder post and writes cover: as the path, which check accepts', async () => {
    const root = copy();
    const hugo = folderOf(HUGO, 'content/posts');
    const { code, stdout, stderr } = runCli(['import', hugo, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n').sort()).toEqual([
      'content/posts/2024/hexo-post/banner.png',
      'content/posts/2024/hexo-post/index.md',
      'content/posts/2024/lost.md',
      'content/posts/2024/papermod/images/c.png',
      'content/posts/2024/papermod/index.md',
      'content/posts/2024/trip/cover.jpg',
      'content/posts/2024/trip/index.md',
    ]);
    const posts = join(root, 'content/posts/2024');
    expect(imageTag(join(posts, 'trip/cover.jpg'))).toBe('JPEG-trip');
    expect(imageTag(join(posts, 'hexo-post/banner.png'))).toBe('PNG-banner');
    expect(readFileSync(join(posts, 'trip/index.md'), 'utf8')).toBe(HUGO['trip/index.md'].replace('[travel]\n', '[travel]\nchannel: blog\n'));
    expect(readFileSync(join(posts, 'papermod/index.md'), 'utf8')).toBe('---\ntitle: PaperMod\ndate: 2024-05-03\ncover: images/c.png\nchannel: blog\n---\n\nText.\n');
    expect(stderr).toContain(`${hugo}/papermod/index.md: its cover (cover.image: images/c.png) is copied beside it and is now cover: images/c.png`);
    const fuwari = folderOf(FUWARI, 'src/content/posts');
    const moved = runCli(['import', fuwari, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout.trim().split('\n').sort()).toEqual(['content/posts/2024/guide/cover.jpeg', 'content/posts/2024/guide/index.md']);
    expect(readFileSync(join(posts, 'guide/index.md'), 'utf8')).toBe(FUWARI['guide/index.md'].replace("lang: ''\n", "lang: ''\nchannel: blog\naliases: [/posts/guide/]\ncover: ./cover.jpeg\n"));
    const { posts: listed, problems } = await listPosts(root);
    expect(problems).toEqual([]);
    expect(Object.fromEntries(listed.filter((p) => p.id.startsWith('2024/')).map((p) => [p.id, p.data.cover ?? null]))).toEqual({
      '2024/guide/index': './cover.jpeg',
      '2024/hexo-post/index': 'banner.png',
      '2024/lost': null,
      '2024/papermod/index': 'images/c.png',
      '2024/trip/index': 'cover.jpg',
    });
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/0 errors/);
  });

  test('imports a post whose cover file is missing without it, and says so in English and Chinese', () => {
    const hugo = folderOf({ 'lost/index.md': HUGO['lost/index.md'] }, 'content/posts');
    const en = runCli(['import', hugo, '--channel', 'blog', '--root', copy(), '--now', NOW]);
    expect(en.code).toBe(0);
    expect(en.stdout.trim()).toBe('content/posts/2024/lost.md');
    // Hugo serves static/ at the site's root: a theme's absURL reads a cover not in the bundle from there.
    expect(en.stderr).toContain(`${hugo}/lost/index.md: its cover (cover: cover.jpg) was not found (looked for ${hugo}/lost/cover.jpg and ${dirname(dirname(hugo))}/static/cover.jpg): imported without it`);
    expect(en.stderr).toContain('imported 1 of 1 Markdown file into "blog"; 1 imported without its cover, not found or not an image the site can serve (see above)');
    const root = copy();
    const zh = runCli(['import', hugo, '--channel', 'blog', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain(`找不到封面（cover: cover.jpg）（找过 ${hugo}/lost/cover.jpg 和 ${dirname(dirname(hugo))}/static/cover.jpg）：文章已导入，但没有这张封面`);
    expect(zh.stderr).toContain('1 个已在没有封面的情况下导入');
    expect(readFileSync(join(root, 'content/posts/2024/lost.md'), 'utf8')).toBe('---\ntitle: Lost cover\ndate: 2024-05-02\nchannel: blog\n---\n\nText.\n');
  });

  // A Jekyll or Hexo post written on a desktop editor can name its cover as a file:// URL or a
  // drive path, and a theme may write a protocol-relative CDN address: check and the build refuse
  // such a cover, so import refused the whole post.
  test('imports a post whose cover the site cannot serve without it, and a protocol-relative cover as https, so check accepts the project', () => {
    const folder = folderOf({
      'local.md': '---\ntitle: Local\ndate: 2024-05-04\ncover: file:///C:/Users/me/cover.jpg\n---\n\nText.\n',
      'drive.md': '---\ntitle: Drive\ndate: 2024-05-05\ncover: C:\\pics\\cover.jpg\n---\n\nText.\n',
      'cdn.md': '---\ntitle: CDN\ndate: 2024-05-06\ncover: //cdn.example.com/c.png\n---\n\nText.\n',
    }, 'posts');
    const root = copy();
    const en = runCli(['import', folder, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout.trim().split('\n').sort()).toEqual(['content/posts/2024/cdn.md', 'content/posts/2024/drive.md', 'content/posts/2024/local.md']);
    const posts = join(root, 'content/posts/2024');
    expect(readFileSync(join(posts, 'local.md'), 'utf8')).toBe('---\ntitle: Local\ndate: 2024-05-04\nchannel: blog\n---\n\nText.\n');
    expect(readFileSync(join(posts, 'drive.md'), 'utf8')).toBe('---\ntitle: Drive\ndate: 2024-05-05\nchannel: blog\n---\n\nText.\n');
    expect(readFileSync(join(posts, 'cdn.md'), 'utf8')).toBe('---\ntitle: CDN\ndate: 2024-05-06\ncover: https://cdn.example.com/c.png\nchannel: blog\n---\n\nText.\n');
    expect(en.stderr).toContain(`${folder}/local.md: its cover (cover: file:///C:/Users/me/cover.jpg) is not an image the site can serve`);
    expect(en.stderr).toContain(`${folder}/cdn.md: its cover //cdn.example.com/c.png (an address without a scheme) is now cover: https://cdn.example.com/c.png`);
    expect(en.stderr).toContain('2 imported without their covers, not found or not an image the site can serve (see above)');
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.code, check.stderr).toBe(0);
    const zh = runCli(['import', folder, '--channel', 'blog', '--root', copy(), '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('封面（cover: file:///C:/Users/me/cover.jpg）不是网站能提供的图片');
  });

  // The same covers written under the keys other themes use (PaperMod's cover.image, AstroPaper's
  // ogImage, Fuwari's image) were kept as they were: the build reads only a site path or an
  // http(s) URL from them, so a CDN cover was silently lost and a file:// one dropped without a note.
  test('settles such covers written as PaperMod cover.image, ogImage or image the same way', async () => {
    const folder = folderOf({
      'papermod-cdn.md': '---\ntitle: PaperMod CDN\ndate: 2024-05-07\ncover:\n  image: //cdn.example.com/p.png\n  alt: P\n---\n\nText.\n',
      'papermod-local.md': '---\ntitle: PaperMod local\ndate: 2024-05-08\ncover:\n  image: FILE:///home/me/p.png\n---\n\nText.\n',
      'og.md': '---\ntitle: OG\ndate: 2024-05-09\nogImage: //cdn.example.com/og.png\n---\n\nText.\n',
      'fuwari.md': '---\ntitle: Fuwari\ndate: 2024-05-10\nimage: C:/pics/f.jpg\n---\n\nText.\n',
    }, 'posts');
    const root = copy();
    const en = runCli(['import', folder, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(en.code, en.stderr).toBe(0);
    const posts = join(root, 'content/posts/2024');
    expect(readFileSync(join(posts, 'papermod-cdn.md'), 'utf8')).toBe('---\ntitle: PaperMod CDN\ndate: 2024-05-07\ncover: https://cdn.example.com/p.png\nchannel: blog\n---\n\nText.\n');
    expect(readFileSync(join(posts, 'papermod-local.md'), 'utf8')).toBe('---\ntitle: PaperMod local\ndate: 2024-05-08\nchannel: blog\n---\n\nText.\n');
    expect(readFileSync(join(posts, 'og.md'), 'utf8')).toBe('---\ntitle: OG\ndate: 2024-05-09\nogImage: //cdn.example.com/og.png\nchannel: blog\ncover: https://cdn.example.com/og.png\n---\n\nText.\n');
    expect(en.stderr).toContain(`${folder}/og.md: its cover (ogImage: //cdn.example.com/og.png, an address without a scheme) is now cover: https://cdn.example.com/og.png`);
    expect(en.stderr).toContain(`${folder}/papermod-local.md: its cover (cover.image: FILE:///home/me/p.png) is not an image the site can serve`);
    expect(en.stderr).toContain(`${folder}/fuwari.md: its cover (image: C:/pics/f.jpg) is not an image the site can serve`);
    expect(en.stderr).toContain('2 imported without their covers');
    const { posts: listed, problems } = await listPosts(root);
    expect(problems).toEqual([]);
    expect(Object.fromEntries(listed.filter((p) => p.id.startsWith('2024/')).map((p) => [p.id, p.data.cover ?? null]))).toEqual({
      '2024/fuwari': null,
      '2024/og': 'https://cdn.example.com/og.png',
      '2024/papermod-cdn': 'https://cdn.example.com/p.png',
      '2024/papermod-local': null,
    });
    const zh = runCli(['import', folder, '--channel', 'blog', '--root', copy(), '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('封面（ogImage: //cdn.example.com/og.png，缺少 https: 的地址）已改为 cover: https://cdn.example.com/og.png');
  });
});

// A real Hugo PaperMod site (jesse-wei/jessewei.dev-PaperMod's sapsim post: `cover: {image:
// /SAPsim_still_cropped.jpg}`, a file in Hugo's static/) imported with its site-path cover kept
// and not copied, so check and the build refused the whole project; body images served from
// static/ were left behind too.
describe('import of posts whose cover or images are site paths', () => {
  /** A Hugo site: `site/content/posts` with `files`, `site/static` with `statics`; returns the posts folder. */
  function hugoSite(files: Record<string, string>, statics: Record<string, string | Buffer>): string {
    const posts = folderOf(files, 'site/content/posts');
    for (const [path, bytes] of Object.entries(statics)) {
      const file = join(posts, '../../static', path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
    return posts;
  }
  const FILES = {
    'sapsim/index.md': '---\ntitle: SAPsim\ndate: 2023-01-10\ncover:\n    image: /SAPsim_still_cropped.jpg\n    relative: false\n---\n\n![demo](/images/demo.gif)\n',
    'lost.md': '---\ntitle: Lost\ndate: 2023-01-11\nogImage: /og/lost.png\n---\n\nText.\n',
  };

  test("copies a site-path cover and body image from Hugo's static/ to public/, and leaves out a site-path cover found nowhere, so check accepts the project", () => {
    const root = copy();
    const hugo = hugoSite(FILES, { 'SAPsim_still_cropped.jpg': taggedImage('JPEG-sap'), 'images/demo.gif': taggedImage('GIF-demo') });
    const { code, stdout, stderr } = runCli(['import', hugo, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2023/lost.md', 'content/posts/2023/sapsim.md', 'public/SAPsim_still_cropped.jpg', 'public/images/demo.gif']);
    expect(imageTag(join(root, 'public/SAPsim_still_cropped.jpg'))).toBe('JPEG-sap');
    expect(imageTag(join(root, 'public/images/demo.gif'))).toBe('GIF-demo');
    expect(readFileSync(join(root, 'content/posts/2023/lost.md'), 'utf8')).toBe('---\ntitle: Lost\ndate: 2023-01-11\nchannel: blog\n---\n\nText.\n');
    expect(stderr).toContain(`${hugo}/lost.md: its cover (ogImage: /og/lost.png) was not found (looked for public/og/lost.png, ${hugo}/og/lost.png`);
    expect(stderr).toContain('1 imported without its cover');
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.code, check.stderr).toBe(0);
    const zh = runCli(['import', hugoSite({ 'lost.md': FILES['lost.md'] }, {}), '--channel', 'blog', '--root', copy(), '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('找不到封面（ogImage: /og/lost.png）');
  });

  // A real Jekyll blog (mincong-h.github.io, TeXt theme) writes the same site path under image:
  // and cover:. Only cover: was removed, so image: (read as the cover) stopped check for the project.
  test('leaves out every key that gives a missing site-path cover, an alias with the same path too', () => {
    const root = copy();
    const jekyll = folderOf({ '2021-07-14-es.md': '---\ntitle: 修复 Elasticsearch 中损坏的索引\nlang: zh\ndate: 2021-07-14 16:57:49 +0200\nimage: /assets/bg-hill.jpg\ncover: /assets/bg-hill.jpg\n---\n\n正文。\n' }, '_posts');
    const { code, stderr } = runCli(['import', jekyll, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(root, 'content/posts/2021/es.md'), 'utf8')).toBe('---\ntitle: 修复 Elasticsearch 中损坏的索引\nlang: zh\ndate: 2021-07-14 16:57:49 +0200\nchannel: blog\n---\n\n正文。\n');
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.code, check.stderr).toBe(0);
  });

  test('keeps a site-path cover that public/ holds already, copying nothing over it', () => {
    const root = copy();
    mkdirSync(join(root, 'public/og'), { recursive: true });
    writeFileSync(join(root, 'public/og/lost.png'), 'PNG-mine');
    const hugo = hugoSite({ 'lost.md': FILES['lost.md'] }, { 'og/lost.png': 'PNG-theirs' });
    const { code, stdout, stderr } = runCli(['import', hugo, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim()).toBe('content/posts/2023/lost.md');
    expect(readFileSync(join(root, 'public/og/lost.png'), 'utf8')).toBe('PNG-mine');
    expect(readFileSync(join(root, 'content/posts/2023/lost.md'), 'utf8')).toContain('ogImage: /og/lost.png');
  });
});

// AstroPaper keeps posts in src/data/blog/ (subfolders allowed) and their images in src/assets/,
// linked relatively (`ogImage: "../../../assets/images/c.png"` from src/data/blog/sub/). Beside
// the new post that path leaves content/posts/, so the post was refused, its cover named as a
// body image "not found" although the file was there.
describe('import of a post whose relative cover or image would land outside content/posts', () => {
  const ASTROPAPER = {
    'data/blog/top.md': '---\ntitle: Top\npubDatetime: 2025-05-01T10:00:00Z\nogImage: "../../assets/images/c.png"\n---\n\nText.\n',
    'data/blog/sub/nested.md': '---\ntitle: Nested\npubDatetime: 2025-05-02T10:00:00Z\nogImage: "../../../assets/images/c.png"\n---\n\nText.\n',
    'assets/images/c.png': taggedImage('PNG-c'),
  };

  test('copies such a cover beside the folder post by its file name and writes cover: as that name, which check accepts', () => {
    const root = copy();
    const src = folderOf(ASTROPAPER, 'src');
    const { code, stdout, stderr } = runCli(['import', join(src, 'data/blog'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2025/nested/c.png', 'content/posts/2025/nested/index.md', 'content/posts/2025/top/index.md', 'content/posts/assets/images/c.png']);
    expect(imageTag(join(root, 'content/posts/2025/nested/c.png'))).toBe('PNG-c');
    expect(readFileSync(join(root, 'content/posts/2025/nested/index.md'), 'utf8')).toBe(ASTROPAPER['data/blog/sub/nested.md'].replace('---\n\nText', 'channel: blog\naliases: [/posts/sub/nested/]\ncover: c.png\n---\n\nText'));
    expect(stderr).toContain('its cover (ogImage: ../../../assets/images/c.png) is copied beside it as c.png');
    const zh = runCli(['import', join(src, 'data/blog/sub'), '--channel', 'blog', '--root', copy(), '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('封面（ogImage: ../../../assets/images/c.png）已复制到文章旁边，名为 c.png');
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.code, check.stderr).toBe(0);
  });

  // AstroPaper's own docs recommend the `@/` path alias of its tsconfig.json (`"@/*": ["./src/*"]`):
  // `![x](@/assets/images/c.png)`. The import looked for `@/assets/…` beside the post and refused it.
  test("reads an image written through the source project's tsconfig path alias (@/assets/…) as the file it names", () => {
    const body = '![c](@/assets/images/c.png)\n\n<img src="@/assets/images/d.png" alt="d">\n\n`@/assets/images/c.png` in code stays.\n';
    const src = folderOf({ ...ASTROPAPER, 'assets/images/d.png': taggedImage('PNG-d'), '../tsconfig.json': '{\n  // AstroPaper\n  "extends": "astro/tsconfigs/strict",\n  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"] } }\n}\n', 'data/blog/v5.md': `---\ntitle: V5\npubDatetime: 2025-05-03T10:00:00Z\n---\n\n${body}` }, 'src');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', join(src, 'data/blog'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain('not imported');
    expect(stdout).toContain('content/posts/2025/v5/index.md');
    const written = readFileSync(join(root, 'content/posts/2025/v5/index.md'), 'utf8');
    expect(written).not.toMatch(/\]\(@\/|src="@\//);
    expect(written).toContain('`@/assets/images/c.png` in code stays.');
    expect(stderr).toContain('image @/assets/images/c.png is now ../../assets/images/c.png');
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.code, check.stderr).toBe(0);
  });

  // A source tsconfig.json with its closing brace missing was passed over in silence: the image
  // was then "not found" with no word of the file that would have named it.
  test("names the source's tsconfig.json that is not JSON, with its line and column, beside an image written through its alias that is then not found", () => {
    const src = folderOf({ ...ASTROPAPER, '../tsconfig.json': '{\n  "compilerOptions": { "paths": { "@/*": ["./src/*"] } }\n', 'data/blog/v5.md': '---\ntitle: V5\npubDatetime: 2025-05-03T10:00:00Z\n---\n\n![c](@/assets/images/c.png)\n' }, 'src');
    for (const [lang, said] of [
      ['en', `image "@/assets/images/c.png" (line 6) not found beside the file or in ${join(src, 'data/blog/v5/')}: kept as written; ${join(src, '../tsconfig.json')} could not be read: not valid JSON at line 3, column 1 (the text ends before the JSON does: a closing } or ] missing?), so its path aliases (@/…) were not tried`],
      ['zh', `${join(src, '../tsconfig.json')} 无法读取：不是有效的 JSON，在第 3 行第 1 列（文本在 JSON 结束之前就结束了：少了 } 或 ]？），所以没有按它的路径别名（@/…）查找`],
    ] as const) {
      const { stderr } = runCli(['import', join(src, 'data/blog'), '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', lang]);
      expect(stderr).toContain(said);
    }
  });

  test('copies such a body image beside the folder post by its file name and renames it in the body, Markdown, reference and HTML alike; code keeps every byte', () => {
    const body = '![c](../../../assets/images/c.png "C")\n\n![r][ref]\n\n<img src="../../../assets/other/c.png" alt="o">\n\n```md\n![c](../../../assets/images/c.png)\n```\n\n[ref]: ../../../assets/images/d.png\n';
    const src = folderOf({ ...ASTROPAPER, 'assets/images/d.png': taggedImage('PNG-d'), 'assets/other/c.png': taggedImage('PNG-other'), 'data/blog/sub/nested.md': `---\ntitle: Nested\npubDatetime: 2025-05-02T10:00:00Z\n---\n\n${body}` }, 'src');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', join(src, 'data/blog/sub'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2025/nested/c-2.png', 'content/posts/2025/nested/c.png', 'content/posts/2025/nested/d.png', 'content/posts/2025/nested/index.md']);
    const written = readFileSync(join(root, 'content/posts/2025/nested/index.md'), 'utf8');
    expect(written).toContain('![c](c.png "C")\n\n![r][ref]\n\n<img src="c-2.png" alt="o">\n\n```md\n![c](../../../assets/images/c.png)\n```\n\n[ref]: d.png\n');
    expect(imageTag(join(root, 'content/posts/2025/nested/c.png'))).toBe('PNG-c');
    expect(imageTag(join(root, 'content/posts/2025/nested/c-2.png'))).toBe('PNG-other');
    expect(imageTag(join(root, 'content/posts/2025/nested/d.png'))).toBe('PNG-d');
    expect(stderr).toContain('image ../../../assets/images/c.png is copied beside it as c.png');
    expect(stderr).not.toContain('not imported');
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.code, check.stderr).toBe(0);
    const zh = runCli(['import', join(src, 'data/blog/sub'), '--channel', 'blog', '--root', copy(), '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('图片 ../../../assets/images/c.png 已复制到文章旁边，名为 c.png');
  });

  test('a body image leaving content/posts does not take the name of the cover copied beside the post; the cover\'s own file shows under it', () => {
    const body = '![other](../../../assets/other/c.png)\n\n![same](../../../assets/images/c.png)\n';
    const src = folderOf({ ...ASTROPAPER, 'assets/other/c.png': taggedImage('PNG-other'), 'data/blog/sub/nested.md': `---\ntitle: Nested\npubDatetime: 2025-05-02T10:00:00Z\nogImage: "../../../assets/images/c.png"\n---\n\n${body}` }, 'src');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', join(src, 'data/blog/sub'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2025/nested/c-2.png', 'content/posts/2025/nested/c.png', 'content/posts/2025/nested/index.md']);
    const written = readFileSync(join(root, 'content/posts/2025/nested/index.md'), 'utf8');
    expect(written).toContain('cover: c.png');
    expect(written).toContain('![other](c-2.png)\n\n![same](c.png)\n');
    expect(imageTag(join(root, 'content/posts/2025/nested/c.png'))).toBe('PNG-c');
    expect(imageTag(join(root, 'content/posts/2025/nested/c-2.png'))).toBe('PNG-other');
  });

  test('a cover copied beside the post by its file name does not take the name of a body image beside the post that is another file', () => {
    const src = folderOf({ ...ASTROPAPER, 'data/blog/sub/c.png': taggedImage('PNG-beside'), 'data/blog/sub/nested.md': '---\ntitle: Nested\npubDatetime: 2025-05-02T10:00:00Z\nogImage: "../../../assets/images/c.png"\n---\n\n![beside](./c.png)\n' }, 'src');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', join(src, 'data/blog/sub'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2025/nested/c-2.png', 'content/posts/2025/nested/c.png', 'content/posts/2025/nested/index.md']);
    const written = readFileSync(join(root, 'content/posts/2025/nested/index.md'), 'utf8');
    expect(written).toContain('cover: c-2.png');
    expect(written).toContain('![beside](./c.png)\n');
    expect(imageTag(join(root, 'content/posts/2025/nested/c.png'))).toBe('PNG-beside');
    expect(imageTag(join(root, 'content/posts/2025/nested/c-2.png'))).toBe('PNG-c');
    expect(stderr).toContain('is copied beside it as c-2.png, which cover: now names');
  });

  test('a published post whose body image leaving content/posts is found nowhere comes in as a draft, saying it was not found', () => {
    const src = folderOf({ ...ASTROPAPER, 'data/blog/sub/nested.md': '---\ntitle: Nested\npubDatetime: 2025-05-02T10:00:00Z\n---\n\n![c](../../../assets/images/missing.png)\n' }, 'src');
    const root = copy();
    const { stderr, stdout } = runCli(['import', join(src, 'data/blog/sub'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(stdout.trim()).toBe('content/posts/2025/nested.md');
    expect(readFileSync(join(root, 'content/posts/2025/nested.md'), 'utf8')).toContain('status: draft\n');
    expect(stderr).not.toContain('not imported:');
    expect(stderr).toContain('"../../../assets/images/missing.png" (line 6) not found');
  });
});

describe("import of a Jekyll post's kramdown marks", () => {
  // A trial on real Jekyll blogs: `{: .lead}`, `{:toc}` and `{: #id}` lines were written as they were, and the portfolio showed them as text.
  test('removes them as Jekyll does, says so on the file\'s line (EN and 中文), and check then finds nothing to flag', () => {
    const post = '---\ntitle: Kunqu night\n---\n\n* TOC\n{:toc}\n\n## Opening\n{: #opening}\n\nThe curtain rises.\n{: .lead}\n\n![](stage.jpg){: loading="lazy" alt="The stage" }\n';
    const root = copy();
    const dir = folderOf({ '2024-05-01-kunqu-night.md': post, 'stage.jpg': taggedImage('jpg') }, 'site/_posts');
    const { code, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    expect(stderr).toContain(`${dir}/2024-05-01-kunqu-night.md: its kramdown marks, which the portfolio would show as text, are removed as Jekyll removes them: 3 attribute lists`);
    const written = readFileSync(join(root, 'content/posts/2024/kunqu-night/index.md'), 'utf8');
    expect(written).toContain('\n## Opening {#opening}\n\nThe curtain rises.\n\n![The stage](');
    expect(written).not.toMatch(/\{:|TOC/);
    const check = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout) as { flags: { kind: string; post?: string }[] };
    expect(check.flags.filter((f) => f.kind === 'template-tag' && String(f.post).includes('kunqu-night'))).toEqual([]);
    const zh = runCli(['import', folderOf({ '2024-05-01-kunqu-night.md': post, 'stage.jpg': taggedImage('jpg') }, 'site/_posts'), '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('它的 kramdown 标记（作品集网站会把它们显示为文字）已像 Jekyll 那样去掉：3 个属性列表');
  });
});

describe('import of a folder with --pillar-map', () => {
  // A trial on a real Jekyll blog: the flag that maps a feed's categories to pillars was refused for its _posts.
  const JEKYLL = {
    '2025-03-04-braised-pork.md': '---\ntitle: Braised pork\ncategories: [Recipes]\ntags: [pork]\n---\n\nText.\n',
    '2025-03-05-window-light.md': '---\ntitle: Window light\ncategories: life photos\n---\n\nText.\n',
    '2025-03-06-trip.md': '---\ntitle: Trip\ntags: [travel]\n---\n\nText.\n',
  };

  test('maps the posts\' categories and tags to pillars as it does a feed\'s, says so per file, and names a mapped name no file has, EN and 中文', async () => {
    const root = copy();
    const dir = folderOf(JEKYLL, 'site/_posts');
    const { code, stderr } = runCli(['import', dir, '--channel', 'blog', '--pillar-map', 'Recipes=recipes,Photos=photography,Travle=recipes', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    expect(stderr).toContain(`${dir}/2025-03-04-braised-pork.md: pillar: recipes, from its category or tag "Recipes" (--pillar-map)`);
    expect(stderr).toContain(`${dir}: --pillar-map: no file has the category or tag "travle", nor is in a folder of that name, so no post got the pillar "recipes"`);
    const { posts, problems } = await listPosts(root);
    expect(problems).toEqual([]);
    expect(new Map(posts.filter((p) => p.id.startsWith('2025/')).map((p) => [p.id, p.data.pillar]))).toEqual(new Map([
      ['2025/braised-pork', 'recipes'],
      ['2025/window-light', 'photography'],
      ['2025/trip', undefined],
    ]));
    const zh = runCli(['import', folderOf(JEKYLL, 'site/_posts'), '--channel', 'blog', '--pillar-map', 'Travle=recipes', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain('--pillar-map：没有一个文件带有分类或标签 "travle"，也没有文件在叫这个名字的文件夹里，因此没有文章得到支柱 "recipes"');
  });

  test('reads the full-width comma and equals sign a Chinese keyboard types (，、＝) as , and =', async () => {
    const root = copy();
    const { code, stderr } = runCli(['import', folderOf(JEKYLL, 'site/_posts'), '--channel', 'blog', '--pillar-map', 'Recipes＝recipes，Photos=photography', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const { posts } = await listPosts(root);
    expect(posts.find((p) => p.id === '2025/braised-pork')?.data.pillar).toBe('recipes');
    expect(posts.find((p) => p.id === '2025/window-light')?.data.pillar).toBe('photography');
  });
});

describe('import of a folder git keeps, files without dates (a weekly in a repository)', () => {
  const git = (dir: string, args: string[], date: string) =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });

  test('without --git-dates they are drafts and the summary names the flag; with it each is published on the day its file was first committed', async () => {
    const dir = folderOf({ 'issue-1.md': '# Weekly 1\n\nFirst.\n' }, 'weekly/docs');
    const repo = dirname(dir);
    git(repo, ['init', '-q'], '2024-05-10T08:00:00+08:00');
    git(repo, ['add', '.'], '2024-05-10T08:00:00+08:00');
    git(repo, ['commit', '-qm', 'one'], '2024-05-10T08:00:00+08:00');
    writeFileSync(join(dir, 'issue-2.md'), '# Weekly 2\n\nSecond.\n');
    git(repo, ['add', '.'], '2024-05-17T08:30:00+08:00');
    git(repo, ['commit', '-qm', 'two'], '2024-05-17T08:30:00+08:00');
    writeFileSync(join(dir, 'issue-3.md'), '# Weekly 3\n');
    const plain = runCli(['import', dir, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('content/posts/drafts/issue-1.md');
    expect(plain.stderr).toContain('3 posts gave no date, so they are drafts. This folder is in a git repository: import with --git-dates');
    const root = copy();
    const dated = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW, '--git-dates']);
    expect(dated.code).toBe(0);
    expect(dated.stdout.trim().split('\n').sort()).toEqual(['content/posts/2024/issue-1.md', 'content/posts/2024/issue-2.md', 'content/posts/drafts/issue-3.md']);
    expect(dated.stderr).toContain(`${dir}/issue-2.md: date: 2024-05-17T08:30:00+08:00, from git: the commit that added its file (`);
    expect(dated.stderr).toContain('--git-dates: 1 file is in no commit yet, so git gives it no date');
    const { posts, problems } = await listPosts(root);
    expect(problems).toEqual([]);
    expect(new Map(posts.filter((p) => p.id.includes('/issue-')).map((p) => [p.id, [p.data.status, p.data.publishedAt]]))).toEqual(new Map([
      ['2024/issue-1', ['published', '2024-05-10T08:00:00+08:00']],
      ['2024/issue-2', ['published', '2024-05-17T08:30:00+08:00']],
      ['drafts/issue-3', ['draft', undefined]],
    ]));
    const outside = folderOf({ 'a.md': '# A\n' }, 'plain');
    const refused = runCli(['import', outside, '--channel', 'blog', '--root', copy(), '--git-dates']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('this folder is not in a git repository, so --git-dates has no history to read');
  });
});

// Issue 18: a moved site's old addresses 404ed. Each moved post now lists its old address in
// `aliases`, and the build serves a page there that sends the reader on.
describe("import writes each post's address on the old site into aliases", () => {
  const aliasesOf = (root: string, file: string) => /^aliases: (.*)$/m.exec(readFileSync(join(root, 'content/posts', file), 'utf8'))?.[1] ?? null;
  const importInto = (root: string, dir: string) => {
    const result = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(result.code, result.stderr).toBe(0);
    return result;
  };

  // AstroPaper v5's own posts (src/data/blog/), its getPath(): folders (those starting with "_"
  // left out) then the entry id's last segment, the `slug` frontmatter when set.
  test('AstroPaper: /posts/<folders>/<slug or file name>/, slug kept as written', () => {
    const root = copy();
    const src = folderOf({
      'adding-new-post.md': '---\ntitle: Adding new posts in AstroPaper theme\npubDatetime: 2022-09-23T15:22:00Z\ntags: [docs]\n---\n\nText.\n',
      'custom.md': '---\ntitle: Custom slug\npubDatetime: 2022-09-25T15:22:00Z\nslug: how-to-configure-astropaper-theme\n---\n\nText.\n',
      'examples/example-post.md': '---\ntitle: Example\npubDatetime: 2023-01-30T15:57:52.737Z\n---\n\nText.\n',
      '_releases/astro-paper-5.md': '---\ntitle: AstroPaper 5.0\npubDatetime: 2025-03-08T08:18:19.693Z\n---\n\nText.\n',
      'v3.md': '---\ntitle: Old v3 post\npubDatetime: 2022-06-01T10:00:00Z\npostSlug: old-v3-post\n---\n\nText.\n',
      // github-slugger keeps `_` and drops other punctuation (hollygrimm's AstroPaper blog: rl_pg, impact_ai_art).
      'rl.md': '---\ntitle: Policy gradients\npubDatetime: 2018-06-01T10:00:00Z\npostSlug: rl_pg\n---\n\nText.\n',
      'odd.md': '---\ntitle: Odd\npubDatetime: 2018-06-02T10:00:00Z\npostSlug: "What\'s New: v3.0"\n---\n\nText.\n',
    }, 'src/data/blog');
    importInto(root, src);
    expect(aliasesOf(root, '2022/adding-new-post.md')).toBe('[/posts/adding-new-post/]');
    expect(aliasesOf(root, '2022/custom.md')).toBe('[/posts/how-to-configure-astropaper-theme/]');
    expect(readFileSync(join(root, 'content/posts/2022/custom.md'), 'utf8')).toContain('slug: how-to-configure-astropaper-theme\nchannel: blog\naliases:');
    expect(aliasesOf(root, '2023/example-post.md')).toBe('[/posts/examples/example-post/]');
    expect(aliasesOf(root, '2025/astro-paper-5.md')).toBe('[/posts/astro-paper-5/]');
    expect(aliasesOf(root, '2022/v3.md')).toBe('[/posts/old-v3-post/]');
    expect(aliasesOf(root, '2018/rl.md')).toBe('[/posts/rl_pg/]');
    expect(aliasesOf(root, '2018/odd.md')).toBe('[/posts/whats-new-v30/]');
    expect(runCli(['check', '--root', root, '--now', NOW]).code).not.toBe(2);
  });

  // baoduy/hbd.astro-paper, an AstroPaper 5.5 project: 5 of its 38 posts kept v3's postSlug, which its
  // schema (src/content.config.ts) does not name; its pages and its own links used the file name.
  test("AstroPaper v4 and later: a postSlug the project's schema does not read is not the old address; the file name is, and links to it lead to the post", () => {
    const root = copy();
    const post = (title: string, extra: string, body = 'Text.') => `---\ntitle: "${title}"\npubDatetime: 2024-08-22T12:00:00Z\n${extra}---\n\n${body}\n`;
    const project = folderOf({
      'astro.config.ts': 'import { SITE } from "./src/config";\nexport default defineConfig({ site: SITE.website });\n',
      'src/config.ts': 'export const SITE = {\n  website: "https://drunkcoding.net/",\n};\n',
      'src/content.config.ts': 'const blog = defineCollection({\n  loader: glob({ pattern: "**/[^_]*.md", base: "./src/data/blog" }),\n  schema: z.object({ title: z.string(), pubDatetime: z.date(), slug: z.string().optional() }),\n});\n',
      'src/data/blog/dotnet-04-aspire-local-env-tests.md': post('[.NET] Aspire', 'postSlug: dotnet-04-aspire-local-env-and-testing\n'),
      'src/data/blog/tools-website-hook.md': post('[Tools] website-hook', '', '- [Aspire](/posts/dotnet-04-aspire-local-env-tests)'),
    }, 'drunkcoding');
    importInto(root, project);
    expect(aliasesOf(root, '2024/dotnet-04-aspire-local-env-tests.md')).toBe('[/posts/dotnet-04-aspire-local-env-tests/]');
    expect(readFileSync(join(root, 'content/posts/2024/dotnet-04-aspire-local-env-tests.md'), 'utf8')).toContain('guid: https://drunkcoding.net/posts/dotnet-04-aspire-local-env-tests/');
    expect(readFileSync(join(root, 'content/posts/2024/tools-website-hook.md'), 'utf8')).toContain('- [Aspire](/posts/2024/dotnet-04-aspire-local-env-tests/)');
  });

  // Fuwari's own posts (src/content/posts/): getPostUrlBySlug, /posts/<entry slug>/.
  test('Fuwari: /posts/<path without extension>/, a folder post by its folder', () => {
    const root = copy();
    const src = folderOf({
      'markdown.md': '---\ntitle: Markdown Example\npublished: 2023-10-01\ndescription: A simple example of a Markdown blog post.\ntags: [Markdown, Blogging]\ncategory: Examples\ndraft: false\n---\n\nText.\n',
      'guide/index.md': "---\ntitle: Simple Guides for Fuwari\npublished: 2024-04-01\ndescription: ''\ntags: [\"Blogging\"]\ncategory: Guides\ndraft: false\nlang: ''\n---\n\nHi.\n",
      'notes/Draft Notes.md': '---\ntitle: Draft notes\npublished: 2024-05-01\ndraft: true\n---\n\nText.\n',
    }, 'src/content/posts');
    const { stdout } = importInto(root, src);
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2023/markdown.md', 'content/posts/2024/draft-notes.md', 'content/posts/2024/guide.md']);
    expect(aliasesOf(root, '2023/markdown.md')).toBe('[/posts/markdown/]');
    expect(aliasesOf(root, '2024/guide.md')).toBe('[/posts/guide/]');
    // A draft keeps its old address for the day it is published; the build serves none before.
    expect(aliasesOf(root, '2024/draft-notes.md')).toBe('[/posts/notes/draft-notes/]');
  });

  // Jekyll's own first post (`jekyll new`): /jekyll/update/2016/08/17/welcome-to-jekyll.html with the default permalink.
  test("Jekyll: the post's permalink, else the site's (default /:categories/:year/:month/:day/:title.html)", () => {
    const root = copy();
    const site = folderOf({
      '_config.yml': 'title: Your awesome title\nmarkdown: kramdown\n',
      '_posts/2016-08-17-welcome-to-jekyll.markdown': '---\nlayout: post\ntitle: "Welcome to Jekyll!"\ndate: 2016-08-17 10:00:00 +0800\ncategories: jekyll update\n---\n\nText.\n',
      '_posts/2017-01-02-about.md': '---\ntitle: About\npermalink: /about-me/\n---\n\nText.\n',
    }, 'site');
    importInto(root, join(site, '_posts'));
    expect(aliasesOf(root, '2016/welcome-to-jekyll.md')).toBe('[/jekyll/update/2016/08/17/welcome-to-jekyll.html]');
    expect(aliasesOf(root, '2017/about.md')).toBe('[/about-me/]');
    writeFileSync(join(site, '_config.yml'), 'permalink: pretty\n');
    const pretty = copy();
    importInto(pretty, join(site, '_posts'));
    expect(aliasesOf(pretty, '2016/welcome-to-jekyll.md')).toBe('[/jekyll/update/2016/08/17/welcome-to-jekyll/]');
  });

  test("Hexo: the permalink of its _config.yml (default :year/:month/:day/:title/, the title being the path within _posts)", () => {
    const root = copy();
    const site = folderOf({ '_config.yml': 'title: Hexo\npermalink: :year/:month/:day/:title/\n', ...Object.fromEntries(Object.entries(HEXO).map(([k, v]) => [`source/_posts/${k}`, v])) }, 'blog');
    importInto(root, join(site, 'source/_posts'));
    expect(aliasesOf(root, '2022/Freedom-Network.md')).toBe('[/2022/08/11/Freedom-Network/]');
    expect(aliasesOf(root, '2022/Golang-const-note.md')).toBe('[/2022/03/01/Golang/Golang-const-note/]');
    writeFileSync(join(site, '_config.yml'), 'permalink: posts/:name.html\n');
    const other = copy();
    importInto(other, join(site, 'source/_posts'));
    expect(aliasesOf(other, '2022/Freedom-Network.md')).toBe('[/posts/Freedom-Network.html]');
  });

  // Before, a _config.yml that does not parse was passed over in silence: the posts came in with no
  // alias of their old addresses and nothing said why.
  test("Hexo: a _config.yml that is not YAML is named with its line and column, and that the posts keep no old address", () => {
    const site = folderOf({ '_config.yml': 'title: Hexo\npermalink: :year/:month/:day/:title/\n  bad: [\n', ...Object.fromEntries(Object.entries(HEXO).map(([k, v]) => [`source/_posts/${k}`, v])) }, 'blog');
    const root = copy();
    const { stderr } = importInto(root, join(site, 'source/_posts'));
    expect(stderr).toContain(`${join(site, '_config.yml')}: could not be read: not valid YAML at line 2, column 12 (`);
    expect(stderr).toContain('its permalink: is not known, so the posts keep no alias of their old addresses');
    expect(aliasesOf(root, '2022/Freedom-Network.md')).toBeNull();
    const zh = runCli(['import', join(site, 'source/_posts'), '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('无法读取：不是有效的 YAML，在第 2 行第 12 列');
  });

  // hh54188/jekyll-blog (trial of 2026-12-05): its _config.yml gives `background:` and `paginate:`
  // twice, which Jekyll (Ruby's Psych) and Hexo (js-yaml, json: true) read with the last one
  // winning; the import refused the config ("Map keys must be unique") and 134 posts lost their old addresses.
  test('Jekyll and Hexo: a _config.yml that gives a key twice is read as they read it, the last one winning, and the posts keep their old addresses', () => {
    const jekyll = folderOf({
      '_config.yml': '\ufefftitle: 前端技术漫游指南\npaginate: 10\nbackground: ps_neutral.png\npermalink: /:year/:title.html\nbackground:\npermalink:   /:categories/:title/\npaginate: 10\n',
      '_posts/2018-11-14-trie.md': '---\nlayout: post\ntitle: 用 100 行代码提升 10 倍的性能\n---\n\nText.\n',
      '_posts/2019-01-02-mobx.md': '---\ntitle: MobX\ncategories: [react]\n---\n\nText.\n',
    }, 'jekyll-site');
    const root = copy();
    const { stderr } = importInto(root, join(jekyll, '_posts'));
    expect(stderr).not.toContain('could not be read');
    expect(aliasesOf(root, '2018/trie.md')).toBe('[/trie/]');
    expect(aliasesOf(root, '2019/mobx.md')).toBe('[/react/mobx/]');
    const hexo = folderOf({ '_config.yml': 'title: Hexo\npermalink: :title/\npermalink: :year/:month/:day/:title/\n', ...Object.fromEntries(Object.entries(HEXO).map(([k, v]) => [`source/_posts/${k}`, v])) }, 'blog');
    const other = copy();
    importInto(other, join(hexo, 'source/_posts'));
    expect(aliasesOf(other, '2022/Freedom-Network.md')).toBe('[/2022/08/11/Freedom-Network/]');
  });

  // A new user's trial: a _config.yml saved as GBK was read with U+FFFD for each Chinese character, in silence.
  test("Hexo: a _config.yml saved as GBK is named as not UTF-8 (with the encoding it looks like), and the posts keep no old address", () => {
    const site = folderOf({ '_config.yml': 'placeholder\n', ...Object.fromEntries(Object.entries(HEXO).map(([k, v]) => [`source/_posts/${k}`, v])) }, 'blog');
    // "title: 我的博客" in GBK (我 CE D2, 的 B5 C4, 博 B2 A9, 客 BF CD), then the permalink.
    writeFileSync(join(site, '_config.yml'), Buffer.concat([Buffer.from('title: '), Buffer.from([0xce, 0xd2, 0xb5, 0xc4, 0xb2, 0xa9, 0xbf, 0xcd]), Buffer.from('\npermalink: :year/:title/\n')]));
    const root = copy();
    const { stderr } = importInto(root, join(site, 'source/_posts'));
    expect(stderr).toMatch(new RegExp(`${join(site, '_config.yml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: is not UTF-8 text \\(line 1, column 8\\); it looks like GBK`));
    expect(stderr).toContain('its permalink: is not known, so the posts keep no alias of their old addresses');
    expect(aliasesOf(root, '2022/Freedom-Network.md')).toBeNull();
    const zh = runCli(['import', join(site, 'source/_posts'), '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('不是 UTF-8 文本（第 1 行第 8 列）');
    expect(zh.stderr).toContain('不知道其中的 permalink:');
  });

  // A real Hugo site imported whole (0x0cqq.github.io: content/en/about/index.md) got
  // `aliases: [/about/]`, its old address, which is the portfolio's own about page: `check` and
  // the build then refused the project ("/about/ is the site's own /about/ page"), so the import
  // had written a project that could not be built.
  test("an old address or alias that is one of the site's own pages is not written, with a note, and the project still builds", () => {
    const root = copy();
    const site = folderOf({
      '_config.yml': 'title: Site\n',
      '_posts/2017-01-02-about.md': '---\ntitle: About\npermalink: /about/\n---\n\nText.\n',
      '_posts/2017-01-03-tagged.md': '---\ntitle: Tagged\naliases: [/tags/old/, /archive/, /kept/]\n---\n\nText.\n',
    }, 'site');
    const { stderr } = importInto(root, join(site, '_posts'));
    expect(aliasesOf(root, '2017/about.md')).toBeNull();
    expect(aliasesOf(root, '2017/tagged.md')).toBe('[/kept/, /2017/01/03/tagged.html]');
    expect(stderr).toContain("its old address /about/ is the site's own /about/ page: not written as an alias");
    expect(stderr).toContain("aliases: /tags/old/, /archive/ are the site's own pages (/tags/, /archive/): left out");
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.code, check.stderr).not.toBe(2);
    const zh = runCli(['import', join(site, '_posts'), '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('它的旧地址 /about/ 是网站自己的 /about/ 页面：不写成别名');
  });

  test("Hugo: keeps the aliases a post lists that are site paths, leaves out any other with a note", () => {
    const root = copy();
    const dir = folderOf({ 'a.md': '---\ntitle: A\ndate: 2024-01-02\naliases:\n  - /2019/old-a/\n  - old-name\n---\n\nText.\n', 'b.md': '---\ntitle: B\ndate: 2024-01-03\naliases: [/b-old/]\n---\n\nText.\n' }, 'content/posts');
    const { stderr } = importInto(root, dir);
    expect(aliasesOf(root, '2024/a.md')).toBe('[/2019/old-a/]');
    expect(stderr).toContain(`${dir}/a.md: aliases: "old-name" is not a path on the site (starting with "/"): left out`);
    expect(readFileSync(join(root, 'content/posts/2024/b.md'), 'utf8')).toBe('---\ntitle: B\ndate: 2024-01-03\naliases: [/b-old/]\nchannel: blog\n---\n\nText.\n');
  });

});

describe('import of posts whose frontmatter fences end in whitespace', () => {
  test("a Jekyll post whose --- lines end in a space or a tab is imported, written with clean --- lines; a file truly without a block is still named so", () => {
    // ElisParry's blog (a trial): 14 of 35 posts open and close with `--- `, which Jekyll reads (`---\s*\n`).
    const dir = folderOf(
      {
        '2025-08-07-trail-notes.md': '--- \nlayout: post\ntitle: "Trail notes"\ndate: 2025-08-07 00:00:00 +0000\n--- \nRan the coastal trail today.\n',
        '2025-08-09-tab.md': '---\t\r\nlayout: post\r\ntitle: Tab\r\ndate: 2025-08-09\r\n---\t\r\nA tab.\r\n',
      },
      '_posts',
    );
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    expect(stderr).not.toContain('frontmatter');
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2025/tab.md', 'content/posts/2025/trail-notes.md']);
    expect(readFileSync(join(root, 'content/posts/2025/trail-notes.md'), 'utf8')).toMatch(/^---\nlayout: post\n[\s\S]*\n---\nRan the coastal trail today\.\n$/);
    expect(readFileSync(join(root, 'content/posts/2025/tab.md'), 'utf8')).toMatch(/^---\r\nlayout: post\r\n[\s\S]*\r\n---\r\nA tab\.\r\n$/);
    expect(runCli(['check', '--root', root, '--now', NOW]).stdout).not.toContain('frontmatter');
  });
});

describe("import of a Jekyll site's posts whose cover is a path from the site's root", () => {
  test("image: assets/images/x.jpg is found in the folder of _config.yml, copied to public/ and written as a site path; one not there is named with the places looked in", async () => {
    // ElisParry's blog (a trial): `image: 'assets/images/why_run.avif'`, printed by its theme as
    // `{{ site.baseurl }}/{{ page.image }}`; all 35 covers were dropped, each with a long warning.
    const dir = folderOf(
      {
        '2024-02-11-why-i-run.md': "---\nlayout: post\ntitle: \"Why I run\"\ndate: 2024-02-11 00:00:00 +0000\nimage: 'assets/images/beach.jpg'\n---\nThis is a post about why I run.\n",
        '2024-03-01-shoes.md': '---\nlayout: post\ntitle: Shoes\ndate: 2024-03-01\ncover: ./assets/images/shoes.png\n---\nShoes.\n',
        '2024-04-01-lost.md': '---\nlayout: post\ntitle: Lost\ndate: 2024-04-01\nimage: assets/images/lost.jpg\n---\nLost.\n',
      },
      'site/_posts',
    );
    const site = dirname(dir);
    writeFileSync(join(site, '_config.yml'), 'title: Running\n');
    mkdirSync(join(site, 'assets/images'), { recursive: true });
    writeFileSync(join(site, 'assets/images/beach.jpg'), 'BEACH');
    writeFileSync(join(site, 'assets/images/shoes.png'), 'SHOES');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2024/lost.md', 'content/posts/2024/shoes.md', 'content/posts/2024/why-i-run.md', 'public/assets/images/beach.jpg', 'public/assets/images/shoes.png']);
    expect(readFileSync(join(root, 'public/assets/images/beach.jpg'), 'utf8')).toBe('BEACH');
    expect(readFileSync(join(root, 'content/posts/2024/why-i-run.md'), 'utf8')).toContain('\nimage: /assets/images/beach.jpg\n');
    expect(readFileSync(join(root, 'content/posts/2024/shoes.md'), 'utf8')).toContain('\ncover: /assets/images/shoes.png\n');
    expect(stderr).toContain(`${dir}/2024-02-11-why-i-run.md: its cover (image: assets/images/beach.jpg, a path from the Jekyll site's root) is copied to public/assets/images/beach.jpg and is now image: /assets/images/beach.jpg\n`);
    expect(stderr).toContain(`${dir}/2024-04-01-lost.md: its cover (image: assets/images/lost.jpg) was not found (looked for ${dir}/2024-04-01-lost/assets/images/lost.jpg, ${dir}/assets/images/lost.jpg and ${site}/assets/images/lost.jpg)`);
    const { posts, problems } = await listPosts(root);
    expect(problems).toEqual([]);
    expect(posts.find((p) => p.id === '2024/why-i-run')?.data.cover).toBe('/assets/images/beach.jpg');
    expect(runCli(['check', '--root', root, '--now', NOW]).stdout).not.toMatch(/beach|shoes/);
  });

  test("image: c.jpg is found under the folder the theme's layouts print it in (src=\"/img/{{ page.image }}\"), copied to public/img/ and written as that site path", () => {
    // asommer70/devblog (a trial): `<img class="post-image" src="/img/{{ page.image }}" />` in
    // _layouts/post.html, every cover in img/; all 44 were dropped.
    const dir = folderOf({ '2015-11-03-testing.md': '---\nlayout: post\ntitle: Testing\ndate: 2015-11-03\nimage: test_cover.jpg\n---\nText.\n' }, 'devblog/_posts');
    const site = dirname(dir);
    writeFileSync(join(site, '_config.yml'), 'title: Devblog\n');
    mkdirSync(join(site, '_layouts'), { recursive: true });
    writeFileSync(join(site, '_layouts/post.html'), '{% if page.image %}\n    <img class="post-image" src="{{ site.baseurl }}/img/{{ page.image }}" />\n{% endif %}\n');
    mkdirSync(join(site, 'img'), { recursive: true });
    writeFileSync(join(site, 'img/test_cover.jpg'), 'COVER');
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    expect(stdout).toContain('public/img/test_cover.jpg\n');
    expect(readFileSync(join(root, 'public/img/test_cover.jpg'), 'utf8')).toBe('COVER');
    expect(readFileSync(join(root, 'content/posts/2015/testing.md'), 'utf8')).toContain('\nimage: /img/test_cover.jpg\n');
    expect(stderr).toContain("its cover (image: test_cover.jpg, a path from img/ of the Jekyll site's root, where its layouts print page.image) is copied to public/img/test_cover.jpg");
    // Without the file there, the places looked in name img/ too.
    const lost = folderOf({ '2015-11-03-testing.md': '---\ntitle: Testing\ndate: 2015-11-03\nimage: gone.jpg\n---\nText.\n' }, 'devblog2/_posts');
    writeFileSync(join(dirname(lost), '_config.yml'), 'title: Devblog\n');
    mkdirSync(join(dirname(lost), '_layouts'), { recursive: true });
    writeFileSync(join(dirname(lost), '_layouts/post.html'), '<img src="/img/{{ page.image }}">\n');
    expect(runCli(['import', lost, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run']).stderr).toContain(`${dirname(lost)}/img/gone.jpg`);
  });

  test('a _posts folder without its _config.yml (a copy of the posts) still has its site root above; a folder of no site is not searched above', () => {
    const posts = folderOf({ '2024-02-11-why-i-run.md': "---\ntitle: Why I run\ndate: 2024-02-11\nimage: 'assets/images/beach.jpg'\n---\nText.\n" }, 'site/_posts');
    mkdirSync(join(dirname(posts), 'assets/images'), { recursive: true });
    writeFileSync(join(dirname(posts), 'assets/images/beach.jpg'), 'BEACH');
    expect(runCli(['import', posts, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run']).stdout).toContain('public/assets/images/beach.jpg\n');
    const other = folderOf({ '2024-02-11-why-i-run.md': "---\ntitle: Why I run\ndate: 2024-02-11\nimage: 'assets/images/beach.jpg'\n---\nText.\n" }, 'site/notes');
    mkdirSync(join(dirname(other), 'assets/images'), { recursive: true });
    writeFileSync(join(dirname(other), 'assets/images/beach.jpg'), 'BEACH');
    const { stdout, stderr } = runCli(['import', other, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run']);
    expect(stdout).not.toContain('public/');
    expect(stderr).toContain('its cover (image: assets/images/beach.jpg) was not found');
  });
});

describe("import of posts whose images are paths from the old site's root", () => {
  const POST = (path: string, front: string, body = 'Text.\n') => {
    const name = path.split('/').pop()!;
    return [path, `---\nlayout: post\ntitle: ${name.slice(11, -3)}\ndate: ${name.slice(0, 10)}\n${front}---\n${body}`] as const;
  };
  /** A site folder `site` under a temp folder: `files` (path -> text), returned as its path. */
  function site(files: Record<string, string>): string {
    return folderOf(files, 'site');
  }

  test('importing the Jekyll site folder itself (its _config.yml in it) finds a relative image: cover and a /assets body image there', () => {
    const dir = site(Object.fromEntries([POST('_posts/2024-02-11-why-i-run.md', "image: 'assets/images/beach.jpg'\n", '![Mirror](/assets/images/mirror.png)\n'), ['_config.yml', 'title: Running\n'], ['assets/images/beach.jpg', 'BEACH'], ['assets/images/mirror.png', 'MIRROR']]));
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2024/why-i-run.md', 'public/assets/images/beach.jpg', 'public/assets/images/mirror.png']);
    expect(readFileSync(join(root, 'content/posts/2024/why-i-run.md'), 'utf8')).toContain('\nimage: /assets/images/beach.jpg\n');
    expect(stderr).toContain("a path from the Jekyll site's root");
    expect(runCli(['check', '--root', root, '--now', NOW]).stdout).not.toMatch(/missing-image|beach|mirror/);
  });

  test('a subfolder of _posts, and a _config.yaml, still lead to the site root two folders up', () => {
    const dir = site(Object.fromEntries([POST('_posts/2024/2024-02-11-why-i-run.md', 'image: assets/images/beach.jpg\n', '![Mirror](/assets/images/mirror.png)\n'), ['_config.yaml', 'title: Running\n'], ['assets/images/beach.jpg', 'BEACH'], ['assets/images/mirror.png', 'MIRROR']]));
    const { code, stdout, stderr } = runCli(['import', join(dir, '_posts/2024'), '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run']);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2024/why-i-run.md', 'public/assets/images/beach.jpg', 'public/assets/images/mirror.png']);
  });

  test("{{ site.baseurl }} in front of an image: cover is read as the site path it stands for", () => {
    const dir = site(Object.fromEntries([POST('_posts/2024-02-11-why-i-run.md', 'image: "{{ site.baseurl }}/assets/images/beach.jpg"\n'), ['_config.yml', 'title: Running\n'], ['assets/images/beach.jpg', 'BEACH']]));
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', join(dir, '_posts'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n').sort()).toEqual(['content/posts/2024/why-i-run.md', 'public/assets/images/beach.jpg']);
    expect(readFileSync(join(root, 'content/posts/2024/why-i-run.md'), 'utf8')).toContain('\nimage: /assets/images/beach.jpg\n');
  });

  test("Hexo's source/ and Hugo's static/ are the site root a relative cover is read from", () => {
    const hexo = site({ 'source/_posts/trip.md': '---\ntitle: Trip\ndate: 2024-05-01\ncover: img/trip.jpg\n---\n\nText.\n', 'source/img/trip.jpg': 'TRIP', '_config.yml': 'title: Hexo\n' });
    const hugo = site({ 'content/posts/walk.md': '---\ntitle: Walk\ndate: 2024-05-02\nimage: images/walk.jpg\n---\n\nText.\n', 'static/images/walk.jpg': 'WALK' });
    const root = copy();
    for (const [folder, file] of [[join(hexo, 'source/_posts'), 'public/img/trip.jpg'], [join(hugo, 'content/posts'), 'public/images/walk.jpg']]) {
      const { code, stdout, stderr } = runCli(['import', folder!, '--channel', 'blog', '--root', root, '--now', NOW]);
      expect(code, stderr).toBe(0);
      expect(stdout).toContain(`${file}\n`);
    }
    expect(readFileSync(join(root, 'public/img/trip.jpg'), 'utf8')).toBe('TRIP');
    expect(readFileSync(join(root, 'content/posts/2024/walk.md'), 'utf8')).toContain('\nimage: /images/walk.jpg\n');
  });

  test('a file public/ has already is never replaced: the post names it as it is', () => {
    const dir = site(Object.fromEntries([POST('_posts/2024-02-11-why-i-run.md', 'image: assets/images/beach.jpg\n', '![Mirror](/assets/images/mirror.png)\n'), ['_config.yml', ''], ['assets/images/beach.jpg', 'NEW'], ['assets/images/mirror.png', 'NEW']]));
    const root = copy();
    mkdirSync(join(root, 'public/assets/images'), { recursive: true });
    writeFileSync(join(root, 'public/assets/images/beach.jpg'), 'MINE');
    writeFileSync(join(root, 'public/assets/images/mirror.png'), 'MINE');
    const { code, stdout, stderr } = runCli(['import', join(dir, '_posts'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim()).toBe('content/posts/2024/why-i-run.md');
    expect(readFileSync(join(root, 'public/assets/images/beach.jpg'), 'utf8')).toBe('MINE');
    expect(readFileSync(join(root, 'public/assets/images/mirror.png'), 'utf8')).toBe('MINE');
  });

  test('covers found nowhere get one short line each, naming the file and the field, and one line says where they were looked for, in English and Chinese', () => {
    // A copy of a Jekyll blog's _posts alone (no _config.yml, no assets/): the trial's 35 covers.
    const dir = site(Object.fromEntries([POST('_posts/2024-02-11-why-i-run.md', "image: 'assets/images/why_run.avif'\n"), POST('_posts/2024-03-01-shoes.md', 'image: assets/images/shoes.jpg\n'), POST('_posts/2024-04-01-hills.md', 'image: assets/images/hills.jpg\n')]));
    const posts = join(dir, '_posts');
    const en = runCli(['import', posts, '--channel', 'blog', '--root', copy(), '--now', NOW]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toContain(`${posts}/2024-02-11-why-i-run.md: its cover (image: assets/images/why_run.avif) was not found: imported without it\n`);
    expect(en.stderr).toContain(`${posts}/2024-03-01-shoes.md: its cover (image: assets/images/shoes.jpg) was not found: imported without it\n`);
    expect(en.stderr.match(/looked for/g)).toHaveLength(1);
    expect(en.stderr).toContain(`3 covers were not found (named above), each looked for as ${posts}/2024-02-11-why-i-run.md's was: ${posts}/2024-02-11-why-i-run/assets/images/why_run.avif, ${posts}/assets/images/why_run.avif and ${dir}/assets/images/why_run.avif`);
    expect(en.stderr).toContain('put the image at public/assets/images/why_run.avif and write cover: /assets/images/why_run.avif');
    expect(en.stderr).toContain('3 imported without their covers');
    const zh = runCli(['import', posts, '--channel', 'blog', '--root', copy(), '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain(`${posts}/2024-03-01-shoes.md: 找不到封面（image: assets/images/shoes.jpg）：文章已导入，但没有这张封面\n`);
    expect(zh.stderr).toContain('有 3 张封面找不到（见上文），每张都像');
  });

  test('body images at site paths found nowhere are named, one line per post with its file and field, in English and Chinese, and counted in the summary', () => {
    const dir = site(Object.fromEntries([POST('_posts/2026-06-03-tranquil-tokushima.md', '', '![Bakkaku](/assets/images/Bakkaku.png){: width="300" }\n\n![Hut tent](/assets/images/hut_tent.png)\n\n![Here](/assets/images/here.png)\n'), ['_config.yml', ''], ['assets/images/here.png', 'HERE']]));
    const posts = join(dir, '_posts');
    const root = copy();
    const en = runCli(['import', posts, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain('public/assets/images/here.png\n');
    expect(en.stderr).toContain(
      `${posts}/2026-06-03-tranquil-tokushima.md: body: images /assets/images/Bakkaku.png and /assets/images/hut_tent.png were not found (looked for each as for the first: public/assets/images/Bakkaku.png, ${posts}/assets/images/Bakkaku.png and ${dir}/assets/images/Bakkaku.png): kept as written; check and the build warn missing-image until each is at its path under public/ (the first at public/assets/images/Bakkaku.png)\n`,
    );
    expect(en.stderr).toContain('; 1 with images not found (see above)');
    expect(runCli(['check', '--root', root, '--now', NOW]).stdout).toContain('missing-image');
    const zh = runCli(['import', posts, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain(`${posts}/2026-06-03-tranquil-tokushima.md: body：找不到图片 /assets/images/Bakkaku.png 和 /assets/images/hut_tent.png（每张都像第一张那样找过`);
    expect(zh.stderr).toContain('1 篇有图片找不到（见上文）');
  });
});

describe('import of a wiki filed in folders by subject, with no categories', () => {
  // A real docsify wiki (Arduino/, STM32/, 前端/): import said its 118 notes had no pillar and named
  // no tag, when --pillar-map reads the folders.
  test('names the commonest folders in the note on posts without a pillar, and the map written with one gives the pillar', () => {
    const dir = folderOf({ 'Arduino/led.md': '---\ntitle: 点灯\ndate: 2020-01-02\n---\n\n正文。\n', 'Arduino/pwm.md': '---\ntitle: PWM\ndate: 2020-01-03\n---\n\n正文。\n', 'STM32/clock.md': '---\ntitle: 时钟树\ndate: 2020-01-04\n---\n\n正文。\n' }, 'docs');
    const root = copy();
    const { code, stderr } = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW, '--dry-run']);
    expect(code).toBe(0);
    expect(stderr).toContain('their commonest folders: Arduino (2), STM32 (1)');
    const pillar = (JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8')) as { brand: { pillars: { id: string }[] } }).brand.pillars[0]!.id;
    // No pillar of the brand (recipes, photography) says Arduino: the user picks, none is guessed.
    expect(stderr).toContain(`--pillar-map "Arduino=PILLAR,…" (a tag, category or folder = a pillar id) (no tag or folder of theirs is a pillar's id, name or keyword: pick the pillar, one of ${pillar},`);
    const mapped = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW, '--dry-run', '--pillar-map', `Arduino=${pillar},STM32=${pillar}`]);
    expect(mapped.stderr).not.toContain('without a pillar');
  });
});

// A real Jekyll blog (lilianweng/lil-log, baseurl "/lil-log") linked 34 of its 37 posts as
// `[previous section]({{ site.baseurl }}{% post_url … %}#part)`: the body kept `{{ site.baseurl }}`
// and the portfolio showed the raw Markdown line; `check` flagged a template tag 34 times.
describe("import of Jekyll's Liquid for the site's own address in links", () => {
  test("{{ site.baseurl }}, relative_url and a baseurl before post_url become the old address, then the post's page here; others the old address; each said", () => {
    const posts = {
      '_config.yml': 'title: Log\nbaseurl: "/lil-log"\n',
      '_posts/2017-08-20-from-GAN.md': '---\ntitle: GAN\n---\nText.\n',
      '_posts/2017-09-01-next.md':
        '---\ntitle: Next\n---\n' +
        'See the [previous section]({{ site.baseurl }}{% post_url 2017-08-20-from-GAN %}#kl), [again]({{ site.baseurl }} {% post_url 2017-08-20-from-GAN %}),\n' +
        '[by path]({{ site.baseurl }}/2017/08/20/from-GAN.html), [filtered]({{ "/2017/08/20/from-GAN.html" | relative_url }}),\n' +
        '[about]({{ site.baseurl }}/about/), [gone]({{ site.baseurl }}{% post_url 2016-01-01-gone %}) and `{{ site.baseurl }}` in code.\n',
    };
    const dir = folderOf(posts, 'site');
    const root = copy();
    const { code, stderr } = runCli(['import', join(dir, '_posts'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const body = readFileSync(join(root, 'content/posts/2017/next.md'), 'utf8').split('---\n')[2];
    expect(body).toBe(
      'See the [previous section](/posts/2017/from-GAN/#kl), [again](/posts/2017/from-GAN/),\n' +
        '[by path](/posts/2017/from-GAN/), [filtered](/posts/2017/from-GAN/),\n' +
        '[about](/lil-log/about/), [gone]({{ site.baseurl }}{% post_url 2016-01-01-gone %}) and `{{ site.baseurl }}` in code.\n',
    );
    expect(stderr).toContain("its 3 Jekyll site addresses ({{ site.baseurl }}/2017/08/20/from-GAN.html -> /lil-log/2017/08/20/from-GAN.html, {{ \"/2017/08/20/from-GAN.html\" | relative_url }} -> /lil-log/2017/08/20/from-GAN.html, {{ site.baseurl }}/about/ -> /lil-log/about/) are now the old site's address");
    expect(stderr).toContain('{% post_url 2016-01-01-gone %} names no post imported so far');
  });
});
