/** postFileNaming: whether a post file still writes a file's name, read as bytes and never parsed. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { postFileNaming } from '../../src/store/post-mentions.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tl-post-mentions-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'content/posts', path, '..'), { recursive: true });
    writeFileSync(join(root, 'content/posts', path), text);
  }
  return root;
}

describe('postFileNaming', () => {
  test('finds a name as written or URL-encoded, in the frontmatter or the body, in any folder', async () => {
    expect(await postFileNaming(project({ 'a/b/y.mdx': '---\ncover: ../../2026/x-cover.png\n---\n' }), ['x-cover.png'])).toBe('content/posts/a/b/y.mdx');
    expect(await postFileNaming(project({ 'y.md': '![](%E9%80%9F%E5%AF%AB-cover.png)' }), ['速寫-cover.png'])).toBe('content/posts/y.md');
    expect(await postFileNaming(project({ 'y.md': '![](速寫-cover.png)' }), ['速寫-cover.png'])).toBe('content/posts/y.md');
  });

  test('finds nothing where no post file writes the name, nor in a file not named like a post', async () => {
    const root = project({ 'y.md': '---\ncover: x-cover.jpg\n---\n', 'notes.txt': 'x-cover.png', 'x.md.bak': 'x-cover.png' });
    expect(await postFileNaming(root, ['x-cover.png'])).toBeUndefined();
    expect(await postFileNaming(project({}), ['x-cover.png'])).toBeUndefined();
  });

  test('reads files a listing refuses: frontmatter that does not parse, both files of a shared id', async () => {
    expect(await postFileNaming(project({ 'y.md': '---\ntitle: [unclosed\ncover: x-cover.png\n' }), ['x-cover.png'])).toBe('content/posts/y.md');
    const twins = project({ 'x.md': 'cover: other.png', 'x.mdx': 'cover: x-cover.png' });
    expect(await postFileNaming(twins, ['x-cover.png'])).toBe('content/posts/x.mdx');
  });

  test('searches only the files `only` keeps', async () => {
    const root = project({ 'x.md': 'x-cover.png', 'y.md': 'nothing' });
    expect(await postFileNaming(root, ['x-cover.png'], { only: (file) => file !== 'content/posts/x.md' })).toBeUndefined();
  });

  test('follows a link inside content/posts, never one leading out of it', async () => {
    const root = project({ 'real/y.md': 'x-cover.png' });
    symlinkSync(join(root, 'content/posts/real/y.md'), join(root, 'content/posts/linked.md'));
    expect(await postFileNaming(root, ['x-cover.png'], { only: (file) => file === 'content/posts/linked.md' })).toBe('content/posts/linked.md');
    writeFileSync(join(root, 'outside.md'), 'x-cover.png');
    symlinkSync(join(root, 'outside.md'), join(root, 'content/posts/out.md'));
    expect(await postFileNaming(root, ['x-cover.png'], { only: (file) => file === 'content/posts/out.md' })).toBeUndefined();
  });
});
