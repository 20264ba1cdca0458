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
    expect(zh.stderr).toContain('canonical_url：https://cook.example/posts/a/ 就是文章 a：这篇是它的副本，已写上 copyOf: a，并沿用它的支柱 recipes');
  });
});
