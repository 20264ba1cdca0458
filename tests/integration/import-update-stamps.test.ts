/**
 * A real AstroPaper blog edited in Obsidian carried the Linter plugin's `updated:` stamp on every
 * post: imported, each showed "Updated 2026-04-13". `import` and `check` now say which update
 * dates the site does not show (core/update-stamps.ts), in English and Chinese.
 */
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();
const folderOf = sourceFoldersPerTest('blog/posts');

describe('import and check of posts whose update date is a stamp', () => {
  test("name an AstroPaper post's updated: (read as no update) and a Hexo blog's bulk updated: day", () => {
    const dir = folderOf({
      'ap.md': '---\ntitle: Paper\npubDatetime: 2024-05-01T08:00:00Z\nupdated: 2026-04-13T10:00:00+08:00\n---\n\nText.\n',
      ...Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`h${i}.md`, `---\ntitle: Hexo ${i}\ndate: 2024-0${i}-02\nupdated: 2026-04-13 10:0${i}:00\n---\n\nText.\n`])),
    });
    const root = copy();
    const run = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/updated: not read as the update date in 1 post \(\S*ap\.md\): they are AstroPaper's, which dates an update with modDatetime only/);
    expect(run.stderr).toMatch(/updated: 5 posts \(\S*h1\.md, \S*h2\.md, \S*h3\.md and 2 more\) give the same update day, 2026-04-13: a bulk stamp/);
    const check = runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh']);
    expect(check.stderr + check.stdout).toMatch(/update-not-shown +updated：5 篇文章（content\/posts\/2024\/h1\.md、/);
    expect(check.stderr + check.stdout).toMatch(/update-not-shown +updated：在 1 篇文章（content\/posts\/2024\/ap\.md）里不当作更新日期/);
  });
});
