/**
 * A Jekyll site whose `_config.yml` sets `collections_dir` keeps its posts and drafts under that
 * folder (jekyllrb.com/docs/collections/): its root was read as a plain folder (pages and all,
 * no old addresses), or not known as a site at all.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { PROJECT, emptyRoot, runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const copy = tempRootsPerTest();
const siteOf = sourceFoldersPerTest('site');
const SITE = {
  '_config.yml': 'title: Blog\ncollections_dir: my_collections\npermalink: /:year/:title/\n',
  'my_collections/_posts/2024-01-02-first-post.md': '---\ntitle: First post\n---\n\nText.\n',
  'my_collections/_drafts/later.md': '---\ntitle: Later\n---\n\nText.\n',
  'about.md': '---\ntitle: About\nlayout: page\n---\n\nMe.\n',
};

describe("a Jekyll site with collections_dir", () => {
  test('its root is read as Jekyll reads it: the posts and drafts under collections_dir, with their old addresses; the site\'s root page is not a post', () => {
    const site = siteOf(SITE);
    for (const source of [site, join(site, 'my_collections/_posts')]) {
      const root = copy();
      const { code, stdout, stderr } = runCli(['import', source, '--channel', 'blog', '--root', root, '--now', NOW]);
      expect(code, stderr).toBe(0);
      expect(readFileSync(join(root, 'content/posts/2024/first-post.md'), 'utf8')).toContain('aliases: [/2024/first-post/]\n');
      if (source === site) {
        expect(stderr).toContain('a Jekyll site: importing my_collections/_posts/ and my_collections/_drafts/; not read: about.md');
        expect(stdout).toContain('content/posts/drafts/later.md');
        expect(stdout).not.toContain('about');
      }
    }
  });

  test("a link to the old site's page of a post (its config's url and baseurl) names that post's page", () => {
    const site = siteOf({
      '_config.yml': 'title: Blog\nurl: "https://me.example.net"\nbaseurl: "/blog"\npermalink: /:year/:title/\n',
      '_posts/2024-01-02-first-post.md': '---\ntitle: First post\n---\n\nText.\n',
      '_posts/2024-02-03-second.md': '---\ntitle: Second\n---\n\nAs I wrote in [my first post](https://me.example.net/blog/2024/first-post/).\n',
    });
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(root, 'content/posts/2024/second.md'), 'utf8')).toContain('[my first post](/posts/2024/first-post/)');
    expect(stderr).toContain("its link to https://me.example.net/blog/2024/first-post/ now names that post's page, /posts/2024/first-post/");
  });
});

/**
 * tests/fixtures/jekyll-collections: a site with collections `alpha` (output, `/:collection/:name:output_ext`),
 * `beta` (output, the default `/:collection/:path:output_ext` of `permalink: none`) and `gamma`
 * (no output), and `_notes/` (no collection); built-by-jekyll-4.3.1.txt lists the pages
 * `jekyll build` wrote of it.
 */
const COLLECTIONS = join(PROJECT, 'tests/fixtures/jekyll-collections');
const BUILT = readFileSync(join(COLLECTIONS, 'built-by-jekyll-4.3.1.txt'), 'utf8').trim().split('\n');

/** The imported posts' aliases, decoded as a host reads them, and each post's text by id. */
function importedPosts(root: string): Map<string, { aliases: string[]; text: string }> {
  const posts = new Map<string, { aliases: string[]; text: string }>();
  const dir = join(root, 'content/posts');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { aliases?: string[] };
    posts.set(file.replace(/\.md$/, ''), { aliases: (data.aliases ?? []).map(decodeURI), text });
  }
  return posts;
}

describe('a Jekyll collection folder', () => {
  test("each document gets the address jekyll build wrote for it, from its collection's permalink or the default", () => {
    const root = copy();
    for (const folder of ['_alpha', '_beta']) {
      const { code, stderr } = runCli(['import', join(COLLECTIONS, folder), '--channel', 'blog', '--root', root, '--now', NOW]);
      expect(code, stderr).toBe(0);
      expect(stderr).not.toContain('no alias');
    }
    const aliases = [...importedPosts(root).values()].flatMap((p) => p.aliases).sort();
    expect(aliases).toEqual(BUILT.filter((page) => /^\/(?:alpha|beta)\//.test(page)).sort());
  });

  test("the site's root imports _posts/ and names each collection Jekyll published, with its documents and the commands to import them", () => {
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', COLLECTIONS, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim()).toBe('content/posts/2020/first-post.md');
    expect(stderr).toContain(
      `a Jekyll site: importing _posts/; its 2 collections (Jekyll wrote their pages: output: true) are imported by folder, one at a time: _alpha/ (2 documents), _beta/ (4 documents) (to import one: import ${COLLECTIONS}/_alpha --channel blog; all 2: for c in _alpha _beta; do npm run --silent throughline -- import "${COLLECTIONS}/$c" --channel blog; done); not read: _gamma/, _notes/ (to import one of those folders, pass it: import ${COLLECTIONS}/_gamma --channel blog)`,
    );
  });

  test('a folder Jekyll wrote no page of says how many posts get no alias, and why', () => {
    const root = copy();
    const gamma = runCli(['import', join(COLLECTIONS, '_gamma'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(gamma.stderr).toContain('1 post gets no alias of an old address: the collection "gamma" has no output: true in _config.yml, so Jekyll wrote no page of _gamma/');
    const notes = runCli(['import', join(COLLECTIONS, '_notes'), '--channel', 'blog', '--root', root, '--now', NOW, '--lang', 'zh']);
    expect(notes.stderr).toContain('1 篇文章没有旧地址的别名：_notes/ 不是 _config.yml 里的集合（collections:），Jekyll 不会读取它');
  });
});

describe("Jekyll's {% link %} and {% post_url %} tags", () => {
  test('a tag naming a file imported in the same run, or by an earlier import, is a link to its post; any other stays as written, with a note', () => {
    const root = copy();
    // _posts first: its {% link _alpha/a-one.md %} names a file not imported yet.
    const posts = runCli(['import', join(COLLECTIONS, '_posts'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(posts.stderr).toContain('its Jekyll link tag {% link _alpha/a-one.md %} names no post imported so far: kept as written');
    const alpha = runCli(['import', join(COLLECTIONS, '_alpha'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(alpha.code, alpha.stderr).toBe(0);
    const beta = runCli(['import', join(COLLECTIONS, '_beta'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(beta.code, beta.stderr).toBe(0);
    const text = (id: string) => importedPosts(root).get(id)!.text;
    // In the same run (_alpha/sub/Two Words.md -> _alpha/a-one.md) and before (-> _posts/, _alpha/ from _beta/).
    expect(text('drafts/two-words')).toContain('Back to [the first](/posts/drafts/a-one/) and [the post](/posts/2020/first-post/).');
    expect(text('drafts/b-one')).toContain('See [two](/posts/drafts/two-words/) and [deep](/posts/drafts/deep/).');
    expect(alpha.stderr).toContain("its Jekyll link tags now name those posts' pages ({% link _alpha/a-one.md %} -> /posts/drafts/a-one/, {% post_url 2020-01-01-first-post %} -> /posts/2020/first-post/)");
    expect(text('2020/first-post')).toContain('Read [A one]({% link _alpha/a-one.md %}).');
  });

  test("under collections_dir, a link tag names a collection's file from there and post_url a post of its _posts (as jekyll build 4.3.1 resolves them)", () => {
    const site = siteOf({
      '_config.yml': 'collections_dir: my\ncollections:\n  notes:\n    output: true\n',
      'my/_notes/sub/n.md': '---\ntitle: N\n---\n\n[p]({% post_url 2020-01-01-p %})\n',
      'my/_posts/2020-01-01-p.md': '---\ntitle: P\n---\n\n[n]({% link _notes/sub/n.md %})\n',
    });
    const root = copy();
    runCli(['import', join(site, 'my/_notes'), '--channel', 'blog', '--root', root, '--now', NOW]);
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(importedPosts(root).get('2020/p')!.text).toContain('[n](/posts/drafts/n/)');
    expect(importedPosts(root).get('drafts/n')!.aliases).toEqual(['/notes/sub/n.html']);
  });
});
