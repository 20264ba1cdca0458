/**
 * movePost, duplicatePost and translatePost read the post's file once: its revision, its fields
 * and the keys its frontmatter gives them by all come from that one read (readPostAsWritten), so
 * an edit landing between two reads cannot mix into the moved file or the copy.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { duplicatePost, movePost, translatePost } from '../../src/store/post-files.ts';
import { readPost } from '../../src/store/posts.ts';
import { emptyRoot } from './helpers.ts';

/** The files read through src/store/read-file.ts readUserFile, by the name messages give them. */
const reads = vi.hoisted(() => [] as string[]);
vi.mock('../../src/store/read-file.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/store/read-file.ts')>();
  return { ...real, readUserFile: (...args: Parameters<typeof real.readUserFile>) => (reads.push(args[1]), real.readUserFile(...args)) };
});

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

/** A project with one Hexo-style post (dated by `date:`) at content/posts/drafts/soup.md. */
function project(frontmatter: string): string {
  const t = emptyRoot();
  cleanups.push(t.cleanup);
  mkdirSync(join(t.root, 'content/posts/drafts'), { recursive: true });
  writeFileSync(join(t.root, 'content/posts/drafts/soup.md'), `---\ntitle: Soup\nchannel: blog\nstatus: published\ndate: 2026-05-01\n${frontmatter}---\n\nMiso.\n`);
  reads.length = 0;
  return t.root;
}
const SOURCE = 'content/posts/drafts/soup.md';

describe('copying a post reads its file once', () => {
  test('duplicatePost: one read, and the copy is an undated draft (the date: key goes with publishedAt), without the guid (its feed id)', async () => {
    const root = project('guid: https://old.example/2026/05/01/soup/\n');
    expect(await duplicatePost(root, 'drafts/soup', 'drafts/soup-2')).toMatchObject({ file: 'content/posts/drafts/soup-2.md' });
    expect(reads.filter((file) => file === SOURCE)).toHaveLength(1);
    const copy = readFileSync(join(root, 'content/posts/drafts/soup-2.md'), 'utf8');
    expect(copy).toMatch(/^status: draft$/m);
    expect(copy).not.toMatch(/^date:|publishedAt/m);
    expect(copy).not.toMatch(/guid/);
  });

  test('translatePost of a post that has its translationKey: one read, and an undated draft in the other language', async () => {
    const root = project('translationKey: soup\n');
    expect(await translatePost(root, 'drafts/soup', 'drafts/soup-zh', 'zh')).toMatchObject({ file: 'content/posts/drafts/soup-zh.md', translationKey: 'soup' });
    expect(reads.filter((file) => file === SOURCE)).toHaveLength(1);
    const translation = readFileSync(join(root, 'content/posts/drafts/soup-zh.md'), 'utf8');
    expect(translation).toMatch(/^lang: zh$/m);
    expect(translation).toMatch(/^translationKey: soup$/m);
    expect(translation).not.toMatch(/^date:|publishedAt/m);
  });

  test('translatePost of a post without a key writes the key into it and into the translation', async () => {
    const root = project('');
    expect(await translatePost(root, 'drafts/soup', 'drafts/soup-zh', 'zh')).toMatchObject({ translationKey: 'soup' });
    expect(readFileSync(join(root, SOURCE), 'utf8')).toMatch(/^date: 2026-05-01$/m);
    expect(readFileSync(join(root, SOURCE), 'utf8')).toMatch(/^translationKey: soup$/m);
    const translation = readFileSync(join(root, 'content/posts/drafts/soup-zh.md'), 'utf8');
    expect(translation).toMatch(/^translationKey: soup$/m);
    expect(translation).not.toMatch(/^date:|publishedAt/m);
  });
});

describe('movePost', () => {
  test('reads the post file once and keeps the keys its frontmatter gives its fields by', async () => {
    const root = project('');
    const { revision } = await readPost(root, 'drafts/soup');
    reads.length = 0;
    expect(await movePost(root, 'drafts/soup', '2026/soup', { expectedRevision: revision })).toMatchObject({ file: 'content/posts/2026/soup.md' });
    expect(reads.filter((file) => file === SOURCE)).toHaveLength(1);
    const moved = readFileSync(join(root, 'content/posts/2026/soup.md'), 'utf8');
    expect(moved).toMatch(/^date: 2026-05-01$/m);
    expect(moved).not.toMatch(/publishedAt/);
  });
});
