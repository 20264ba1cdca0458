/**
 * Two blogs moved into one site (a friend's Fuwari blog after an AstroPaper one) may both have had
 * /posts/pin/. The second import wrote the alias too, and `check` and the build refused the
 * project: one address leads to one page. A published post already here keeps it; a draft here,
 * whose aliases the build does not write, does not take it from a published post.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const copy = tempRootsPerTest();
const folderOf = sourceFoldersPerTest('friend-blog');
const post = (title: string, extra = '', day = '2023-05-01') => `---\ntitle: ${title}\npubDatetime: ${day}T10:00:00Z\n${extra}description: x\n---\n\nHello.\n`;

describe('an old address a post already here has', () => {
  test('stays that published post\'s alias; the new post\'s line names it, and check passes', () => {
    const root = copy();
    const mine = folderOf({ 'astro.config.mjs': 'export default {}\n', 'src/data/blog/pin.md': post('My pinned notice') }, 'mine');
    const friend = folderOf({ 'astro.config.mjs': 'export default {}\n', 'src/data/blog/pin.md': post('Friend pinned notice', '', '2024-02-01') });
    expect(runCli(['import', mine, '--channel', 'blog', '--root', root, '--now', NOW]).code).toBe(0);
    const second = runCli(['import', friend, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('pin.md: aliases: /posts/pin/ is also the old address of 2023/pin, which keeps it (one address leads to one page)');
    expect(readFileSync(join(root, 'content/posts/2024/pin.md'), 'utf8')).not.toContain('aliases:');
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.stdout + check.stderr).not.toContain('is also an alias of');
  });

  test("of a draft here is no reason for a published post to go without it", () => {
    const root = copy();
    const drafts = folderOf({ 'astro.config.mjs': 'export default {}\n', 'src/data/blog/pin.md': post('A draft notice', 'draft: true\n') }, 'drafts');
    const friend = folderOf({ 'astro.config.mjs': 'export default {}\n', 'src/data/blog/pin.md': post('Friend pinned notice', '', '2024-02-01') });
    expect(runCli(['import', drafts, '--channel', 'blog', '--root', root, '--now', NOW]).code).toBe(0);
    expect(readFileSync(join(root, 'content/posts/2023/pin.md'), 'utf8')).toContain('aliases: [/posts/pin/]');
    const second = runCli(['import', friend, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(second.code, second.stderr).toBe(0);
    expect(readFileSync(join(root, 'content/posts/2024/pin.md'), 'utf8')).toContain('aliases: [/posts/pin/]');
  });
});
