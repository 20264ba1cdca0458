/**
 * A Jekyll site whose `_config.yml` sets `collections_dir` keeps its posts and drafts under that
 * folder (jekyllrb.com/docs/collections/): its root was read as a plain folder (pages and all,
 * no old addresses), or not known as a site at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

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
