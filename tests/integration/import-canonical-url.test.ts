/**
 * `canonical_url:` (dev.to's and jekyll-seo-tag's "where this first appeared") was not read:
 * a folder of dev.to posts whose canonical_url names the author's blog posts came in as posts
 * of their own (the piece twice on the site), and a Jekyll post first published on Medium
 * pointed its canonical link at itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const copy = tempRootsPerTest();
const folderOf = sourceFoldersPerTest('devto');
const siteOf = sourceFoldersPerTest('site');

/** The BASIC project (a blog with the published post a, "Braised pork") with a dev.to channel. */
function projectWithDevto(): string {
  const root = copy();
  const file = join(root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  planner.channels.push({ id: 'devto', name: 'dev.to', platform: 'other', cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-10-09', time: '09:00' });
  writeFileSync(file, JSON.stringify(planner, null, 2));
  return root;
}

describe('import reads canonical_url', () => {
  test("a dev.to post whose canonical_url is a blog post's page here is written as its copy (copyOf, its pillar), and check passes", () => {
    const root = projectWithDevto();
    const folder = folderOf({
      'braised-pork.md': '---\ntitle: Braised pork\npublished: true\ndate: 2026-10-07\ncanonical_url: https://cook.example/posts/a/\ntags: cooking\n---\n\nBraise the pork belly with soy sauce.\n',
      'medium-first.md': '---\ntitle: Knife skills\npublished: true\ndate: 2026-10-14\ncanonical_url: https://medium.com/@cook/knife-skills-1a2b\n---\n\nA sharp knife is a safe knife.\n',
    });
    const { code, stderr } = runCli(['import', folder, '--channel', 'devto', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const copied = readFileSync(join(root, 'content/posts/2026/braised-pork.md'), 'utf8');
    expect(copied).toContain('\ncopyOf: a\n');
    expect(copied).toContain('\npillar: recipes\n');
    expect(stderr).toContain('canonical_url: https://cook.example/posts/a/ is post a: this is its copy, written with copyOf: a and its pillar, recipes');
    const first = readFileSync(join(root, 'content/posts/2026/medium-first.md'), 'utf8');
    expect(first).toContain('\nurl: https://medium.com/@cook/knife-skills-1a2b\n');
    expect(first).toContain('\ncanonical: original\n');
    const check = runCli(['check', '--root', root, '--json', '--now', NOW]);
    const report = JSON.parse(check.stdout);
    expect(report.posts.find((p: { id: string }) => p.id === '2026/braised-pork').copyOf).toBe('a');
    expect(check.stderr).not.toContain('copyOf');
    const zh = runCli(['import', folder, '--channel', 'devto', '--root', projectWithDevto(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('canonical_url：https://cook.example/posts/a/ 就是文章 a：这篇是它的副本，已写上 copyOf: a，并沿用它的支柱“recipes”');
  });

  test("a GitHub Pages Jekyll site with no url in _config.yml: its CNAME is its address, so a canonical_url on that host is each post's own page (said once), and the note on SITE_URL names it", () => {
    const post = (name: string, day: string, canonical: string) => [`_posts/${day}-${name}.md`, `---\ntitle: ${name}\ncanonical_url: ${canonical}\n---\n\nText of ${name}.\n`];
    const site = siteOf({
      '_config.yml': 'title: Notes\npermalink: /:categories/:year/:month/:day/:title:output_ext\n',
      CNAME: 'www.notes.example\n',
      ...Object.fromEntries([
        // Its own page, and a page of the same host whose path is not the post's (its category moved).
        post('own', '2023-07-01', 'https://www.notes.example/2023/07/01/own.html'),
        post('moved', '2023-07-18', 'https://www.notes.example/java/2023/07/18/moved.html'),
        post('medium', '2023-08-01', 'https://medium.com/@notes/medium-1'),
      ]),
    });
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('canonical_url of 2 posts (the first: 2023-07-01-own.md) names their own page on the old site');
    expect(stderr).toContain('the old site was at https://www.notes.example:');
    const own = readFileSync(join(root, 'content/posts/2023/own.md'), 'utf8');
    expect(own).not.toMatch(/\nurl:|\ncanonical:/);
    expect(readFileSync(join(root, 'content/posts/2023/moved.md'), 'utf8')).not.toMatch(/\nurl:|\ncanonical:/);
    expect(readFileSync(join(root, 'content/posts/2023/medium.md'), 'utf8')).toContain('\nurl: https://medium.com/@notes/medium-1\n');
  });
});
