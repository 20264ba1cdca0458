/**
 * A `---` fence line with trailing spaces or a tab (`--- `) opens and closes a frontmatter block, as
 * Jekyll reads it (its front-matter regex is `---\s*\n`): a trial on a real Jekyll blog lost 14 of
 * its 35 posts to "has no frontmatter block". The store, import and the build's posts loader read
 * such a post; what Throughline writes back has a clean `---`.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Astro's own frontmatter parser: the one its .md and .mdx entry types read a post with in the build.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterEach, describe, expect, test } from 'vitest';
import { errorOf } from './throughline-error.ts';
import { parsePostText, splitFrontmatter } from '../../src/core/post-file.ts';
import { withCleanFences } from '../../src/core/post-split.ts';
import { listPortfolioFiles } from '../../src/integration/published-loader.ts';

const FILE = 'content/posts/2026/x.md';
const FIELDS = 'title: Trail notes\nchannel: blog\nstatus: draft';

describe('a frontmatter fence line with trailing spaces or a tab', () => {
  test.each([
    ['a space on both lines', `--- \n${FIELDS}\n--- \nRan the coastal trail.\n`],
    ['a tab on both lines', `---\t\n${FIELDS}\n---\t\nRan the coastal trail.\n`],
    ['spaces and a tab, CRLF', `---  \t\r\n${FIELDS.replace(/\n/g, '\r\n')}\r\n--- \r\nRan the coastal trail.\n`],
    ['a byte order mark, then a space', `\uFEFF--- \n${FIELDS}\n---\nRan the coastal trail.\n`],
  ])('opens and closes the block: %s', (_name, text) => {
    const post = parsePostText(text, '2026/x', FILE);
    expect(post.data.title).toBe('Trail notes');
    expect(post.body).toBe('Ran the coastal trail.\n');
    // Astro's parser, which the build's loader hands the file to, reads the same fields.
    expect(parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).frontmatter).toMatchObject({ title: 'Trail notes', channel: 'blog' });
  });

  test('an empty block with trailing spaces is a block (its fields named as missing)', () => {
    expect(errorOf(() => parsePostText('--- \n---\t\nBody\n', '2026/x', FILE)).field).toBe('title');
  });

  test('a file with no block at all is still refused with the same message and hint', () => {
    const error = errorOf(() => splitFrontmatter('Ran the coastal trail.\n--- \n', FILE));
    expect(error.message).toBe('has no frontmatter block');
    expect(error.format()).toContain('start the file with ---, the fields (title, channel, status...), then --- on its own line');
  });

  test('a block opened with --- and never closed says the closing --- is missing, and after which line', () => {
    const error = errorOf(() => splitFrontmatter('---\ntitle: 没有结束\nchannel: wechat\nstatus: draft\n\n正文没有结束的 frontmatter\n', FILE));
    expect(error.format('en')).toBe(`${FILE}: its frontmatter block has no closing --- line\n  hint: add a line --- after line 4, the last field, to end the block`);
    expect(error.format('zh')).toBe(`${FILE}: frontmatter 块没有结束的 --- 行\n  建议：在第 4 行（最后一个字段）之后加一行 ---，结束这个块`);
  });

  test('a heading right after the unclosed block is not taken for a YAML comment: the --- goes before it, not after it', () => {
    const error = errorOf(() => splitFrontmatter('---\ntitle: T\nchannel: wechat\n# 第一部分\n正文。\n', FILE));
    expect(error.format('en')).toContain('add a line --- after line 3, the last field');
    const commented = errorOf(() => splitFrontmatter('---\ntitle: T\n# a comment\nchannel: wechat\n\nBody\n', FILE));
    expect(commented.format('en')).toContain('add a line --- after line 4, the last field');
  });

  test('withCleanFences writes both fence lines as a bare ---, keeping the mark, the line endings and every other byte', () => {
    expect(withCleanFences(`--- \n${FIELDS}\n---\t\nBody --- \n`)).toBe(`---\n${FIELDS}\n---\nBody --- \n`);
    expect(withCleanFences('\uFEFF--- \r\ntitle: T\r\n--- \r\nBody\r\n')).toBe('\uFEFF---\r\ntitle: T\r\n---\r\nBody\r\n');
    expect(withCleanFences('--- \n--- \nBody\n')).toBe('---\n---\nBody\n');
    expect(withCleanFences('---\ntitle: T\n---')).toBe('---\ntitle: T\n---');
    expect(withCleanFences('No block.\n')).toBe('No block.\n');
  });
});

describe("the build's posts loader", () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('takes a published post whose fences have trailing whitespace', async () => {
    root = mkdtempSync(join(tmpdir(), 'throughline-fence-'));
    cpSync(fileURLToPath(new URL('../fixtures/roots/portfolio/', import.meta.url)), root, { recursive: true });
    writeFileSync(join(root, 'content/posts/2026/trail.md'), '--- \ntitle: Trail notes\nchannel: blog\nstatus: published\npublishedAt: 2026-09-22T09:00:00Z\n---\t\nRan the coastal trail.\n');
    expect(await listPortfolioFiles(root, Date.parse('2026-11-12T00:00:00Z'))).toContain('2026/trail.md');
  });
});
