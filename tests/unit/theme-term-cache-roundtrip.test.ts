import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Post } from '../../src/core/schema/post.ts';
import type { PostTerms } from '../../src/core/theme/post-terms.ts';
import { openTermCache, termCacheFile, unpackStored } from '../../src/store/theme-term-cache.ts';

// A post whose body says NUL-TERM reads as its real terms plus a term holding a NUL (no text
// tokenize reads gives one: the cache must still never write it, as NUL joins its vocabulary).
vi.mock('../../src/core/check.ts', async (original) => {
  const real = await original<typeof import('../../src/core/check.ts')>();
  return {
    ...real,
    readTermsOf: (post: Post): PostTerms => {
      const terms = real.readTermsOf(post);
      if (!post.body.includes('NUL-TERM')) return terms;
      const counts = new Map(terms.counts);
      counts.set('nul\0term', 1);
      return { ...terms, counts, sequence: [...terms.sequence, 'nul\0term'], stream: `${terms.stream}\x01nul\0term` };
    },
  };
});
const { readTermsOf } = await import('../../src/core/check.ts');

const roots: string[] = [];
const tempRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'throughline-roundtrip-'));
  roots.push(root);
  return root;
};
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

const post = (title: string, body: string) => ({ id: 'x', file: 'x.md', data: { title, status: 'draft' }, body }) as unknown as Post;
const letters = (n: number) => Array.from({ length: 3 }, (_, k) => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(n / 26 ** k) % 26]).join('');
/** Posts of English (stopwords, a phrase, an identifier, a C++), Chinese (a stop character, Traditional), mixed, and one unseen word each. */
const posts = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const k = from + i;
    const bodies = [
      `Lord of the Rings, runAllTasks and C++ on the web. soy-sauce node.js quux${letters(k)}`,
      `手冲咖啡的做法：先把水烧开，再用生抽。餃子 quux${letters(k)}`,
      `用Rust写一个 web server. The system, thinking about it… quux${letters(k)}`,
    ];
    return post(`Post ${k}`, bodies[k % 3]!);
  });

/** Everything of PostTerms the cache keeps, as plain values (counts and surfaces in their order). */
const plain = (t: PostTerms) => ({
  counts: [...t.counts].map(([k, v]) => [k, Object.is(v, -0) ? '-0' : v]),
  surfaces: [...t.surfaces],
  sequence: [...t.sequence],
  joins: t.joins ? [...t.joins] : undefined,
  stream: t.stream,
  han: t.han,
});

describe('the theme term cache round trip', () => {
  it('gives back every post as read (stream, joins, counts, surfaces, sequence), through the main file, an append and the side file; a post with a NUL in a term is read again, never written', () => {
    const root = tempRoot();
    const file = termCacheFile(root);
    const nulPost = post('Has a NUL', 'Braised noodles, onlyinnulpost NUL-TERM.');
    // Run 1: 70 posts and the NUL post: more than the side file holds, so the main file is written whole.
    const first = posts(0, 70);
    const a = openTermCache(root);
    for (const p of [...first, nulPost]) a.termsOf(p);
    a.save();
    const written = unpackStored(readFileSync(file));
    expect(written.keys).toHaveLength(70);
    expect(written.keys).not.toContain(a.keyOf(nulPost));
    // Nothing of the NUL post's entry went in, not even its words written before the NUL.
    expect(written.vocab.split('\0')).not.toContain('onlyinnulpost');
    expect(written.vocab.split('\0')).not.toContain('nul');
    // Run 2: 70 more posts, with new words: the main file is appended to (its first words keep their slots).
    const second = posts(70, 70);
    const b = openTermCache(root);
    for (const p of [...first, ...second, nulPost]) b.termsOf(p);
    b.save();
    const appended = unpackStored(readFileSync(file));
    expect(appended.keys).toHaveLength(140);
    expect(appended.base).toBe(written.base);
    expect(appended.vocab.startsWith(written.vocab)).toBe(true);
    // Run 3: a few more go to the side file.
    const third = posts(140, 3);
    const c = openTermCache(root);
    for (const p of [...first, ...second, ...third, nulPost]) c.termsOf(p);
    c.save();
    expect(existsSync(file.replace(/\.bin$/, '.add.bin'))).toBe(true);
    // Read back by a new process's cache: each post as a fresh read gives it.
    const d = openTermCache(root);
    for (const p of [...first, ...second, ...third]) {
      const cached = d.termsOf(p);
      expect(cached.sequenceLength).toBe(cached.sequence.length);
      expect(plain(cached)).toEqual(plain(readTermsOf(p)));
    }
    const nul = d.termsOf(nulPost);
    expect(nul.counts.get('nul\0term')).toBe(1);
    expect(nul.stream!.endsWith('\x01nul\0term')).toBe(true);
  });
});
