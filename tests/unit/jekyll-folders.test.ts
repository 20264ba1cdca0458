/**
 * Which `_posts` folders of a Jekyll site are its posts: core/jekyll-folders.ts, as both the
 * import's site reader (store/old-site.ts) and its site-root layout (store/site-layout.ts) use
 * it. The table is what `jekyll build` (4.3.1) published of a site holding all of these folders.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findOldSite } from '../../src/store/old-site.ts';
import { siteLayoutOf, unreadMarkdown } from '../../src/store/site-layout.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A Jekyll site whose one folder of posts is `posts`. */
function jekyllSite(posts: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jekyll-folders-'));
  made.push(dir);
  writeFileSync(join(dir, '_config.yml'), 'title: T\n');
  mkdirSync(join(dir, posts), { recursive: true });
  writeFileSync(join(dir, posts, '2024-01-02-a.md'), '---\ntitle: A\n---\n\nText.\n');
  return dir;
}

const PUBLISHED: [string, boolean][] = [
  ['blog/_posts', true],
  ['vendor/_posts', true],
  ['public/_posts', true],
  ['themes/_posts', true],
  ['blog/node_modules/_posts', true],
  ['vendor/bundle/ruby/3.3.0/gems/x/_posts', false],
  ['node_modules/pkg/_posts', false],
  ['node_modules-old/_posts', false],
  ['gemfiles/_posts', false],
  ['Gemfile.d/_posts', false],
  ['_site2/_posts', false],
  ['#old/_posts', false],
  ['old~/_posts', false],
];

describe("a Jekyll site's folders of posts, as Jekyll 4.3 reads them", () => {
  test.each(PUBLISHED)('%s: published %s', async (posts, published) => {
    const site = jekyllSite(posts);
    expect(await findOldSite(join(site, posts))).toEqual(published ? { generator: 'jekyll', categories: posts.split('/').slice(0, -1) } : undefined);
    expect(await siteLayoutOf(site)).toEqual(published ? { generator: 'Jekyll', posts } : undefined);
  });

  test("a site root's note names the published folders of posts it does not import, and passes over the ones Jekyll leaves out", async () => {
    const site = jekyllSite('_posts');
    for (const posts of ['public/_posts', 'gemfiles/_posts', 'node_modules/pkg/_posts', 'vendor/bundle/gems/x/_posts']) {
      mkdirSync(join(site, posts), { recursive: true });
      writeFileSync(join(site, posts, '2024-01-02-b.md'), '---\ntitle: B\n---\n');
    }
    const layout = await siteLayoutOf(site);
    expect(layout).toEqual({ generator: 'Jekyll', posts: '_posts' });
    expect(await unreadMarkdown(site, layout!)).toEqual(['gemfiles/', 'public/_posts/']);
  });
});

describe("a Jekyll site's own exclude: and include:", () => {
  test.each([
    ['exclude: [blog]', 'blog/_posts', false],
    ['exclude: ["old-*"]', 'old-2019/_posts', false],
    ['exclude: [blog/archive]', 'blog/_posts', true],
    ['include: [_notes]', '_notes/_posts', true],
  ])('%s: %s published %s', async (rules, posts, published) => {
    const site = jekyllSite(posts);
    writeFileSync(join(site, '_config.yml'), `title: T\n${rules}\n`);
    expect(await findOldSite(join(site, posts))).toEqual(published ? { generator: 'jekyll', categories: posts.split('/').slice(0, -1) } : undefined);
    expect(await siteLayoutOf(site)).toEqual(published ? { generator: 'Jekyll', posts } : undefined);
  });
});
