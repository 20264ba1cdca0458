/**
 * `import` of a Hexo blog, then again with `--pillar-map` (a real blog, daichangya/hexo-blog: 421
 * of 736 posts came in without a pillar, and the advice was to remove them and import again,
 * which threw away the edits made since, while a plain re-run skipped every file as there).
 */
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();
const siteOf = sourceFoldersPerTest('site');

const SITE = {
  '_config.yml': 'title: Blog\npermalink: :year/:month/:day/:title/\n',
  'source/_posts/braise.md': '---\ntitle: Braise\ndate: 2023-03-20 22:00:00\ncategories: [Cooking]\ntags: [其他]\n---\n\nText.\n',
  'source/_posts/noodles.md': '---\ntitle: Noodles\ndate: 2023-03-21 22:00:00\ntags: [其他, Cooking]\n---\n\nText.\n',
  'source/_posts/lens.md': '---\ntitle: Lens\ndate: 2023-03-22 22:00:00\ntags: [其他, Camera]\n---\n\nText.\n',
  'source/_posts/chosen.md': '---\ntitle: Chosen\ndate: 2023-03-23 22:00:00\ntags: [Camera]\npillar: recipes\n---\n\nText.\n',
  'source/_posts/crlf.md': '---\r\ntitle: Windows\r\ndate: 2023-03-24 22:00:00\r\ntags: [其他, Cooking]\r\n---\r\n\r\nText.\r\n',
};

describe('import again with --pillar-map: the posts already here get a pillar', () => {
  test('the second run writes only a pillar: line into each post already here that has none; a post with a pillar and the edits made since stay byte for byte', () => {
    const site = siteOf(SITE);
    const root = copy();
    const first = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(first.code, first.stderr).toBe(0);
    // The advice says to import again, never to remove the posts; its example is a tag and the pillar
    // it matches (Camera: the photography pillar's), not the catch-all 其他, the commonest tag, nor a
    // pillar picked for a tag that matches none (Cooking, said to be mapped by hand).
    expect(first.stderr).toContain('their commonest tags: 其他 (4), Cooking (3), Camera (1)');
    expect(first.stderr).toMatch(/came in without a pillar: .*To give them pillars, import again with --pillar-map "Camera=photography,…".*\(Cooking is no pillar's id, name or keyword/);
    expect(first.stderr).not.toMatch(/remove them/);
    const file = (name: string) => join(root, 'content/posts/2023', name);
    const read = (name: string) => readFileSync(file(name), 'utf8');
    // Edited in the studio since: a key changed, the body rewritten.
    writeFileSync(file('braise.md'), read('braise.md').replace('title: Braise', "title: 'Braised pork'").replace('Text.', 'Edited since.'));
    // One post given a pillar by hand since.
    writeFileSync(file('lens.md'), read('lens.md').replace('tags: [其他, Camera]\n', 'tags: [其他, Camera]\npillar: recipes\n'));
    const before = Object.fromEntries(['braise.md', 'noodles.md', 'lens.md', 'chosen.md', 'crlf.md'].map((n) => [n, read(n)]));
    const map = 'Cooking=recipes,Camera=photography';
    const dry = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW, '--pillar-map', map, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain('3 posts already here would get a pillar: recipes (3); 1 post already here names its own pillar: left as it is; nothing was written\n');
    for (const [name, text] of Object.entries(before)) expect(read(name)).toBe(text);
    const second = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW, '--pillar-map', map]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/braise\.md: content\/posts\/2023\/braise\.md already there, gets pillar: recipes, from its category or tag "Cooking" \(--pillar-map\)\n/);
    expect(second.stderr).toContain('3 posts already here got a pillar: recipes (3); 1 post already here names its own pillar: left as it is\n');
    // Each given post: its text as it was, with one line more at the end of its frontmatter.
    expect(read('braise.md')).toBe(before['braise.md']!.replace(/\n---\n/, '\npillar: recipes\n---\n'));
    expect(read('braise.md')).toContain('Edited since.');
    expect(read('noodles.md')).toBe(before['noodles.md']!.replace(/\n---\n/, '\npillar: recipes\n---\n'));
    expect(read('crlf.md')).toBe(before['crlf.md']!.replace(/\r\n---\r\n/, '\r\npillar: recipes\r\n---\r\n'));
    // The posts with a pillar of their own are left as they were.
    expect(read('lens.md')).toBe(before['lens.md']);
    expect(read('chosen.md')).toBe(before['chosen.md']);
    // A third run finds nothing to give.
    const third = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW, '--pillar-map', map, '--lang', 'zh']);
    // The 3 given a pillar by the second run are not counted as naming their own: only the one the author gave another.
    expect(third.stderr).toContain('没有已有的文章得到支柱；1 篇已有的文章写有自己的支柱：保持不变\n');
  });

  test('--pillar alone gives every post already here without one that pillar', () => {
    const site = siteOf(SITE);
    const root = copy();
    runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    const again = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW, '--pillar', 'photography', '--lang', 'zh']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('4 篇已有的文章得到了支柱：photography (4)\n');
    expect(readFileSync(join(root, 'content/posts/2023/lens.md'), 'utf8')).toContain('\npillar: photography\n---\n');
  });

  test('a feed imported again with --pillar-map gives the posts its entries came in as their pillar, found by guid', () => {
    const root = copy();
    const dir = siteOf({ 'feed.xml': '' }, 'feed');
    const feed = join(dir, 'feed.xml');
    const item = (n: number, category: string) => `<item><title>Post ${n}</title><link>https://e.example/p/${n}</link><guid>g-${n}</guid><pubDate>Mon, 0${n} Jun 2025 08:00:00 +0800</pubDate><category>${category}</category><description>Body ${n}</description></item>`;
    writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>https://e.example</link><description>x</description>${item(1, 'Cooking')}${item(2, 'Travel')}</channel></rss>`);
    expect(runCli(['import', feed, '--channel', 'blog', '--root', root, '--now', NOW]).code).toBe(0);
    const files = readdirSync(join(root, 'content/posts/2025')).sort();
    const before = files.map((f) => readFileSync(join(root, 'content/posts/2025', f), 'utf8'));
    const again = runCli(['import', feed, '--channel', 'blog', '--root', root, '--now', NOW, '--pillar-map', 'Cooking=recipes']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('1 post already here got a pillar: recipes (1)\n');
    const after = files.map((f) => readFileSync(join(root, 'content/posts/2025', f), 'utf8'));
    expect(after.filter((text, i) => text !== before[i])).toEqual([before.find((t) => t.includes('Post 1'))!.replace(/\n---\n/, '\npillar: recipes\n---\n')]);
  });

  test('a read-only post is named and left as it is (the save rules); the others still get their pillar', () => {
    const site = siteOf(SITE);
    const root = copy();
    runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    const locked = join(root, 'content/posts/2023/noodles.md');
    const before = readFileSync(locked, 'utf8');
    chmodSync(locked, 0o444);
    const again = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW, '--pillar-map', 'Cooking=recipes']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('content/posts/2023/noodles.md: the file is read-only; it was left as it is');
    expect(again.stderr).toContain('2 posts already here got a pillar: recipes (2); 1 post could not take a pillar: line (see above)\n');
    expect(readFileSync(locked, 'utf8')).toBe(before);
  });
});
