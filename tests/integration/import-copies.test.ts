/**
 * Copies a sync tool or an editor leaves beside a post (Syncthing's `.sync-conflict-…`, a
 * download's `(1)`, Finder's `copy`) came in as posts of their own, each numbered (`-2`, `-3`):
 * a blog imported with its sync conflicts showed every such post two or three times.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const copy = tempRootsPerTest();
const folderOf = sourceFoldersPerTest('notes');
const POST = '---\ntitle: Sourdough at home\ndate: 2024-05-01\n---\n\nFeed the starter the night before.\n';

describe('copies of a post beside it', () => {
  test('are imported once, as the file with the shortest name; each copy is named with the file kept, in English and Chinese', () => {
    const folder = folderOf({
      'bread/sourdough.md': POST,
      'bread/sourdough.sync-conflict-20240502-101010-ABCDEFG.md': POST,
      'bread/sourdough (1).md': POST,
      // Edited since: another text, so another post.
      'bread/sourdough copy.md': POST.replace('night before', 'morning'),
      // The same text in another folder is not a copy of it.
      'archive/sourdough.md': POST,
    });
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', folder, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const written = stdout.split('\n').filter((l) => l.startsWith('content/posts/')).sort();
    expect(written).toHaveLength(3);
    expect(existsSync(join(root, 'content/posts/2024/sourdough.md'))).toBe(true);
    expect(stderr).toContain('bread/sourdough.sync-conflict-20240502-101010-ABCDEFG.md: skipped: the same text as sourdough.md beside it (a copy a sync tool or an editor left): imported once\n');
    expect(stderr).toContain('bread/sourdough (1).md: skipped: the same text as sourdough.md beside it');
    expect(stderr).not.toContain('sourdough copy.md: the same text');
    expect(stderr).not.toContain('archive/sourdough.md: the same text');
    const zh = runCli(['import', folder, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('与同一文件夹里的 sourdough.md 内容完全相同（同步工具或编辑器留下的副本）：只导入一次\n');
  });

  test("a sync tool's conflict copy edited since comes in as a draft, with a note naming the original, not as a second published post", () => {
    const folder = folderOf({
      'Soup.md': '---\ntitle: Soup\ndate: 2024-03-10\n---\n\nWith ginger.\n',
      'Soup.sync-conflict-20240311-090000-XYZ1234.md': '---\ntitle: Soup\ndate: 2024-03-10\n---\n\nWith ginger and scallions.\n',
      'Soup (conflicted copy 2024-03-12).md': '---\ntitle: Soup\ndate: 2024-03-10\n---\n\nWith ginger and leek.\n',
    });
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', folder, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const written = stdout.split('\n').filter((l) => l.startsWith('content/posts/')).sort();
    expect(written).toHaveLength(3);
    const statuses = written.map((l) => /\nstatus: (\w+)\n/.exec(readFileSync(join(root, l), 'utf8'))?.[1] ?? 'published');
    expect(statuses.sort()).toEqual(['draft', 'draft', 'published']);
    expect(readFileSync(join(root, 'content/posts/2024/Soup.md'), 'utf8')).toContain('With ginger.');
    expect(stderr).toContain("Soup.sync-conflict-20240311-090000-XYZ1234.md: a sync tool's conflict copy of Soup.md, with other text: imported as a draft, to compare with it and delete\n");
    expect(stderr).toContain("Soup (conflicted copy 2024-03-12).md: a sync tool's conflict copy of Soup.md");
  });
});
