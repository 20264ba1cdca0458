/**
 * A blog moved with `import` keeps its old feed addresses (issue 18's "feeds that lose posts"):
 * the old generator's feed (Hugo's /index.xml, jekyll-feed's /feed.xml, Hexo's /rss2.xml) answered
 * 404 after the move, and every reader polling it stopped getting posts without a word. The import
 * records each in planner.json (`portfolio.feedAliases`) and says so in one line; an address the
 * build writes another file at is refused by `check` and the build, naming the file and the field.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import { runBuildCheck } from '../../src/integration/build-check.ts';
import { PROJECT, runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const copy = tempRootsPerTest();
const siteOf = sourceFoldersPerTest('site');
const post = (front: string) => `---\n${front}---\n\nText.\n`;
const feedAliases = (root: string) => (JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8')) as { portfolio?: { feedAliases?: unknown } }).portfolio?.feedAliases;
const feedLines = (stderr: string) => stderr.split('\n').filter((l) => /feed address|feed 地址/.test(l));

describe('import keeps the old feed addresses', () => {
  test("a Hugo site's home and section feeds go into planner.json, said in one line; a re-run adds none twice", () => {
    const site = siteOf({
      'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "x"\n',
      'content/posts/first.md': post('title: First\ndate: 2023-04-02\n'),
      'content/notes/n1.md': post('title: Note\ndate: 2023-05-06\n'),
      'content/about.md': post('title: About\n'),
    });
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(feedAliases(root)).toEqual([
      { path: '/index.xml', format: 'rss' },
      { path: '/notes/index.xml', format: 'rss' },
      { path: '/posts/index.xml', format: 'rss' },
    ]);
    expect(feedLines(stderr)).toEqual([
      "throughline: the old site's feed addresses are kept, so its subscribers keep getting posts: /index.xml (RSS), /notes/index.xml (RSS), /posts/index.xml (RSS): the build writes the site's feed there too (portfolio.feedAliases in content/planner.json)",
    ]);
    expect(runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]).code).toBe(0);
    expect(feedAliases(root)).toHaveLength(3);
  });

  test("a Jekyll site's jekyll-feed is kept as Atom at its feed.path, said in Chinese under a Chinese locale", () => {
    const site = siteOf({ '_config.yml': 'plugins:\n  - jekyll-feed\nfeed:\n  path: /atom-feed.xml\n', '_posts/2024-01-02-a.md': post('title: A\n') });
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(code, stderr).toBe(0);
    expect(feedAliases(root)).toEqual([{ path: '/atom-feed.xml', format: 'atom' }]);
    expect(feedLines(stderr)).toEqual(['throughline: 旧网站的 feed 地址保留了，订阅者会继续收到文章：/atom-feed.xml (Atom)：构建也会在那里写出网站的 feed（content/planner.json 的 portfolio.feedAliases）']);
  });

  test("a Hexo site's /atom.xml is the site's own feed already: nothing is added, the line says so; its /rss2.xml is added", () => {
    const site = siteOf({
      '_config.yml': 'feed:\n  type: [atom, rss2]\n',
      'package.json': JSON.stringify({ dependencies: { hexo: '^7.0.0', 'hexo-generator-feed': '^3.0.0' } }),
      'source/_posts/a.md': post('title: A\ndate: 2024-01-02\n'),
    });
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(feedAliases(root)).toEqual([{ path: '/rss2.xml', format: 'rss' }]);
    expect(feedLines(stderr)[0]).toContain("/rss2.xml (RSS): the build writes the site's feed there too (portfolio.feedAliases in content/planner.json); /atom.xml (Atom): the site's own feed is there");
  });

  test("a WordPress export's /feed/ and /feed/atom/ go into planner.json", () => {
    const root = copy();
    const { code, stderr } = runCli(['import', join(PROJECT, 'tests/fixtures/feeds/wordpress-export.xml'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(feedAliases(root)).toEqual([
      { path: '/feed/', format: 'rss' },
      { path: '/feed/atom/', format: 'atom' },
    ]);
    expect(feedLines(stderr)).toHaveLength(1);
  });

  test('a dry run writes nothing to planner.json and says what a real import would keep; a site without a feed gets no line', () => {
    const site = siteOf({ 'hugo.toml': 'title = "x"\n', 'content/posts/first.md': post('title: First\ndate: 2023-04-02\n') });
    const root = copy();
    const { stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW, '--dry-run']);
    expect(feedLines(stderr)[0]).toContain('not written in a dry run');
    expect(feedAliases(root)).toBeUndefined();
    const hexo = siteOf({ '_config.yml': 'title: x\n', 'package.json': '{"dependencies":{"hexo":"^7.0.0"}}', 'source/_posts/a.md': post('title: A\ndate: 2024-01-02\n') }, 'hexo');
    const other = runCli(['import', hexo, '--channel', 'blog', '--root', copy(), '--now', NOW]);
    expect(other.code, other.stderr).toBe(0);
    expect(feedLines(other.stderr)).toEqual([]);
  });
});

describe('an old feed address the build writes another file at', () => {
  const withFeedAliases = (aliases: unknown[]) => {
    const root = copy();
    const file = join(root, 'content/planner.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n}\s*$/, `,\n  "portfolio": { "feedAliases": ${JSON.stringify(aliases)} }\n}\n`));
    return root;
  };

  test('stops check with exit 2, naming planner.json and the field, in English and Chinese', () => {
    const root = withFeedAliases([{ path: '/index.xml' }, { path: '/atom.xml', format: 'atom' }]);
    const en = runCli(['check', '--root', root, '--now', NOW]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("content/planner.json: portfolio.feedAliases[1].path: /atom.xml is the site's own Atom feed: the build writes it already");
    const zh = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('content/planner.json: portfolio.feedAliases[1].path: /atom.xml 是网站自己的 Atom feed：构建已经会写这个文件');
  });

  test('stops the build check before anything is built, and lets a free address through', async () => {
    const logger = { warn() {}, info() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;
    await expect(runBuildCheck(withFeedAliases([{ path: '/sitemap.xml' }]), logger, { LANG: 'en_US.UTF-8' })).rejects.toThrow(/portfolio\.feedAliases\[0\]\.path: \/sitemap\.xml is one of the site's own files/);
    const root = withFeedAliases([{ path: '/feed.xml' }]);
    writeFileSync(join(root, 'content/posts/x.md'), post('title: X\nchannel: blog\nstatus: draft\n'));
    await expect(runBuildCheck(root, logger, { LANG: 'en_US.UTF-8' })).resolves.toBeUndefined();
  });
});
