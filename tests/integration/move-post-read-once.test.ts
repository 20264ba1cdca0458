/**
 * movePost reads the post's file once: its revision, its fields and the keys its frontmatter
 * gives them by all come from that one read, so an edit landing between two reads cannot mix
 * into the moved file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { movePost } from '../../src/store/post-files.ts';
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

describe('movePost', () => {
  test('reads the post file once and keeps the keys its frontmatter gives its fields by', async () => {
    const t = emptyRoot();
    cleanups.push(t.cleanup);
    mkdirSync(join(t.root, 'content/posts/drafts'), { recursive: true });
    writeFileSync(join(t.root, 'content/posts/drafts/soup.md'), '---\ntitle: Soup\nchannel: blog\nstatus: published\ndate: 2026-05-01\n---\n\nMiso.\n');
    const { revision } = await readPost(t.root, 'drafts/soup');
    reads.length = 0;
    expect(await movePost(t.root, 'drafts/soup', '2026/soup', { expectedRevision: revision })).toMatchObject({ file: 'content/posts/2026/soup.md' });
    expect(reads.filter((file) => file === 'content/posts/drafts/soup.md')).toHaveLength(1);
    const moved = readFileSync(join(t.root, 'content/posts/2026/soup.md'), 'utf8');
    expect(moved).toMatch(/^date: 2026-05-01$/m);
    expect(moved).not.toMatch(/publishedAt/);
  });
});
