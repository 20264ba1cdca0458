/**
 * A trial pointed import at a real Hexo site's built output (0x822a5b87.github.io: 253 files,
 * every post an index.html, no feed) and was told only that the folder holds no Markdown. A built
 * site is named as such, with its feed file when it has one, and the folder to import instead.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ThroughlineError } from '../../src/core/errors.ts';
import { readMarkdownFolder } from '../../src/store/markdown-folder.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const site = (files: string[]) => {
  dir = mkdtempSync(join(tmpdir(), 'tl-built-'));
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '<!DOCTYPE html><html><body>x</body></html>');
  }
  return dir;
};
const refusal = async (folder: string) => (await readMarkdownFolder(folder).then(() => null, (e: unknown) => e)) as ThroughlineError;

describe('a built site given instead of a folder of Markdown', () => {
  test('is named as built HTML pages, with the folder to import instead, in English and Chinese', async () => {
    const error = await refusal(site(['index.html', '2026/01/16/raft/index.html', '2025/12/18/docker/index.html']));
    expect(error.format('en')).toContain('this folder holds no Markdown files (.md, .markdown, .mdx)');
    expect(error.format('en')).toContain('hint: it holds 3 HTML pages, a site already built: import the folder of Markdown it was built from (Hexo: source/_posts');
    expect(error.format('zh')).toContain('建议：里面有 3 个 HTML 页面，是已经生成好的网站：请导入生成它的 Markdown 文件夹（Hexo 的 source/_posts');
  });

  test('names its feed file when it has one', async () => {
    const error = await refusal(site(['index.html', 'posts/a/index.html', 'atom.xml']));
    expect(error.format('en')).toContain('or its feed, atom.xml');
    expect(error.format('zh')).toContain('或者它的 feed：atom.xml');
  });
});
