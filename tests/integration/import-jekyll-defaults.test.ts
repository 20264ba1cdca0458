/**
 * A Jekyll site's `defaults:` and `exclude:` (_config.yml) change what Jekyll served: a default
 * scope gives posts a permalink and tags, and tag pages the layout that names them; an excluded
 * folder is not served (jekyllrb.com/docs/configuration/front-matter-defaults/,
 * jekyllrb.com/docs/configuration/options/). The import read neither: the posts' old addresses
 * were the default's, their tags none, a tag page named by a default layout lost, and a tag page
 * in an excluded folder kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const copy = tempRootsPerTest();
const siteOf = sourceFoldersPerTest('site');

const CONFIG = `title: Blog
permalink: /:year/:title/
exclude: [old-pages, Gemfile]
include: [_pages]
defaults:
  - scope: { path: "", type: posts }
    values: { layout: post, permalink: "/blog/:title/", tags: [notes] }
  - scope: { path: "_posts/travel" }
    values: { tags: [travel] }
  - scope: { path: "topics" }
    values: { layout: tagpage }
`;

describe("a Jekyll site's defaults and exclude", () => {
  test('give its posts their permalink and tags, and its tag pages their layout; an excluded folder is not served', () => {
    const site = siteOf({
      '_config.yml': CONFIG,
      '_posts/2024-01-02-first-post.md': '---\ntitle: First post\n---\n\nText.\n',
      '_posts/travel/2024-02-03-lisbon.md': '---\ntitle: Lisbon\n---\n\nText.\n',
      '_posts/2024-03-04-own.md': '---\ntitle: Own\ntags: [mine]\npermalink: /own/\n---\n\nText.\n',
      // Named a tag page by its layout alone, which the defaults give it.
      'topics/notes.md': '---\ntag: notes\npermalink: /topics/notes/\n---\n',
      '_pages/travel.md': '---\nlayout: tagpage\ntag: travel\npermalink: /tag/travel/\n---\n',
      'old-pages/tag/mine.md': '---\nlayout: tagpage\ntag: mine\npermalink: /tag/mine/\n---\n',
    });
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const first = readFileSync(join(root, 'content/posts/2024/first-post.md'), 'utf8');
    expect(first).toContain('aliases: [/blog/first-post/]\n');
    expect(first).toMatch(/\ntags: \[notes\]\n|\ntags:\n  - notes\n/);
    const lisbon = readFileSync(join(root, 'content/posts/2024/lisbon.md'), 'utf8');
    expect(lisbon).toMatch(/\ntags: \[travel\]\n|\ntags:\n  - travel\n/);
    expect(lisbon).toContain('/blog/lisbon/');
    const own = readFileSync(join(root, 'content/posts/2024/own.md'), 'utf8');
    expect(own).toContain('aliases: [/own/]\n');
    expect(own).toContain('tags: [mine]\n');
    expect(stderr).toContain("tags: notes, from the site's _config.yml defaults: written in");
    const planner = JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8'));
    const kept = ((planner.portfolio?.taxonomyAliases ?? []) as { path: string }[]).map((a) => a.path);
    expect(kept).toContain('/topics/notes/');
    expect(kept).toContain('/tag/travel/');
    expect(kept).not.toContain('/tag/mine/');
  });
});
