/**
 * A moved theme kept each post's tags under its own key (`tagLinks`, with each tag's old page):
 * imported, the posts had no tag on the site. `import` now writes the names into `tags:` and keeps
 * the old tag pages; `check` is then quiet (core/custom-tags.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();
const folderOf = sourceFoldersPerTest('blog/posts');

describe("import of a theme's own tag field", () => {
  test('writes its names into tags:, keeps the field, says so, and check raises no unread-tags', () => {
    const dir = folderOf({ 'a.md': '---\ntitle: Paper\ndate: 2024-05-01\ntags: [Go]\ntagLinks:\n  - name: Rust\n    url: /topics/rust/\n  - name: Go\n---\n\nText.\n' });
    const root = copy();
    const run = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('a.md: tagLinks: its tags (Rust) are written into tags:, which the site reads (tagLinks stays as written)');
    const text = readFileSync(join(root, 'content/posts/2024/a.md'), 'utf8');
    expect(text).toMatch(/^tags: \[Go, Rust\]$/m);
    expect(text).toContain('tagLinks:\n  - name: Rust\n    url: /topics/rust/');
    const planner = JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8'));
    expect(planner.portfolio.taxonomyAliases).toContainEqual({ path: '/topics/rust/', tag: 'Rust' });
    const check = runCli(['check', '--json', '--root', root, '--now', NOW]);
    expect(JSON.parse(check.stdout).flags.filter((f: { kind: string }) => f.kind === 'unread-tags')).toEqual([]);
  });
});
