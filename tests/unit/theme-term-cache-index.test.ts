/**
 * The term cache's index of keys (theme-term-cache.ts): a check that reads one edited draft
 * afresh does not read the main cache file (tens of megabytes for 2,000 Chinese posts) only to
 * learn the draft is not in it; a post the index names is still served from the main file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Post } from '../../src/core/schema/post.ts';
import { readTermsOf } from '../../src/core/check.ts';
import { openTermCache, termCacheFile } from '../../src/store/theme-term-cache.ts';
import { LazyCounts } from '../../src/store/lazy-counts.ts';

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return { ...real, readFileSync: vi.fn(real.readFileSync) };
});

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));
const post = (title: string, body: string) => ({ id: title, file: `${title}.md`, data: { title, status: 'draft' }, body }) as unknown as Post;
const reads = (file: string) => vi.mocked(fs.readFileSync).mock.calls.filter(([path]) => path === file).length;

describe('the term cache with its index of keys', () => {
  const setUp = () => {
    const root = mkdtempSync(join(tmpdir(), 'throughline-terms-index-'));
    roots.push(root);
    const posts = Array.from({ length: 30 }, (_, i) => post(`Post ${i}`, `Braised noodles number ${i}, soy sauce and ginger. 第${i}篇：生抽和姜。`));
    const first = openTermCache(root);
    for (const p of posts) first.termsOf(p);
    first.save();
    return { root, posts, main: termCacheFile(root) };
  };

  it('reads an edited draft afresh without reading the main file, and keeps it for the next run', () => {
    const { root, posts, main } = setUp();
    vi.mocked(fs.readFileSync).mockClear();
    const edited = post('Post 0', 'Braised noodles, edited: chili oil and black vinegar.');
    const second = openTermCache(root);
    for (const p of posts.slice(1)) second.keyOf(p);
    expect([...second.termsOf(edited).counts]).toEqual([...readTermsOf(edited).counts]);
    second.save();
    expect(reads(main)).toBe(0);
    // The next run finds it in the side file, and the others in the main file.
    const third = openTermCache(root);
    for (const p of [edited, posts[1]!]) {
      expect(third.termsOf(p).counts).toBeInstanceOf(LazyCounts);
      expect([...third.termsOf(p).counts]).toEqual([...readTermsOf(p).counts]);
    }
  });

  it('reads the main file for a post its index names, and for every post when the index is damaged', () => {
    const { root, posts, main } = setUp();
    vi.mocked(fs.readFileSync).mockClear();
    expect(openTermCache(root).termsOf(posts[3]!).counts).toBeInstanceOf(LazyCounts);
    expect(reads(main)).toBe(1);
    writeFileSync(main.replace(/\.bin$/, '.keys.bin'), 'not an index');
    vi.mocked(fs.readFileSync).mockClear();
    const cache = openTermCache(root);
    expect(cache.termsOf(posts[4]!).counts).toBeInstanceOf(LazyCounts);
    expect([...cache.termsOf(post('New', 'A new draft about dumplings.')).counts]).toEqual([...readTermsOf(post('New', 'A new draft about dumplings.')).counts]);
    expect(reads(main)).toBe(1);
  });
});
