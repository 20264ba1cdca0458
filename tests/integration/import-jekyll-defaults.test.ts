/**
 * A Jekyll site's `defaults:` and `exclude:` (_config.yml) change what Jekyll served: a default
 * scope gives posts a permalink and tags, and tag pages the layout that names them; an excluded
 * folder is not served (jekyllrb.com/docs/configuration/front-matter-defaults/,
 * jekyllrb.com/docs/configuration/options/). The import read neither: the posts' old addresses
 * were the default's, their tags none, a tag page named by a default layout lost, and a tag page
 * in an excluded folder kept.
 */
import { existsSync, readFileSync } from 'node:fs';
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

  test("make a post its defaults leave unpublished (published: false, by path or by type) a draft, and no tag page of such a page", () => {
    const site = siteOf({
      '_config.yml': `title: Blog
defaults:
  - scope: { path: "_posts/archive" }
    values: { published: false }
  - scope: { path: "", type: pages }
    values: { published: false }
`,
      '_posts/2024-01-02-live.md': '---\ntitle: Live\n---\n\nText.\n',
      '_posts/archive/2019-05-06-old.md': '---\ntitle: Old\n---\n\nText.\n',
      // Its own front matter wins over the default.
      '_posts/archive/2019-07-08-kept.md': '---\ntitle: Kept\npublished: true\n---\n\nText.\n',
      'tag/go.md': '---\nlayout: tagpage\ntag: go\npermalink: /tag/go/\n---\n',
    });
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(root, 'content/posts/2019/old.md'), 'utf8')).toMatch(/\nstatus: draft\n/);
    expect(stderr).toContain("published: false, from the site's config defaults: Jekyll did not publish it, so it is a draft");
    expect(readFileSync(join(root, 'content/posts/2019/kept.md'), 'utf8')).not.toMatch(/status: draft|published: false/);
    expect(readFileSync(join(root, 'content/posts/2024/live.md'), 'utf8')).not.toMatch(/status: draft|published: false/);
    const check = runCli(['check', '--json', '--root', root, '--now', NOW]);
    const statuses = Object.fromEntries((JSON.parse(check.stdout).posts as { id: string; status: string }[]).map((p) => [p.id, p.status]));
    expect(statuses).toMatchObject({ '2019/old': 'draft', '2019/kept': 'published', '2024/live': 'published' });
    const planner = JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8'));
    expect(((planner.portfolio?.taxonomyAliases ?? []) as { path: string }[]).map((a) => a.path)).not.toContain('/tag/go/');
  });

  test("read a _config.toml's exclude: the posts of an excluded folder are not the site's", () => {
    const site = siteOf({
      '_config.toml': 'title = "Blog"\nexclude = ["archive"]\n',
      'archive/_posts/2019-05-06-old.md': '---\ntitle: Old\n---\n\nText.\n',
      'blog/_posts/2024-01-02-live.md': '---\ntitle: Live\n---\n\nText.\n',
    });
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/blog\/_posts/);
    expect(existsSync(join(root, 'content/posts/2024/live.md')), stderr).toBe(true);
    expect(existsSync(join(root, 'content/posts/2019/old.md')), stderr).toBe(false);
    expect(stderr).not.toMatch(/archive\/_posts/);
  });
});
