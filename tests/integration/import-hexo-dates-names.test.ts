/**
 * `import` of a Hexo site (trial 4): an `updated:` value Hexo's moment.js reads (RFC 1123, a
 * one-digit second or offset part) refused the whole post (8 of 14 of a real Butterfly blog),
 * and a post whose file name has a space got no old address, in silence (28 of 620).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();
/** A site folder under a fresh temp folder holding `files` (path -> text). */
const siteOf = sourceFoldersPerTest('site');

const post = (front: string) => `---\ntitle: T\n${front}---\n\nText.\n`;
const HEXO = {
  '_config.yml': 'title: Blog\npermalink: :year/:month/:day/:title/\n',
  'source/_posts/0001 博客剪彩啦.md': post('date: 2023-03-20 22:00:00\nupdated: Mon, 20 Mar 2023 14:15:29 GMT\n'),
  'source/_posts/0004 QF-Wonder介绍页.md': post('date: 2023-09-03 21:00:00\nupdated: 2023-09-03T21:16:5.792+8:0\n'),
  'source/_posts/bad-updated.md': post('date: 2023-05-01\nupdated: soon\ntags: [a, b]\n'),
  'source/_posts/bad-date.md': post('date: not a date\n'),
  'source/_posts/coding/spark/Spark AQE.md': post('date: 2022-04-01 10:00:00\n'),
  'source/_posts/C# notes.md': post('date: 2022-04-02\n'),
};

describe('import of a Hexo site: dates Hexo reads, file names with spaces', () => {
  test('every post with a date Hexo reads comes in, its dates as ISO 8601; an unreadable updated is dropped with a note naming file and field; an unreadable date still refuses the post', () => {
    const site = siteOf(HEXO);
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    // As before: a post refused for its publication date is named, the others written, exit 0.
    expect(code, stderr).toBe(0);
    const text = (file: string) => readFileSync(join(root, 'content/posts', file), 'utf8');
    const written = stdout.split('\n').filter((l) => l.startsWith('content/posts/')).map((l) => l.slice('content/posts/'.length)).sort();
    expect(written).toHaveLength(5);
    const first = '2023/0001-博客剪彩啦.md';
    expect(text(first)).toContain('updated: 2023-03-20T14:15:29Z\n');
    expect(text('2023/0004-qf-wonder介绍页.md')).toContain('updated: 2023-09-03T21:16:05.792+08:00\n');
    expect(text('2023/bad-updated.md')).not.toContain('updated:');
    expect(text('2023/bad-updated.md')).toContain('tags: [a, b]\n');
    expect(stderr).toContain('bad-updated.md: updated: "soon" is not a date: left out (the post is imported without it)\n');
    expect(stderr).toMatch(/not imported: .*bad-date\.md: date: /);
    const zh = runCli(['import', site, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('bad-updated.md: updated："soon" 不是日期：已去掉（文章照常导入，只是没有这一项）\n');
  });

  test('a file name with a space keeps its old address percent-encoded, which the build serves where the old site did; one that no alias can hold is said so', () => {
    const site = siteOf(HEXO);
    const root = copy();
    const { stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    const spark = readFileSync(join(root, 'content/posts/2022/spark-aqe.md'), 'utf8');
    expect(spark).toContain('aliases: [/2022/04/01/coding/spark/Spark%20AQE/]\n');
    expect(stderr).toMatch(/C# notes\.md: its old address \/2022\/04\/02\/C%23%20notes\/ cannot be an alias \(.*\): old links to it will not find the post\n/);
  });

  test("a post the old site's zone dated one day that the channel's zone shows on another is counted in the zone line, with how to keep the old days", () => {
    // A Hexo blog written in New York, moved to the sample's Shanghai channel: an evening post is the next morning there.
    const site = siteOf({
      '_config.yml': 'title: Blog\ntimezone: America/New_York\npermalink: :year/:month/:day/:title/\n',
      'source/_posts/evening.md': post('date: 2023-03-20 22:00:00\n'),
      'source/_posts/morning.md': post('date: 2023-03-21 08:00:00\n'),
    });
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run']);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain("2 posts give times without a UTC offset (date: 2023-03-20 22:00:00): read in America/New_York");
    expect(stderr).toContain("1 of them falls on another day in the blog channel's time zone (Asia/Shanghai), where its pages, feeds, calendar and streaks place each post (date: 2023-03-20 22:00:00 is 2023-03-20 there and 2023-03-21 here); to keep the old site's days, set the channel's timezone to America/New_York in content/planner.json");
    const zh = runCli(['import', site, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('其中 1 篇在“blog”渠道的时区（Asia/Shanghai）里落在另一天');
  });
});

describe("import of a Hexo site's folders one at a time: post_link", () => {
  test('a post_link or post_path to a post an earlier run imported (by its file, folders written or not) is a link to its page; one naming no such post stays, with a note', () => {
    const site = siteOf({
      '_config.yml': 'title: Blog\npermalink: :year/:month/:day/:title/\n',
      'source/_posts/Golang/intro.md': '---\ntitle: Go intro\ndate: 2023-03-20 22:00:00\n---\n\nGo.\n',
      'source/_posts/Java/spring.md': '---\ntitle: Spring\ndate: 2023-04-01 10:00:00\n---\n\nLike {% post_link intro %}, [see]({% post_path Golang/intro#setup %}), {% post_link gone %}.\n',
    });
    const root = copy();
    const first = runCli(['import', join(site, 'source/_posts/Golang'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(first.code, first.stderr).toBe(0);
    const { code, stderr } = runCli(['import', join(site, 'source/_posts/Java'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const text = readFileSync(join(root, 'content/posts/2023/spring.md'), 'utf8');
    expect(text).toContain('Like [Go intro](/posts/2023/intro/), [see](/posts/2023/intro/#setup), {% post_link gone %}.');
    expect(stderr).toContain('{% post_link gone %} names no post imported so far: kept as written');
  });
});
